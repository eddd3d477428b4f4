using System.CommandLine;
using System.Globalization;
using Playbook.Engine.Contacts;
using Playbook.Engine.Export;
using Playbook.Tui.Presentation;

namespace Playbook.Tui.Cli;

/// <summary><c>export csv|vcard [PATH]</c>: every contact out again, to a file or to stdout.</summary>
internal static class ExportCommand
{
    public static Command Create(CommandHost host) => new("export", "Export every contact")
    {
        Format(host, "csv", "As a Google Contacts CSV (Outlook and 'playbook import csv' read it too)", GoogleCsvExporter.Write),
        Format(host, "vcard", "As vCard 4.0", VCardExporter.Write),
    };

    private static Command Format(CommandHost host, string name, string description, Func<TextWriter, IEnumerable<Contact>, int> write)
    {
        var path = new Argument<string?>("PATH") { Description = "The file to write (default: standard output)", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command(name, description) { path };
        command.SetAction(parse => host.Run(parse, context =>
        {
            var target = parse.GetValue(path);
            if (target is null)
            {
                write(context.Output, context.Store.Contacts.All());
                return ExitCodes.Ok;
            }

            var count = PrivateFile.Write(target, writer => write(writer, context.Store.Contacts.All()));
            context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Exported {count} contacts to {target}"));
            return ExitCodes.Ok;
        }));
        return command;
    }
}
