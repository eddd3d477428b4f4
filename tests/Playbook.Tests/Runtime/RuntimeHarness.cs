using Dapper;
using Playbook.Engine.Catalog;
using Playbook.Engine.Contacts;
using Playbook.Engine.Runs;
using Playbook.Engine.Runtime;
using Playbook.Engine.Store;
using Playbook.Tests.Support;

namespace Playbook.Tests.Runtime;

/// <summary>
/// A real store on a fake clock, a folder of the test's own playbooks and templates, and a runtime over both.
/// The catalog is loaded again whenever a playbook file changes, as a new command would.
/// </summary>
internal sealed class RuntimeHarness : IDisposable
{
    private PlaybookCatalog? _catalog;

    public RuntimeHarness(bool builtIns = false)
    {
        BuiltIns = builtIns;
        Playbooks = Store.Folder.Folder("playbooks");
        Me = new MeProfile { FirstName = "Ana", LastName = "García", Languages = [new Language("Spanish", null)] };
    }

    public TestStore Store { get; } = new();

    public string Playbooks { get; }

    public bool BuiltIns { get; }

    public MeProfile Me { get; set; }

    public int BatchSize { get; set; } = 500;

    /// <summary>Whether passes read contacts ahead on a second thread (<see cref="RuntimeSettings.ReadAhead"/>).</summary>
    public bool ReadAhead { get; set; } = true;

    /// <summary>From how many pending events a pass takes them contact by contact (<see cref="RuntimeSettings.ContactOrderFrom"/>).</summary>
    public int ContactOrderFrom { get; set; } = new RuntimeSettings { Me = new MeProfile() }.ContactOrderFrom;

    /// <summary>The working days after an out-of-office's return a wait ends (<c>replies: back_after_working_days</c>).</summary>
    public int BackAfterWorkingDays { get; set; } = 2;

    public DateTimeOffset Now => Store.Clock.GetUtcNow();

    public ContactStore Db => Store.Store;

    public PlaybookCatalog Catalog => _catalog ??= PlaybookCatalog.Load(new CatalogOptions
    {
        UserFolder = Playbooks,
        IncludeBuiltIns = BuiltIns,
        CacheFolder = Store.Folder.Folder("cache"),
        TrustFile = TrustFile,
        Time = Store.Clock,
    });

    /// <summary>The file of trusted scripts.</summary>
    public string TrustFile => Store.Folder.File("config/trusted.json");

    public PlaybookRuntime Runtime => new(Db, Catalog, new RuntimeSettings
    {
        Me = Me, BatchSize = BatchSize, BackAfterWorkingDays = BackAfterWorkingDays, ReadAhead = ReadAhead, ContactOrderFrom = ContactOrderFrom,
    });

    /// <summary>Writes a playbook file (and forgets the loaded catalog).</summary>
    public void Playbook(string file, string yaml)
    {
        File.WriteAllText(Path.Combine(Playbooks, file), yaml.ReplaceLineEndings("\n"));
        Reload();
    }

    /// <summary>A playbook <paramref name="name"/> that drafts "Hola {{ contact.first_name }}" (template <c>hi</c>) on <paramref name="trigger"/>.</summary>
    public void GreetingPlaybook(string name, string trigger)
    {
        Template("hi.liquid", "Hola {{ contact.first_name }}");
        Playbook($"{name}.yaml", $"""
            schema: 1
            name: {name}
            on: {trigger}
            steps:
              - id: {name}
                draft: hi
            """);
    }

    /// <summary>A playbook <paramref name="name"/> of one step, <c>mark</c>, that tags the contact <paramref name="tag"/> on <paramref name="trigger"/>.</summary>
    public void TaggingPlaybook(string name, string trigger, string tag) =>
        Playbook($"{name}.yaml", $"""
            schema: 1
            name: {name}
            on: {trigger}
            steps:
              - id: mark
                tag: {tag}
            """);

