using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using Playbook.Engine.Events;
using Playbook.Engine.Import.LinkedIn;
using Playbook.Engine.Import.Reports;
using Playbook.Engine.Import.Writing;
using Playbook.Engine.Store;

namespace Playbook.Tests.Support;

/// <summary>A real store file in a temp folder, on a fake clock, with helpers to fill and inspect it.</summary>
internal sealed class TestStore : IDisposable
{
    /// <summary>The instant the fake clock starts at.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);

    public TestStore()
    {
        Folder = new TempFolder();
        Clock = new FakeTimeProvider(Start);
        Path = System.IO.Path.Combine(Folder.Folder("store"), "playbook.db");
        Store = ContactStore.Open(Path, Clock);
    }

    public TempFolder Folder { get; }

    public FakeTimeProvider Clock { get; }

    public string Path { get; }

    public ContactStore Store { get; }

    /// <summary>Imports a LinkedIn export (zip, folder or single file).</summary>
    public ImportReport Import(string path, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default) =>
        new LinkedInImporter(Store).Import(path, progress, cancellationToken);

    /// <summary>
    /// A folder holding copies of <paramref name="files"/> (a source path and the name to give it), as an
    /// export unpacked on disk.
    /// </summary>
    public string Export(string name, params (string Source, string As)[] files)
    {
        var folder = Folder.Folder(name);
        foreach (var (source, target) in files)
        {
            File.Copy(source, System.IO.Path.Combine(folder, target));
        }

        return folder;
    }

    /// <summary>Writes a CSV (or any file) into a subfolder of the temp folder and returns its path.</summary>
    public string Write(string relative, string text) => Folder.Write(relative, text);

    /// <summary>Adds (or merges) a person the way importers do.</summary>
    public long AddContact(string? first, string? last, string? company = null, string? profileUrl = null, string? email = null) =>
        Store.InTransaction(transaction =>
        {
            using var writer = new ContactWriter(Store.Connection, transaction, "test", Clock.GetUtcNow());
            var (id, _) = writer.Upsert(
                new ContactFacts { FirstName = first, LastName = last, Company = company, ProfileUrl = profileUrl, Emails = email is null ? [] : [email] },
                DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime));
            writer.Complete();
            return id;
        });

    /// <summary>Runs <paramref name="sql"/> on the store, as another part of the product would write (an import, a profile).</summary>
    public void Execute(string sql)
    {
        using var command = Store.Connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>The value of a one-value query.</summary>
    public long Scalar(string sql)
    {
        using var command = Store.Connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public long ContactCount => Store.Contacts.Count();

    /// <summary>Events of <paramref name="kind"/>, oldest first.</summary>
    public IReadOnlyList<ContactEvent> EventsOf(string kind) => Store.Events.List(kind: kind);

    /// <summary>The one contact named <paramref name="fullName"/>.</summary>
    public Engine.Contacts.Contact Named(string fullName) =>
        Assert.Single(Store.Contacts.Search(), c => c.FullName == fullName);

    /// <summary>Every table's row count, to compare a store before and after.</summary>
    public IReadOnlyDictionary<string, long> TableCounts()
    {
        var tables = new List<string>();
        using (var command = Store.Connection.CreateCommand())
        {
            command.CommandText = "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'contact_search_%' AND name NOT LIKE 'contact_tag_search_%' ORDER BY name";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        return tables.ToDictionary(t => t, t => Scalar($"SELECT count(*) FROM \"{t}\""));
    }

    public void Dispose()
    {
        Store.Dispose();
        SqliteConnection.ClearAllPools();
        Folder.Dispose();
    }
}
