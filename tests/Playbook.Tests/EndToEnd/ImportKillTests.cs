using System.Diagnostics;
using System.Globalization;
using System.Text;
using Playbook.Engine.Events;
using Playbook.Engine.Store;
using Playbook.Tests.Support;

namespace Playbook.Tests.EndToEnd;

/// <summary>
/// Kills a real <c>playbook import</c> process in the middle of a large import: each file of the export is
/// imported in one transaction, so the store must hold every file whole or not at all, and importing
/// again must complete.
/// </summary>
public sealed class ImportKillTests : IDisposable
{
    private const int Connections = 60_000;
    private const int Messages = 30_000;
    private readonly TempFolder _sandbox = new();

    [Fact]
    public async Task Import_ProcessKilledHalfWay_LeavesEveryFileWholeOrAbsentAndImportsAgain()
    {
        var export = WriteExport();
        var db = Path.Combine(_sandbox.Folder("store"), "playbook.db");
        var playbook = new PlaybookProcess(_sandbox);

        using (var process = playbook.Start("import", "linkedin", export, "--db", db))
        {
            await WaitForWritesAsync(process, db + "-wal");
            KillIfRunning(process);
            await process.WaitForExitAsync();
        }

        using (var store = ContactStore.Open(db, TimeProvider.System))
        {
            var contacts = store.Contacts.Count();
            var received = store.Events.List(kind: EventKinds.MessageReceived).Count;
            Assert.Contains(contacts, new long[] { 0, Connections });
            Assert.Contains(received, new[] { 0, Messages });
            Assert.True(contacts > 0 || received == 0, "messages are imported after connections");
            Assert.Equal(contacts, store.Events.List(kind: EventKinds.ContactImported).Count);
            Assert.Equal("ok", Scalar(store, "PRAGMA integrity_check"));
            Assert.Equal(contacts, Convert.ToInt64(Scalar(store, "SELECT count(*) FROM contact_search"), CultureInfo.InvariantCulture));
        }

        var again = await playbook.RunAsync("import", "linkedin", export, "--db", db);

        Assert.True(again.ExitCode == 0, again.ToString());
        using (var store = ContactStore.Open(db, TimeProvider.System))
        {
            Assert.Equal(Connections, store.Contacts.Count());
            Assert.Equal(Messages, store.Events.List(kind: EventKinds.MessageReceived).Count);
            Assert.Equal(Connections, store.Events.List(kind: EventKinds.ContactImported).Count);
            Assert.Equal("Owner Person", store.Me.Get().FullName);
            Assert.Equal("First59999 Last59999", Assert.Single(store.Contacts.Search("first59999")).FullName);
        }
    }

    /// <summary>Waits until the import has written a good part of a file's transaction, or has ended.</summary>
    private static async Task WaitForWritesAsync(Process process, string wal)
    {
        var giveUp = Stopwatch.StartNew();
        while (!process.HasExited && giveUp.Elapsed < TimeSpan.FromMinutes(2))
        {
            var info = new FileInfo(wal);
            if (info.Exists && info.Length > 2_000_000)
            {
                return;
            }

            await Task.Delay(10);
        }
    }

    private static void KillIfRunning(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It finished first: the store must then hold everything, which the assertions accept too.
        }
    }

    private static object? Scalar(ContactStore store, string sql)
    {
        using var command = store.Connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private string WriteExport()
    {
        var folder = _sandbox.Folder("Basic_LinkedInDataExport_03-02-2024");
        File.WriteAllText(Path.Combine(folder, "Profile.csv"), "First Name,Last Name,Headline\nOwner,Person,Head of everything\n");

        var connections = new StringBuilder("Notes:\n\"Some emails are missing.\"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n");
        for (var i = 0; i < Connections; i++)
        {
            connections.Append(CultureInfo.InvariantCulture, $"First{i},Last{i},https://www.linkedin.com/in/person-{i},,Company {i % 500},Engineer,01 Mar 2024\n");
        }

        File.WriteAllText(Path.Combine(folder, "Connections.csv"), connections.ToString());

        var messages = new StringBuilder("CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\n");
        for (var i = 0; i < Messages; i++)
        {
            messages.Append(CultureInfo.InvariantCulture,
                $"conv-{i},,First{i} Last{i},https://www.linkedin.com/in/person-{i},Owner Person,https://www.linkedin.com/in/owner-person,2024-03-02 10:00:00 UTC,,\"Hello number {i},\nsee you\",INBOX\n");
        }

        File.WriteAllText(Path.Combine(folder, "messages.csv"), messages.ToString());
        return folder;
    }

    public void Dispose() => _sandbox.Dispose();
}