    /// <summary>Writes a template file into the playbooks' templates folder.</summary>
    public void Template(string file, string text)
    {
        Directory.CreateDirectory(Path.Combine(Playbooks, "templates"));
        File.WriteAllText(Path.Combine(Playbooks, "templates", file), text);
        Reload();
    }

    /// <summary>Trusts the script <paramref name="file"/> of the playbooks folder as it is now (and forgets the loaded catalog).</summary>
    public void Trust(string file)
    {
        Engine.Scripting.TrustStore.Open(TrustFile).Trust(Engine.Scripting.ScriptSource.Read(Path.Combine(Playbooks, file)));
        Reload();
    }

    public void Reload()
    {
        _catalog?.Dispose();
        _catalog = null;
    }

    public long Contact(string first, string last, string? company = null) =>
        Store.AddContact(first, last, company, $"https://www.linkedin.com/in/{first.ToLowerInvariant()}-{last.ToLowerInvariant()}");

    /// <summary>Logs an event, <paramref name="daysAgo"/> days before the clock's now.</summary>
    public long Event(long contactId, string kind, double daysAgo, string? body = null) =>
        Db.Events.Add(contactId, kind, Now.AddDays(-daysAgo), body).Id;

    /// <summary>Logs an event at <paramref name="at"/>.</summary>
    public long EventAt(long contactId, string kind, DateTimeOffset at, string? body = null) =>
        Db.Events.Add(contactId, kind, at, body).Id;

    public void Classify(long eventId, string classification)
    {
        using var command = Db.Connection.CreateCommand();
        command.CommandText = "UPDATE events SET classification = $c WHERE id = $id";
        command.Parameters.AddWithValue("$c", classification);
        command.Parameters.AddWithValue("$id", eventId);
        command.ExecuteNonQuery();
    }

    /// <summary>Stores what classification would read in a reply: the day it asks for and the person it refers to.</summary>
    public void Instruct(long eventId, string? followUpOn, string? referral = null, string? reason = null)
    {
        using var command = Db.Connection.CreateCommand();
        command.CommandText = "UPDATE events SET follow_up_on = $f, referral = $r, classification_reason = coalesce($why, classification_reason) WHERE id = $id";
        command.Parameters.AddWithValue("$f", (object?)followUpOn ?? DBNull.Value);
        command.Parameters.AddWithValue("$r", (object?)referral ?? DBNull.Value);
        command.Parameters.AddWithValue("$why", (object?)reason ?? DBNull.Value);
        command.Parameters.AddWithValue("$id", eventId);
        command.ExecuteNonQuery();
    }

    public void Advance(TimeSpan by) => Store.Clock.Advance(by);

    public RunReport Run(bool dryRun = false, params string[] playbooks) =>
        Runtime.Run(new RunRequest { DryRun = dryRun, Playbooks = playbooks });

    public RunReport Tick() => Runtime.Tick();

    public Run OnlyRun() => Assert.Single(Db.Runs.List());

    public IReadOnlyList<string> Journal(long runId) =>
        [.. Db.Runs.Journal(runId).Select(j => $"{j.Step ?? "-"} {j.Action}: {j.Message}")];

    public long Scalar(string sql) => Store.Scalar(sql);

    /// <summary>The store's answer to <paramref name="sql"/>, one text per row.</summary>
    public List<string> Rows(string sql) => [.. Db.Connection.Query<string>(sql)];

    /// <summary>
    /// Asserts that <paramref name="actual"/>'s store answers each of <paramref name="queries"/> (one text per row) as
    /// <paramref name="expected"/>'s does, and that the answers are not empty.
    /// </summary>
    public static void AssertSameRows(RuntimeHarness expected, RuntimeHarness actual, params string[] queries)
    {
        foreach (var sql in queries)
        {
            var rows = expected.Rows(sql);
            Assert.NotEmpty(rows);
            Assert.Equal(rows, actual.Rows(sql));
        }
    }

    public void Dispose()
    {
        _catalog?.Dispose();
        Store.Dispose();
    }
}
