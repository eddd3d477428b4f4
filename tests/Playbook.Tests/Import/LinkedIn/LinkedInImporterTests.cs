using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Playbook.Engine.Import.Reports;
using Playbook.Tests.Support;

namespace Playbook.Tests.Import.LinkedIn;

public sealed class LinkedInImporterTests : IDisposable
{
    private const string Header = "First Name,Last Name,URL,Email Address,Company,Position,Connected On";
    private readonly TestStore _test = new();

    [Fact]
    public void Import_SameExportTwice_AddsNothingTheSecondTime()
    {
        var export = _test.Export("export",
            (RepoPaths.OrgSignal("2026_Profile.csv"), "2026_Profile.csv"),
            (RepoPaths.OrgSignal("2026_Positions.csv"), "2026_Positions.csv"),
            (RepoPaths.OrgSignal("2023_Connections.csv"), "2023_Connections.csv"),
            (RepoPaths.OrgSignal("2023_Invitations.csv"), "2023_Invitations.csv"),
            (RepoPaths.OrgSignal("2023_messages.csv"), "2023_messages.csv"),
            (RepoPaths.OrgSignal("2026_messages_fully_quoted_multiline.csv"), "2026_messages_fully_quoted_multiline.csv"));
        var first = _test.Import(export);
        var before = _test.TableCounts();
        _test.Clock.Advance(TimeSpan.FromDays(3));

        var second = _test.Import(export);

        Assert.All(first.Files, f => Assert.Null(f.Error));
        Assert.All(second.Files, f => Assert.Equal((0, 0, 0), (f.Added, f.Updated, f.ContactsCreated)));
        Assert.Equal(first.Files.Select(f => f.Added + f.Updated + f.Unchanged), second.Files.Select(f => f.Unchanged));
        Assert.Equal(before, _test.TableCounts());
    }

    [Fact]
    public void Import_ExampleZipThenItsFolder_AddsNothingTheSecondTime()
    {
        _test.Import(RepoPaths.ExampleZip);
        var before = _test.TableCounts();

        var again = _test.Import(RepoPaths.ExampleFolder);

        Assert.All(again.Files, f => Assert.Equal((0, 0), (f.Added, f.Updated)));
        Assert.Equal(before, _test.TableCounts());
    }

    [Fact]
    public void Import_OlderExportAfterANewerOne_KeepsTheNewerValues()
    {
        _test.Import(NewerExport());

        var report = _test.Import(OlderExport());

        var ana = _test.Named("Ana García");
        Assert.Equal("NewCo", ana.Company);
        Assert.Equal("CEO", ana.Position);
        Assert.Equal(1, report.Files.Single().Unchanged);
        Assert.Equal(1, report.Files.Single().Added);
        Assert.Equal([ana.Id], _test.Store.Contacts.Search("newco").Select(c => c.Id));
        Assert.Empty(_test.Store.Contacts.Search("oldco"));
    }

    [Fact]
    public void Import_NewerExportAfterAnOlderOne_UpdatesTheValues()
    {
        _test.Import(OlderExport());

        var report = _test.Import(NewerExport());

        var ana = _test.Named("Ana García");
        Assert.Equal("NewCo", ana.Company);
        Assert.Equal("CEO", ana.Position);
        Assert.Equal(1, report.Files.Single().Updated);
        Assert.Equal([ana.Id], _test.Store.Contacts.Search("newco").Select(c => c.Id));
        Assert.Empty(_test.Store.Contacts.Search("oldco"));
    }

    [Fact]
    public void Import_OlderExportWithAFieldTheNewerLacks_FillsOnlyThatField()
    {
        _test.Import(NewerExport());
        var older = _test.Write("older-with-email/Connections.csv", $"""
            {Header}
            Ana,García,https://www.linkedin.com/in/ana-garcia,ana@example.com,OldCo,CTO,01 Mar 2020
            """);

        _test.Import(Path.GetDirectoryName(older)!);

        var ana = _test.Named("Ana García");
        Assert.Equal(["ana@example.com"], ana.Emails);
        Assert.Equal("NewCo", ana.Company);
        Assert.Equal([ana.Id], _test.Store.Contacts.Search("ana@example.com").Select(c => c.Id));
    }

    [Fact]
    public void Import_FileOfRandomBytes_ReportsItsErrorLeavesItOutAndImportsTheOtherFiles()
    {
        var export = _test.Export("export",
            (RepoPaths.OrgSignal("2026_Profile.csv"), "Profile.csv"),
            (RepoPaths.OrgSignal("2023_Invitations.csv"), "Invitations.csv"));
        var bytes = new byte[20_000];
        new Random(3).NextBytes(bytes);
        File.WriteAllBytes(Path.Combine(export, "Connections.csv"), bytes);

        var report = _test.Import(export);

        Assert.True(report.HasFailedFiles);
        var connections = report.Files.Single(f => f.File == "Connections.csv");
        Assert.Equal("has no header row starting 'First Name,Last Name,...,Connected On'; is it the file LinkedIn exports under that name?", connections.Error);
        Assert.Equal((0, 0, 0), (connections.Added, connections.Updated, connections.ContactsCreated));
        Assert.All(report.Files.Where(f => f.File != "Connections.csv"), f => Assert.Null(f.Error));
        Assert.Equal("Engineering Manager", _test.Store.Me.Get().Headline);
        Assert.Equal(["Ama Owusu", "Ines Okafor-Lindqvist"], _test.Store.Contacts.Search().Select(c => c.FullName));
    }

