using System.Diagnostics;
using System.Globalization;
using System.Text;
using Playbook.Engine.Import.AddressBook;
using Playbook.Engine.Import.Mail;
using Playbook.Engine.Store;

namespace Playbook.Benchmarks;

/// <summary>
/// <c>import mail</c> of a 1 GB mbox of 100,000 messages (plain text, text and HTML, some with base64 attachments), 2%
/// of them with 3,000 known contacts and the rest newsletters and strangers: in process (time, messages a second,
/// allocation) and as the <c>playbook</c> process (wall time, peak memory), then the same mailbox again.
/// </summary>
internal static class MailBenchmark
{
    private const int Contacts = 3_000;
    private const int Messages = 100_000;
    private const string Owner = "owner@example.com";

    public static void Run(string work)
    {
        var folder = Directory.CreateDirectory(Path.Combine(work, "mail")).FullName;
        var vcf = WriteContacts(folder);
        var generating = Stopwatch.StartNew();
        var mbox = Path.Combine(folder, "All mail Including Spam and Trash.mbox");
        var known = MailboxWriter.Write(mbox, Messages, Contacts, Owner, seed: 20261206);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Mail: an mbox of {Messages:N0} messages, {new FileInfo(mbox).Length / 1024.0 / 1024:N0} MB ({known:N0} with {Contacts:N0} known contacts), written in {generating.Elapsed.TotalSeconds:0.0} s"));

        // Warm the parser and the writer once on a small mailbox, so that JIT is not measured.
        var warm = Path.Combine(folder, "warm.mbox");
        MailboxWriter.Write(warm, 2_000, Contacts, Owner, seed: 7);
        using (var store = ContactStore.Open(Path.Combine(work, "mail-warm.db"), TimeProvider.System))
        {
            new AddressBookImporter(store).ImportVCards([vcf]);
            new MailImporter(store).Import([warm], [Owner]);
        }

        using (var store = ContactStore.Open(Path.Combine(work, "mail.db"), TimeProvider.System))
        {
            new AddressBookImporter(store).ImportVCards([vcf]);
            GC.Collect();
            var meter = new Meter();
            var file = new MailImporter(store).Import([mbox], [Owner]).Files.Single();
            var cost = meter.Stop();
            using var process = Process.GetCurrentProcess();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  in process: {cost.Elapsed.TotalSeconds:0.0} s, {Messages / cost.Elapsed.TotalSeconds:N0} messages/s, {new FileInfo(mbox).Length / 1024.0 / 1024 / cost.Elapsed.TotalSeconds:N0} MB/s; {file.Added:N0} events added, {file.Skips.Count} skipped"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"    left out: {string.Join(", ", file.Ignored.Select(i => $"{i.Key} {i.Value:N0}"))}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"    allocated {cost.Allocated / 1024.0 / 1024:N0} MB, GCs {cost.Gen0}/{cost.Gen1}/{cost.Gen2}, GC heap after {GC.GetGCMemoryInfo().HeapSizeBytes / 1024 / 1024:N0} MB, peak working set of this process {process.PeakWorkingSet64 / 1024 / 1024:N0} MB"));

            var again = Stopwatch.StartNew();
            var second = new MailImporter(store).Import([mbox], [Owner]).Files.Single();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  the same mailbox again: {again.Elapsed.TotalSeconds:0.0} s ({second.Added} added, {second.Unchanged:N0} unchanged)"));
        }

        // The command as a person runs it, in a process of its own: the owner's address from config.yaml.
        var config = Directory.CreateDirectory(Path.Combine(folder, "xdg-config", "playbook")).FullName;
        File.WriteAllText(Path.Combine(config, "config.yaml"), $"me:\n  emails: [{Owner}]\n");
        var db = Path.Combine(work, "mail-process.db");
        using (var store = ContactStore.Open(db, TimeProvider.System))
        {
            new AddressBookImporter(store).ImportVCards([vcf]);
        }

        var environment = new Dictionary<string, string?>
        {
            ["XDG_CONFIG_HOME"] = Path.Combine(folder, "xdg-config"),
            ["XDG_CACHE_HOME"] = Path.Combine(folder, "xdg-cache"),
            ["XDG_DATA_HOME"] = Path.Combine(folder, "xdg-data"),
        };
        var run = PlaybookExecutable.Run(["import", "mail", mbox, "--db", db], environment);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  'playbook import mail' process: {run.Wall.TotalSeconds:0.0} s wall (target under 60), peak memory {run.PeakMegabytes:N0} MB (target under 300), exit {run.ExitCode}"));
        Console.WriteLine("    " + run.Output.Split('\n')[0].Trim());
        var rerun = PlaybookExecutable.Run(["import", "mail", mbox, "--db", db], environment);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  again: {rerun.Wall.TotalSeconds:0.0} s wall, peak memory {rerun.PeakMegabytes:N0} MB, exit {rerun.ExitCode}"));
        Console.WriteLine("    " + rerun.Output.Split('\n')[0].Trim());
    }

    private static string WriteContacts(string folder)
    {
        var cards = new StringBuilder();
        for (var i = 0; i < Contacts; i++)
        {
            cards.Append(CultureInfo.InvariantCulture, $"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {i}\r\nN:{i};Person;;;\r\nEMAIL:person{i}@known.example\r\nEND:VCARD\r\n");
        }

        var vcf = Path.Combine(folder, "contacts.vcf");
        File.WriteAllText(vcf, cards.ToString());
        return vcf;
    }
}
