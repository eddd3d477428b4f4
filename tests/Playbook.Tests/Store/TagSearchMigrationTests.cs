using Dapper;
using Playbook.Engine.Store;
using Playbook.Tests.Support;

namespace Playbook.Tests.Store;

/// <summary>
/// A contact's tags are out of the contact's full-text row (their words found through their own table, see
/// <see cref="TagTableMigrationTests"/>); a store written before (the tags in that row) is brought to it when it is
/// opened, and finds the same contacts by the same words.
/// </summary>
public sealed class TagSearchMigrationTests : IDisposable
{
    /// <summary>
    /// The SQL that puts a store's full-text rows back as builds before the tags' own table wrote them: the tags in the
    /// contact's row, and no table of their own. For tests that take a store back to an earlier schema version.
    /// </summary>
    public const string TagsBackInTheFullTextRow = """
        CREATE VIRTUAL TABLE contact_search_tagged USING fts5(
            name, company, position, headline, location, emails, tags, notes,
            tokenize = 'unicode61 remove_diacritics 2',
            prefix = '1 2'
        );
        INSERT INTO contact_search_tagged (rowid, name, company, position, headline, location, emails, tags, notes)
            SELECT s.rowid, s.name, s.company, s.position, s.headline, s.location, s.emails, t.tags, s.notes
            FROM contact_search s LEFT JOIN contact_tag_search t ON t.rowid = s.rowid;
        DROP TABLE contact_search;
        DROP TABLE contact_tag_search;
        ALTER TABLE contact_search_tagged RENAME TO contact_search;

        """;

    private readonly TestStore _test = new();

    [Fact]
    public void Open_StoreWithTheTagsInTheFullTextRow_MovesThemToTheirOwnTableAndFindsTheSameContacts()
    {
        var ana = _test.AddContact("Ana", "Lima", "Contoso", "https://www.linkedin.com/in/ana-lima");
        var ben = _test.AddContact("Ben", "Okafor", "Fabrikam", "https://www.linkedin.com/in/ben-okafor");
        var chloe = _test.AddContact("Chloé", "Durand", "Northwind");
        _test.Store.Contacts.AddTags(ana, ["speaker", "low-fit"]);
        _test.Store.Contacts.AddTags(ben, ["client"]);
        var version = _test.Store.SchemaVersion;
        var before = Migrations.Steps.ToList().FindIndex(step => step.Contains("CREATE VIRTUAL TABLE contact_tag_search", StringComparison.Ordinal));
        _test.Store.Connection.Execute(TagTableMigrationTests.TagsBackOnTheContactRow + TagsBackInTheFullTextRow + $"PRAGMA user_version = {before};");
        Assert.Equal([ana], _test.Store.Connection.Query<long>("SELECT rowid FROM contact_search WHERE contact_search MATCH 'speaker'"));

        using var reopened = ContactStore.Open(_test.Path, _test.Clock);

        Assert.Equal(version, reopened.SchemaVersion);
        Assert.DoesNotContain("tags", reopened.Connection.Query<string>("SELECT name FROM pragma_table_info('contact_search')"));
        Assert.Equal(["client", "low-fit", "speaker"], reopened.Connection.Query<string>("SELECT tag FROM tag_names ORDER BY tag"));
        Assert.Equal([ana], reopened.Contacts.Search("speak").Select(c => c.Id));
        Assert.Equal([ana], reopened.Contacts.SearchIds("lima low-fit"));
        Assert.Equal([ben], reopened.Contacts.Search("client okafor").Select(c => c.Id));
        Assert.Equal([chloe], reopened.Contacts.SearchIds("chloe northwind"));
    }

    public void Dispose() => _test.Dispose();
}
