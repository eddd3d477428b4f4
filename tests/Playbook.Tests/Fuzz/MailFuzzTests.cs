using System.Globalization;
using Playbook.Engine.Import.Mail;
using Playbook.Engine.Import.Reports;
using Playbook.Tests.Support;

namespace Playbook.Tests.Fuzz;

/// <summary>
/// Damaged and hostile mail, made by mutating the mail fixtures with fixed seeds (<see cref="MailMutations"/>), imported
/// into a real store: each file is imported (what is whole stored, each damaged message listed with the file and its
/// line) or refused with a reason and nothing of it stored; never an exception, a hang or memory out of proportion to
/// the file; the report says what the store holds; the store is whole at the end.
/// </summary>
public sealed class MailFuzzTests
{
    private static readonly string[] Owner = [MailMutations.Owner];

    [Theory]
    [InlineData("takeout.mbox", 120)]
    [InlineData("reply.eml", 60)]
    public async Task Import_MutatedMail_StoresWhatIsWholeOrRefusesTheFileWithAReason(string fixture, int files)
    {
        using var test = new TestStore();
        test.AddContact("Ana", "Ruiz", email: "ana.ruiz@example.es");
        test.AddContact("Ben", "Okafor", email: "ben.okafor@harrowgate.example.co.uk");
        test.AddContact("Carla", "Muñoz", email: "carla@tiendas-norte.example.es");
        var text = File.ReadAllText(RepoPaths.Fixture(Path.Combine("mail", fixture)));
        var eml = fixture.EndsWith(".eml", StringComparison.Ordinal);
        var random = new Random(20261207);
        var failures = new List<string>();

        for (var i = 0; i < files; i++)
        {
            var bytes = MailMutations.Mutate(text, eml, random, out var how);
            var path = test.Folder.Write(string.Create(CultureInfo.InvariantCulture, $"mutated/{i:D3}{Path.GetExtension(fixture)}"), bytes);
            var what = $"{i} ({how})";
            var before = test.Scalar("SELECT count(*) FROM events");
            var import = Task.Run(() =>
            {
                var allocated = GC.GetAllocatedBytesForCurrentThread();
                var report = new MailImporter(test.Store).Import([path], Owner);
                return (Report: report, Allocated: GC.GetAllocatedBytesForCurrentThread() - allocated);
            });
            (ImportReport Report, long Allocated) result;
            try
            {
                result = await import.WaitAsync(TimeSpan.FromMinutes(2));
            }
            catch (TimeoutException)
            {
                failures.Add($"{what}: still reading after two minutes");
                break;
            }
            catch (Exception e)
            {
                failures.Add($"{what}: {e.GetType().Name}: {e.Message.Split('\n')[0]}");
                continue;
            }

            var (report, allocated) = result;
            var file = Assert.Single(report.Files);
            var stored = test.Scalar("SELECT count(*) FROM events") - before;
            failures.AddRange(Problems(file, path, stored, allocated, bytes.Length).Select(p => $"{what}: {p}"));
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal(3, test.ContactCount);
        Assert.Equal("ok", Integrity(test));
    }

    [Fact]
    public async Task ImportMail_MutatedMailboxes_ExitsZeroOrOneWithEveryLineNamingItsFile()
    {
        using var cli = new CliSandbox();
        cli.WriteConfig($"me:\n  emails: [{MailMutations.Owner}]\n");
        var cards = cli.Folder.Write("people.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Ruiz\r\nN:Ruiz;Ana;;;\r\nEMAIL:ana.ruiz@example.es\r\nEND:VCARD\r\n");
        Assert.Equal(0, (await cli.RunAsync("import", "vcard", cards)).ExitCode);
        var text = File.ReadAllText(RepoPaths.Fixture("mail/takeout.mbox"));
        var random = new Random(20261208);
        var failures = new List<string>();

        for (var i = 0; i < 20; i++)
        {
            var path = cli.Folder.Write(string.Create(CultureInfo.InvariantCulture, $"mutated/{i:D2}.mbox"), MailMutations.Mutate(text, eml: false, random, out var how));

            var result = await cli.RunAsync("import", "mail", path);

            var stray = result.ErrorLines.Concat(result.OutputLines).Where(l => !l.StartsWith(path, StringComparison.Ordinal) || l.Contains("Exception", StringComparison.Ordinal));
            if (result.ExitCode is not (0 or 1) || stray.Any())
            {
                failures.Add($"{i} ({how}): exit {result.ExitCode}: {string.Join(" | ", stray)}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void Import_MultipartsNestedTenThousandDeepFromAContact_StoresTheMessageWithoutRecursingToTheBottom()
    {
        using var test = new TestStore();
        var ana = test.AddContact("Ana", "Ruiz", email: "ana.ruiz@example.es");
        var path = test.Folder.Write("deep.mbox", MailMutations.Nested(1, 10_000, closed: true));

        var file = new MailImporter(test.Store).Import([path], Owner).Files.Single();

        Assert.True(file.Succeeded, file.Error);
        Assert.Single(test.Store.Events.List(ana), e => e.Channel == "email");
    }

    /// <summary>What is wrong with how one mutated file was imported: nothing, when all is well.</summary>
    private static IEnumerable<string> Problems(FileReport file, string path, long stored, long allocated, long size)
    {
        if (!file.Succeeded)
        {
            if (string.IsNullOrWhiteSpace(file.Error) || file.Error.Contains("Exception", StringComparison.Ordinal))
            {
                yield return $"refused without a reason a person can act on: '{file.Error}'";
            }

            if (stored != 0)
            {
                yield return $"refused, yet {stored} events of it were stored";
            }
        }
        else if (stored != file.Added)
        {
            yield return $"the report says {file.Added} added, the store holds {stored} more events";
        }

        foreach (var skip in file.Skips.Where(s => s.File != path || s.Line < 1 || string.IsNullOrWhiteSpace(s.Reason)))
        {
            yield return $"a skip without its file and line: {skip}";
        }

        // Memory in proportion to the file: the parser keeps bodies on disk, so a few copies of the largest part at most.
        if (allocated > (64L << 20) + (size * 24))
        {
            yield return $"allocated {allocated / 1024 / 1024} MB for a file of {size / 1024} KB";
        }
    }

    private static string Integrity(TestStore test)
    {
        using var command = test.Store.Connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string)command.ExecuteScalar()!;
    }
}
