using System.Globalization;
using System.Text;
using Dapper;
using Playbook.Engine.Import.Writing;
using Playbook.Tests.Support;

namespace Playbook.Tests.Import.Writing;

public sealed class DeferredIndexesTests : IDisposable
{
    private readonly TestStore _test = new();

    [Fact]
    public void Begin_LargeFileIntoEmptyStore_DropsTheUnreadIndexesAndCompleteBuildsThemAsTheyWere()
    {
        var before = Indexes();

        var dropped = _test.Store.InTransaction(transaction =>
        {
            var deferred = DeferredIndexes.Begin(_test.Store.Connection, transaction, fileLength: 50_000_000);
            var during = Indexes();
            deferred.Complete();
            return (deferred.Dropped, During: during);
        });

        Assert.Equal(["events_contact_at", "events_kind_at", "contacts_full_name", "contacts_stage"], dropped.Dropped);
        Assert.DoesNotContain(dropped.During, i => i.Name is "events_contact_at" or "events_kind_at" or "contacts_full_name" or "contacts_stage");
        Assert.Contains(dropped.During, i => i.Name == "contacts_name_key_unlinked");
        Assert.Equal(before, Indexes());
    }

    [Fact]
    public void Begin_TransactionRolledBack_LeavesEveryIndex()
    {
        var before = Indexes();

        Assert.Throws<InvalidOperationException>(() => _test.Store.InTransaction<int>(transaction =>
        {
            DeferredIndexes.Begin(_test.Store.Connection, transaction, fileLength: 50_000_000);
            throw new InvalidOperationException("a kill half-way");
        }));

        Assert.Equal(before, Indexes());
    }

    [Theory]
    [InlineData(100_000L)]
    [InlineData(null)]
    public void Begin_SmallOrUnknownFile_DropsNothing(long? length)
    {
        var dropped = _test.Store.InTransaction(transaction => DeferredIndexes.Begin(_test.Store.Connection, transaction, length).Dropped);

        Assert.Empty(dropped);
    }

    [Fact]
    public void Import_LargeMessagesFile_StoresEveryMessageWithItsIndexesAndAgainAddsNothing()
    {
        var before = Indexes();
        var folder = _test.Folder.Folder("export");
        const int People = 300, Messages = 30_000;
        File.WriteAllText(Path.Combine(folder, "Profile.csv"), "First Name,Last Name,Headline\r\nOwner,Person,Owner of the export\r\n");
        var connections = new StringBuilder("First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n");
        for (var i = 0; i < People; i++)
        {
            connections.Append(CultureInfo.InvariantCulture, $"First{i},Last{i},https://www.linkedin.com/in/person-{i},,Contoso,CEO,08 Feb 2026\r\n");
        }

        File.WriteAllText(Path.Combine(folder, "Connections.csv"), connections.ToString());
        var messages = new StringBuilder("CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\r\n");
        for (var i = 0; i < Messages; i++)
        {
            var person = i % People;
            messages.Append(CultureInfo.InvariantCulture,
                $"c-{person},,First{person} Last{person},https://www.linkedin.com/in/person-{person},Owner Person,https://www.linkedin.com/in/owner-person,2026-02-{1 + i % 28:00} 10:{i / 60 % 60:00}:{i % 60:00} UTC,,Thanks for message {i} and the long talk we had about work,INBOX\r\n");
        }

        File.WriteAllText(Path.Combine(folder, "messages.csv"), messages.ToString());

        _test.Import(folder);
        var again = _test.Import(folder);

        Assert.Equal(Messages, _test.Store.Connection.ExecuteScalar<long>("SELECT count(*) FROM events WHERE kind = 'message.received'"));
        Assert.Equal(People, _test.Store.Connection.ExecuteScalar<long>("SELECT count(*) FROM contacts"));
        Assert.Equal(0, again.Files.Sum(f => f.Added));
        Assert.Equal(before, Indexes());
        Assert.Equal("ok", _test.Store.Connection.ExecuteScalar<string>("PRAGMA integrity_check"));
        Assert.Empty(_test.Store.Connection.Query("PRAGMA foreign_key_check"));
        Assert.Equal(1L, _test.Store.Connection.ExecuteScalar<long>("PRAGMA foreign_keys"));
        Assert.Equal(100, _test.Store.Connection.ExecuteScalar<long>(
            "SELECT count(*) FROM events INDEXED BY events_contact_at WHERE contact_id = (SELECT id FROM contacts WHERE profile_key = 'person-7') AND kind = 'message.received'"));
    }

    public void Dispose() => _test.Dispose();

    private List<(string Name, string Sql)> Indexes() =>
        [.. _test.Store.Connection.Query<(string Name, string Sql)>("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name")];
}
