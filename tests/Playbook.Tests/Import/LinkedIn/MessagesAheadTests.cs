using System.Globalization;
using System.IO.Compression;
using System.Text;
using Playbook.Engine.Import.Reports;
using Playbook.Tests.Support;

namespace Playbook.Tests.Import.LinkedIn;

/// <summary>
/// messages.csv is read and understood on a thread of its own from the start of an import, while the files before it
/// are stored: what it stores, how it fails and what it reports must be exactly what reading it at its turn gave.
/// </summary>
public sealed class MessagesAheadTests : IDisposable
{
    private const string MessagesHeader = "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER";
    private const string ConnectionsHeader = "First Name,Last Name,URL,Email Address,Company,Position,Connected On";
    private readonly TestStore _test = new();

    [Fact]
    public void Import_ZipWithMessages_StoresWhatItsFolderStores()
    {
        var folder = BigExport(connections: 300, messages: 3_000);
        var zip = Path.Combine(_test.Folder.Path, "export.zip");
        ZipFile.CreateFromDirectory(folder, zip);
        using var other = new TestStore();

        var fromFolder = _test.Import(folder);
        var fromZip = other.Import(zip);

        Assert.All(fromZip.Files, f => Assert.Null(f.Error));
        Assert.Equal(fromFolder.Files.Select(f => (f.File, f.Added, f.Skips.Count)), fromZip.Files.Select(f => (f.File, f.Added, f.Skips.Count)));
        Assert.Equal(Events(_test), Events(other));
    }

    [Fact]
    public void Import_CancelledWhileConnectionsAreStored_StoresNoMessageAndStops()
    {
        var export = BigExport(connections: 5_000, messages: 20_000);
        using var cancellation = new CancellationTokenSource();
        var progress = new SyncProgress(p =>
        {
            if (p.File == "Connections.csv" && p.Rows >= 2_000)
            {
                cancellation.Cancel();
            }
        });

        Assert.ThrowsAny<OperationCanceledException>(() => _test.Import(export, progress, cancellation.Token));

        Assert.Equal(0, _test.ContactCount);
        Assert.Equal(0, _test.Scalar("SELECT count(*) FROM events"));
        var again = _test.Import(export);
        Assert.Equal(20_000, again.Files.Single(f => f.File == "messages.csv").Added);
    }

    [Fact]
    public void Import_MessagesReadAhead_ReportProgressInFileOrderEndingAtTheWhole()
    {
        var export = BigExport(connections: 100, messages: 20_000);
        var reports = new List<ImportProgress>();

        _test.Import(export, new SyncProgress(reports.Add));

        var messages = reports.Where(r => r.File == "messages.csv").ToList();
        Assert.True(messages.Count > 5);
        Assert.Equal(messages.Select(r => r.Fraction).Order(), messages.Select(r => r.Fraction));
        Assert.All(messages[..^1], r => Assert.InRange(r.Fraction!.Value, 0, 0.999));
        Assert.Equal((20_000L, 1.0), (messages[^1].Rows, messages[^1].Fraction!.Value));
    }

    [Fact]
    public void Import_MessagesWithoutTheirHeader_FailThatFileAloneWithTheReasonOfItsTurn()
    {
        var export = BigExport(connections: 10, messages: 0);
        _test.Write("big/messages.csv", "this is not,the file,you expected\n1,2,3\n");

        var report = _test.Import(export);

        Assert.Equal(10, report.Files.Single(f => f.File == "Connections.csv").Added);
        Assert.Equal(
            "has no header row starting 'CONVERSATION ID,CONVERSATION TITLE,FROM,...'; is it the file LinkedIn exports under that name?",
            report.Files.Single(f => f.File == "messages.csv").Error);
    }

    [Fact]
    public void Import_BadRowsReadAhead_AreSkippedWithTheirLines()
    {
        var export = BigExport(connections: 10, messages: 3);
        File.AppendAllText(Path.Combine(export, "messages.csv"), "c-x,,Someone,https://www.linkedin.com/in/someone,Owner Person,,not a date,,hello,INBOX\n");

        var report = _test.Import(export);

        var skip = Assert.Single(report.Files.Single(f => f.File == "messages.csv").Skips);
        Assert.Equal(5, skip.Line);
        Assert.Contains("'DATE' is 'not a date'", skip.Reason, StringComparison.Ordinal);
    }

    private static List<string> Events(TestStore store)
    {
        using var command = store.Store.Connection.CreateCommand();
        command.CommandText = "SELECT kind || '|' || at || '|' || coalesce(body, '') || '|' || coalesce(classification, '') || '|' || source_hash FROM events ORDER BY source_hash";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    /// <summary>A profile, connections and messages received from every tenth of them (the owner is "Owner Person").</summary>
    private string BigExport(int connections, int messages)
    {
        var people = new StringBuilder(ConnectionsHeader).Append('\n');
        for (var i = 0; i < connections; i++)
        {
            people.Append(CultureInfo.InvariantCulture, $"First{i},Last{i},https://www.linkedin.com/in/person-{i},,Company {i % 50},Engineer,01 Mar 2024\n");
        }

        var said = new StringBuilder(MessagesHeader).Append('\n');
        string[] replies = ["Thanks, happy to connect!", "Not interested, thanks.", "Let's talk next week", "Sounds great, call me on Tuesday"];
        for (var i = 0; i < messages; i++)
        {
            var from = i % 10 * Math.Max(1, connections / 10);
            var at = new DateTime(2024, 3, 1, 9, 0, 0, DateTimeKind.Utc).AddMinutes(i);
            said.Append(CultureInfo.InvariantCulture,
                $"c-{from},,First{from} Last{from},https://www.linkedin.com/in/person-{from},Owner Person,,{at:yyyy-MM-dd HH:mm:ss} UTC,,\"{replies[i % replies.Length]} ({i})\",INBOX\n");
        }

        _test.Write("big/Profile.csv", "First Name,Last Name,Headline\nOwner,Person,Boss of everything\n");
        _test.Write("big/Connections.csv", people.ToString());
        _test.Write("big/messages.csv", said.ToString());
        return _test.Folder.File("big");
    }

    /// <summary>Reports on the importing thread, unlike <see cref="Progress{T}"/>.</summary>
    private sealed class SyncProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }

    public void Dispose() => _test.Dispose();
}
