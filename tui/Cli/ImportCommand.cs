using System.CommandLine;
using System.Globalization;
using Playbook.Engine.Import;
using Playbook.Engine.Import.AddressBook;
using Playbook.Engine.Import.Reports;
using Playbook.Engine.Runtime;

namespace Playbook.Tui.Cli;

/// <summary><c>import linkedin|vcard|csv|profiles|calendar|mail|x|facebook</c>: contact exports, calendars, mail, saved profiles and network downloads into the store.</summary>
internal static class ImportCommand
{
    public static Command Create(CommandHost host)
    {
        var path = new Argument<string>("PATH") { Description = "The export zip as downloaded, or the folder it unpacks to" };
        var linkedin = new Command("linkedin", "Import a LinkedIn data export (zip or folder); importing it again adds nothing twice") { path };
        linkedin.SetAction(parse => Run(host, parse, new ImportRequest(ExportKind.LinkedIn, [parse.GetValue(path)!])));

        var vcardPaths = new Argument<string[]>("PATH") { Description = "vCard files (2.1, 3.0, 4.0), or folders of them", Arity = ArgumentArity.OneOrMore };
        var vcard = new Command("vcard", "Import vCard files; the same profile URL or email is the same contact") { vcardPaths };
        vcard.SetAction(parse => Run(host, parse, new ImportRequest(ExportKind.VCard, parse.GetValue(vcardPaths)!)));

        var csvPaths = new Argument<string[]>("PATH") { Description = "Google or Outlook CSV files, or folders of them", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string?>("--format") { Description = "google or outlook (detected from the header when not given)", HelpName = "FORMAT" };
        format.AcceptOnlyFromAmong("google", "outlook");
        var csv = new Command("csv", "Import Google Contacts or Outlook CSV files") { csvPaths, format };
        csv.SetAction(parse => Run(host, parse, new ImportRequest(ExportKind.AddressBookCsv, parse.GetValue(csvPaths)!)
        {
            Format = parse.GetValue(format) switch
            {
                "google" => AddressBookFormat.Google,
                "outlook" => AddressBookFormat.Outlook,
                _ => null,
            },
        }));

        var profilePaths = new Argument<string[]>("PATH") { Description = "Profile PDFs (LinkedIn's More → Save to PDF), or folders of them", Arity = ArgumentArity.OneOrMore };
        var profiles = new Command("profiles", "Import saved LinkedIn profiles: each goes to the contact with its profile URL or email, or creates one") { profilePaths };
        profiles.SetAction(parse => Run(host, parse, new ImportRequest(ExportKind.Profiles, parse.GetValue(profilePaths)!)));

        var calendarPaths = new Argument<string[]>("PATH") { Description = ".ics files, folders of them, or a Google Takeout zip of them", Arity = ArgumentArity.OneOrMore };
        var calendar = new Command("calendar", "Import calendars: each meeting with a known contact becomes a meeting event (one still to come, a planned one with a reminder the day before); importing again adds nothing twice") { calendarPaths };
        calendar.SetAction(parse => host.Run(parse, context => Import(host, context, new ImportRequest(ExportKind.Calendar, parse.GetValue(calendarPaths)!)
        {
            OwnerEmails = context.Config.Emails,
            Me = context.Me,
        })));

        var mailPaths = new Argument<string[]>("PATH") { Description = "mbox files (Google Takeout, Thunderbird, Apple Mail), .eml files, or folders of them", Arity = ArgumentArity.OneOrMore };
        var mail = new Command("mail", "Import mail with known contacts as messages on channel email; mail with strangers is left out") { mailPaths };
        mail.SetAction(parse => host.Run(parse, context => Import(host, context, new ImportRequest(ExportKind.Mail, parse.GetValue(mailPaths)!)
        {
            OwnerEmails = context.Config.Emails,
        })));

        var xPath = new Argument<string>("PATH") { Description = "The X archive zip as downloaded (twitter-YYYY-MM-DD-....zip), or the folder it unpacks to" };
        var x = new Command("x", "Import an X archive: direct-message partners become contacts known by their X id, never merged by name; their messages go on channel x") { xPath };
        x.SetAction(parse => Run(host, parse, new ImportRequest(ExportKind.X, [parse.GetValue(xPath)!])));

        var facebookPath = new Argument<string>("PATH") { Description = "The Facebook download in JSON (\"Download your information\"): the zip as downloaded, or its folder" };
        var facebook = new Command("facebook", "Import a Facebook download: friends become contacts, conversations messages on channel facebook; never merged into existing contacts") { facebookPath };
        facebook.SetAction(parse => Run(host, parse, new ImportRequest(ExportKind.Facebook, [parse.GetValue(facebookPath)!])));

        return new Command("import", "Import contact exports, calendars, mail, saved profiles and network downloads into the store") { linkedin, vcard, csv, profiles, calendar, mail, x, facebook };
    }

    /// <summary>Runs an import with a progress bar on a terminal, then prints what it did.</summary>
    private static int Run(CommandHost host, ParseResult parse, ImportRequest request) =>
        host.Run(parse, context => Import(host, context, request));

    private static int Import(CommandHost host, CliContext context, ImportRequest request)
    {
        using var progress = new ImportProgressPrinter(context.Error, enabled: host.ErrorIsTerminal && !context.Json);
        var report = new Importer(context.Store).Import(request, progress);
        progress.Clear();
        var exit = Print(context, report);
        PrintRedrafts(context, context.Redraft(report.ChangedContacts));
        return exit;
    }

    /// <summary>Prints what the import did: a line per file, then the skipped rows and failed files on stderr.</summary>
    internal static int Print(CliContext context, ImportReport report)
    {
        if (context.Json)
        {
            context.WriteJson(ImportReportJson.From(report));
        }
        else
        {
            foreach (var file in report.Files.Where(f => f.Succeeded))
            {
                context.Output.WriteLine(Summary(file));
            }
        }

        foreach (var skip in report.Skips)
        {
            context.Error.WriteLine(TerminalLine.Of($"{skip}; {(skip.Line > 0 ? "row" : "file")} skipped"));
        }

        foreach (var failed in report.Files.Where(f => !f.Succeeded))
        {
            context.Error.WriteLine(TerminalLine.Of($"{failed.File}: {failed.Error}"));
        }

        return report.HasFailedFiles ? ExitCodes.BadInput : ExitCodes.Ok;
    }

    /// <summary>Says, in text mode, which pending drafts were written again (or kept as edited) after what the import brought.</summary>
    internal static void PrintRedrafts(CliContext context, IReadOnlyList<RedraftOutcome> outcomes)
    {
        if (context.Json)
        {
            return;
        }

        foreach (var outcome in outcomes)
        {
            context.Output.WriteLine(outcome.Message);
        }
    }

    private static string Summary(FileReport file)
    {
        var line = string.Create(CultureInfo.InvariantCulture,
            $"{file.File}: {file.Added} added, {file.Updated} updated, {file.Unchanged} unchanged, {file.Skips.Count} skipped");
        var extras = new List<string>();
        if (file.ContactsCreated > 0)
        {
            extras.Add(string.Create(CultureInfo.InvariantCulture, $"{file.ContactsCreated} new contact{(file.ContactsCreated == 1 ? "" : "s")}"));
        }

        if (file.Planned > 0)
        {
            extras.Add(string.Create(CultureInfo.InvariantCulture, $"{file.Planned} planned, still to come"));
        }

        if (file.Withdrawn > 0)
        {
            extras.Add(string.Create(CultureInfo.InvariantCulture, $"{file.Withdrawn} planned taken back"));
        }

        if (file.Ignored.Count > 0)
        {
            extras.Add("left out: " + string.Join(", ", file.Ignored.Select(i => string.Create(CultureInfo.InvariantCulture, $"{i.Key} {i.Value}"))));
        }

        return extras.Count == 0 ? line : $"{line} ({string.Join("; ", extras)})";
    }
}
