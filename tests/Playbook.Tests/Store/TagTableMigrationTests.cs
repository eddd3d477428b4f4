using Dapper;
using Playbook.Engine.Store;
using Playbook.Tests.Support;

namespace Playbook.Tests.Store;

/// <summary>
/// A contact's tags are read from their own table alone: nothing on the contact's row or in a full-text row a contact
/// derives from them. A search finds a tag's words through one full-text row per tag name, kept by a trigger for every
/// writer; the time of a contact's last tag is kept beside it. A store written before (a copy of the tags on each row,
/// a full-text row of tags a contact, and perhaps contacts a cut-short batch left behind their tags) is brought to it
/// when it is opened.
/// </summary>
public sealed class TagTableMigrationTests : IDisposable
{
    /// <summary>
    /// The SQL that puts a store's tags back as builds before this shape kept them: a copy on the contact's row, a
    /// full-text row of them a contact, and the contacts a batch left behind its tags in <c>search_stale</c>. For tests
    /// that take a store back to an earlier schema version.
    /// </summary>
    public const string TagsBackOnTheContactRow = """
        DROP TRIGGER contact_tags_named;
        DROP TABLE tag_search;
        DROP TABLE tag_names;
        DROP TABLE contact_tagged;
        ALTER TABLE contacts ADD COLUMN tags_json TEXT NOT NULL DEFAULT '[]';
        UPDATE contacts SET tags_json = (SELECT json_group_array(tag) FROM (SELECT tag FROM contact_tags WHERE contact_id = contacts.id ORDER BY tag));
        CREATE TABLE search_stale (contact_id INTEGER PRIMARY KEY, tagged_at TEXT);
        CREATE VIRTUAL TABLE contact_tag_search USING fts5(tags, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2');
        INSERT INTO contact_tag_search (rowid, tags)
            SELECT contact_id, group_concat(tag, ' ') FROM (SELECT contact_id, tag FROM contact_tags ORDER BY contact_id, tag) GROUP BY contact_id;

        """;

    private readonly TestStore _test = new();

    [Fact]
    public void Open_StoreWithTheTagsOnTheContactRow_ReadsThemFromTheirTableAndFindsTheSameContacts()
    {
        var ana = _test.AddContact("Ana", "Lima", "Contoso");
        var ben = _test.AddContact("Ben", "Okafor", "Fabrikam");
        var chloe = _test.AddContact("Chloé", "Durand", "Northwind");
        _test.Store.Contacts.AddTags(ana, ["speaker", "low-fit"]);
        _test.Store.Contacts.AddTags(ben, ["client"]);
        var version = _test.Store.SchemaVersion;
        var benBefore = _test.Store.Contacts.Find(ben)!.UpdatedAt;
        // A batch of that build cut short: Chloé's tag written, her row and full-text row left behind it.
        _test.Execute(TagsBackOnTheContactRow + $"""
            INSERT INTO contact_tags (contact_id, tag) VALUES ({chloe}, 'met');
            INSERT INTO search_stale (contact_id, tagged_at) VALUES ({chloe}, '2030-05-06T07:08:09.0000000Z');
            PRAGMA user_version = {version - 1};
            """);

        using var reopened = ContactStore.Open(_test.Path, _test.Clock);

        Assert.Equal(version, reopened.SchemaVersion);
        Assert.DoesNotContain("tags_json", reopened.Connection.Query<string>("SELECT name FROM pragma_table_info('contacts')"));
        Assert.Equal(0L, reopened.Connection.ExecuteScalar<long>("SELECT count(*) FROM sqlite_schema WHERE name IN ('search_stale', 'contact_tag_search')"));
        Assert.Equal(["client", "low-fit", "met", "speaker"], reopened.Connection.Query<string>("SELECT tag FROM tag_names ORDER BY tag"));
        Assert.Equal(["low-fit", "speaker"], reopened.Contacts.Find(ana)!.Tags);
        Assert.Equal(benBefore, reopened.Contacts.Find(ben)!.UpdatedAt);
        var chloeNow = reopened.Contacts.Find(chloe)!;
        Assert.Equal(["met"], chloeNow.Tags);
        Assert.Equal(new DateTimeOffset(2030, 5, 6, 7, 8, 9, TimeSpan.Zero), chloeNow.UpdatedAt);
        Assert.Equal([ana], reopened.Contacts.Search("speak").Select(c => c.Id));
        Assert.Equal([ana], reopened.Contacts.SearchIds("lima low-fit"));
        Assert.Equal([ben], reopened.Contacts.Search("client okafor").Select(c => c.Id));
        Assert.Equal([chloe], reopened.Contacts.SearchIds("met"));
    }

    [Fact]
    public void Search_TagWrittenStraightIntoItsTable_IsFoundByItsWordsAtOnce()
    {
        var ana = _test.AddContact("Ana", "Ruiz");
        var ben = _test.AddContact("Ben", "Okafor");

        _test.Execute($"INSERT INTO contact_tags (contact_id, tag) VALUES ({ana}, 'warm-lead'), ({ben}, 'warm-lead'), ({ben}, 'cold')");

        Assert.Equal(["warm-lead", "cold"], _test.Store.Connection.Query<string>("SELECT tag FROM tag_names ORDER BY id"));
        Assert.Equal([ana, ben], _test.Store.Contacts.SearchIds("lead", orderBy: ContactOrder.Company));
        Assert.Equal([ben], _test.Store.Contacts.Search("warm cold").Select(c => c.Id));
        Assert.Equal([ana], _test.Store.Contacts.Search("ruiz warm").Select(c => c.Id));
        Assert.Empty(_test.Store.Contacts.Search("hot"));
    }

    [Fact]
    public void Search_WordOfTwoTagsOfOneContact_FindsTheContactOnce()
    {
        var ana = _test.AddContact("Ana", "Ruiz");
        _test.Store.Contacts.AddTags(ana, ["lead-warm", "lead-hot"]);

        Assert.Equal([ana], _test.Store.Contacts.SearchIds("lead", orderBy: ContactOrder.Tags));
        Assert.Equal([ana], _test.Store.Contacts.Search("lead").Select(c => c.Id));
    }

    [Fact]
    public void Merge_ContactWithATagTime_TakesItsTimeRowAwayWithIt()
    {
        var kept = _test.AddContact("Ana", "Ruiz");
        var merged = _test.AddContact("Ana", "Ruiz");
        _test.Execute($"""
            INSERT INTO contact_tags (contact_id, tag) VALUES ({merged}, 'met');
            INSERT INTO contact_tagged (contact_id, tagged_at) VALUES ({merged}, '2030-05-06T07:08:09.0000000Z');
            """);

        _test.Store.Merges.Merge(kept, merged);

        Assert.Equal(0L, _test.Scalar("SELECT count(*) FROM contact_tagged"));
        Assert.Equal(["met"], _test.Store.Contacts.Find(kept)!.Tags);
        Assert.Equal([kept], _test.Store.Contacts.SearchIds("met"));
    }

    public void Dispose() => _test.Dispose();
}