    [Fact]
    public void Import_OnlyAFileOfRandomBytes_LeavesTheStoreUnchanged()
    {
        var bytes = new byte[20_000];
        new Random(5).NextBytes(bytes);
        var path = _test.Folder.Write("export/Connections.csv", bytes);
        var before = _test.TableCounts();

        var report = _test.Import(path);

        Assert.NotNull(Assert.Single(report.Files).Error);
        Assert.Equal(before, _test.TableCounts());
    }

    [Fact]
    public void Import_CancelledHalfWayThroughAFile_StoresNothingOfThatFileAndKeepsTheFilesBefore()
    {
        var export = BigExport(rows: 5_000);
        using var cancellation = new CancellationTokenSource();
        var progress = new SyncProgress(p =>
        {
            if (p.File == "Connections.csv" && p.Rows >= 2_000 && p.Fraction < 1)
            {
                cancellation.Cancel();
            }
        });

        Assert.ThrowsAny<OperationCanceledException>(() => _test.Import(export, progress, cancellation.Token));

        Assert.Equal(0, _test.ContactCount);
        Assert.Equal(0, _test.Store.Events.Count());
        Assert.Equal(0, _test.Scalar("SELECT count(*) FROM contact_search"));
        Assert.Equal("Boss of everything", _test.Store.Me.Get().Headline);
        Assert.Equal(5_000, Assert.Single(_test.Import(export).Files, f => f.File == "Connections.csv").Added);
        Assert.Equal(5_000, _test.ContactCount);
    }

    [Fact]
    public void Import_StoreFailsHalfWayThroughAFile_StoresNothingOfThatFile()
    {
        var export = BigExport(rows: 50);
        var connections = Path.Combine(export, "Connections.csv");
        File.AppendAllText(connections, "Boom,Person,https://www.linkedin.com/in/boom,,Acme,Tester,01 Mar 2024\nAfter,Boom,https://www.linkedin.com/in/after,,Acme,Tester,01 Mar 2024\n");
        ExecuteSql("CREATE TRIGGER fail_half_way BEFORE INSERT ON contacts WHEN NEW.first_name = 'Boom' BEGIN SELECT RAISE(ABORT, 'disk on fire'); END;");

        var error = Assert.Throws<SqliteException>(() => _test.Import(export));

        Assert.Contains("disk on fire", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, _test.ContactCount);
        Assert.Equal(0, _test.Store.Events.Count());
        Assert.Equal("Boss of everything", _test.Store.Me.Get().Headline);
        ExecuteSql("DROP TRIGGER fail_half_way;");
        Assert.Equal(52, _test.Import(export).Files.Single(f => f.File == "Connections.csv").Added);
    }

    [Fact]
    public void Import_Progress_EndsEveryFileWithItsRowCount()
    {
        var export = _test.Export("export",
            (RepoPaths.OrgSignal("2023_Connections.csv"), "Connections.csv"),
            (RepoPaths.OrgSignal("2023_Invitations.csv"), "Invitations.csv"),
            (RepoPaths.OrgSignal("2023_messages.csv"), "messages.csv"));
        var reports = new List<ImportProgress>();

        _test.Import(export, new SyncProgress(reports.Add));

        var last = reports.GroupBy(r => r.File).Select(g => g.Last()).ToList();
        Assert.Equal(
            [new ImportProgress("Connections.csv", 4, 1.0), new ImportProgress("Invitations.csv", 2, 1.0), new ImportProgress("messages.csv", 7, 1.0)],
            last);
    }

    private string NewerExport() => Path.GetDirectoryName(_test.Write("newer/Connections.csv", $"""
        {Header}
        Ana,García,https://www.linkedin.com/in/ana-garcia,,NewCo,CEO,01 Mar 2020
        Ravi,Menon,https://www.linkedin.com/in/ravi-menon,,Litware,CTO,10 Oct 2026
        """))!;

    private string OlderExport() => Path.GetDirectoryName(_test.Write("older/Connections.csv", $"""
        {Header}
        Ana,García,https://www.linkedin.com/in/ana-garcia,,OldCo,CTO,01 Mar 2020
        Priya,Raman,https://www.linkedin.com/in/priya-raman,,Fabrikam,Analyst,10 Oct 2023
        """))!;

    private string BigExport(int rows)
    {
        var builder = new StringBuilder(Header).Append('\n');
        for (var i = 0; i < rows; i++)
        {
            builder.Append(CultureInfo.InvariantCulture, $"First{i},Last{i},https://www.linkedin.com/in/person-{i},,Company {i % 50},Engineer,01 Mar 2024\n");
        }

        _test.Write("big/Profile.csv", "First Name,Last Name,Headline\nOwner,Person,Boss of everything\n");
        _test.Write("big/Connections.csv", builder.ToString());
        return _test.Folder.File("big");
    }

    private void ExecuteSql(string sql)
    {
        using var command = _test.Store.Connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>Reports on the importing thread, unlike <see cref="Progress{T}"/>.</summary>
    private sealed class SyncProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }

    public void Dispose() => _test.Dispose();
}
