using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Playbook.Engine.Contacts;
using Playbook.Engine.Events;
using Playbook.Engine.Store;
using Playbook.Engine.Store.Prepared;

namespace Playbook.Engine.Import.Writing;

/// <summary>
/// Writes people into the store inside one import transaction, by the identity rules: the same LinkedIn
/// profile key or the same email is the same contact. Newer data wins: facts from an export older than
/// what the contact already holds only fill fields that are empty. Lists (emails, phones, tags, sources)
/// only grow. The derived data (list copies, full-text index) of every touched contact is refreshed by <see cref="Complete"/>.
/// </summary>
internal sealed class ContactWriter : IDisposable
{
    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly string _source;
    private readonly string _now;
    private readonly string _sourcesJson;
    private readonly HashSet<long> _touched = [];
    private readonly HashSet<long> _sourced = [];
    private readonly List<long> _created = [];
    private readonly Statements _statements;
    private readonly ContactResolver _resolver;
    private readonly List<PreparedStatement> _bulk = [];

    private readonly SqliteCommand _load;
    private readonly PreparedStatement _insert;
    private readonly SqliteCommand _update;
    private readonly SqliteCommand _insertEmail;
    private readonly SqliteCommand _insertPhone;
    private readonly SqliteCommand _insertTag;
    private readonly SqliteCommand _insertUrl;
    private readonly SqliteCommand _adoptStage;
    private readonly PreparedStatement _insertSource;
    private readonly SqliteCommand _insertIdentity;
    private readonly PreparedStatement _insertImportedEvent;

    public ContactWriter(SqliteConnection connection, SqliteTransaction transaction, string source, DateTimeOffset now)
    {
        _connection = connection;
        _transaction = transaction;
        _source = source;
        _now = StoreFormat.Instant(now);
        // A new contact's sources are this writer's alone: the same JSON for every one.
        _sourcesJson = JsonList([source]);

        _statements = new Statements(connection, transaction);
        // Into a store without contacts (a first import), a person not met yet in the file is known to be no one.
        using (var empty = connection.CreateCommand())
        {
            empty.Transaction = transaction;
            empty.CommandText = "SELECT NOT EXISTS (SELECT 1 FROM contacts)";
            _resolver = new ContactResolver(_statements, startedEmpty: empty.ExecuteScalar() is 1L);
        }
        _load = _statements.Prepare("""
            SELECT first_name, last_name, headline, company, position, location, profile_url, notes, connected_on, as_of
            FROM contacts WHERE id = $p0
            """, 1);
        _insert = Bulk("""
            INSERT INTO contacts (first_name, last_name, full_name, name_key, headline, company, position, location,
                                  profile_url, profile_key, notes, connected_on, as_of, created_at, updated_at, stage,
                                  emails_json, phones_json, sources_json, urls_json)
            VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10, $p11, $p12, $p13, $p13, coalesce($p14, 'new'),
                    $p15, $p16, $p17, $p18)
            """);
        _update = _statements.Prepare("""
            UPDATE contacts SET first_name = $p0, last_name = $p1, full_name = $p2, name_key = $p3, headline = $p4,
                company = $p5, position = $p6, location = $p7, profile_url = $p8, profile_key = $p9, notes = $p10,
                connected_on = $p11, as_of = $p12, updated_at = $p13
            WHERE id = $p14
            """, 15);
        _insertEmail = _statements.Prepare("""
            INSERT OR IGNORE INTO contact_emails (contact_id, email, email_key, position)
            VALUES ($p0, $p1, $p2, (SELECT count(*) FROM contact_emails WHERE contact_id = $p0))
            """, 3);
        _insertPhone = _statements.Prepare("""
            INSERT OR IGNORE INTO contact_phones (contact_id, phone, position)
            VALUES ($p0, $p1, (SELECT count(*) FROM contact_phones WHERE contact_id = $p0))
            """, 2);
        _insertTag = _statements.Prepare("INSERT OR IGNORE INTO contact_tags (contact_id, tag) VALUES ($p0, $p1)", 2);
        _insertUrl = _statements.Prepare("""
            INSERT OR IGNORE INTO contact_urls (contact_id, url, position)
            VALUES ($p0, $p1, (SELECT count(*) FROM contact_urls WHERE contact_id = $p0))
            """, 2);
        _adoptStage = _statements.Prepare("UPDATE contacts SET stage = $p1, updated_at = $p2 WHERE id = $p0 AND stage = 'new'", 3);
        _insertSource = Bulk("INSERT OR IGNORE INTO contact_sources (contact_id, source, first_seen) VALUES ($p0, $p1, $p2)");
        _insertIdentity = _statements.Prepare("""
            INSERT INTO contact_identities (network, key, contact_id, handle) VALUES ($p0, $p1, $p2, $p3)
            ON CONFLICT (network, key) DO UPDATE SET handle = coalesce(excluded.handle, handle)
                WHERE excluded.handle IS NOT NULL AND excluded.handle IS NOT handle
            """, 4);
        _insertImportedEvent = Bulk("""
            INSERT OR IGNORE INTO events (contact_id, kind, at, at_ticks, channel, direction, body, source, source_hash, created_at)
            VALUES ($p0, $p1, $p2, $p3, NULL, NULL, $p4, $p5, $p6, $p2)
            """);
        NowTicks = now.UtcTicks;
    }

    private long NowTicks { get; }

    /// <summary>A statement run for nearly every row of a file (see <see cref="PreparedStatement"/>).</summary>
    private PreparedStatement Bulk(string sql)
    {
        var statement = PreparedStatement.InOrder(_connection, sql);
        _bulk.Add(statement);
        return statement;
    }

    /// <summary>The contacts this writer created.</summary>
    public int Created { get; private set; }

    /// <summary>The contacts already stored that this writer changed: what is known of them is new.</summary>
    public IReadOnlyCollection<long> Changed => _touched;

    /// <inheritdoc cref="ContactResolver.Resolve"/>
    public long? Resolve(ContactFacts facts, bool matchByName = false, IReadOnlySet<long>? claimed = null) =>
        _resolver.Resolve(facts, matchByName, claimed);

    /// <summary>
    /// Reads every profile key and email the store holds, to look people up in memory from then on (see
    /// <see cref="ContactResolver.RememberStore"/>): for a file that names many more people than the store holds.
    /// </summary>
    public void RememberStore() => _resolver.RememberStore(_connection, _transaction);

    /// <inheritdoc cref="ContactResolver.FindByProfileKey"/>
    public long? FindByProfileKey(string? key) => _resolver.FindByProfileKey(key);

    /// <summary>Writes <paramref name="facts"/> as of <paramref name="asOf"/>: creates the contact or merges into it.</summary>
    /// <remarks><paramref name="matchByName"/> and <paramref name="claimed"/> are as for <see cref="Resolve"/>.</remarks>
    public (long Id, UpsertOutcome Outcome) Upsert(ContactFacts facts, DateOnly asOf, bool matchByName = false, IReadOnlySet<long>? claimed = null)
    {
        var existing = Resolve(facts, matchByName, claimed);
        if (existing is null)
        {
            var id = Insert(facts, asOf);
            return (id, UpsertOutcome.Added);
        }

        return (existing.Value, Update(existing.Value, facts, asOf));
    }

    /// <summary>Creates a contact from <paramref name="facts"/> as of <paramref name="asOf"/>, for a caller that has just resolved them to no one.</summary>
    public long Create(ContactFacts facts, DateOnly asOf) => Insert(facts, asOf);

    /// <summary>Merges <paramref name="facts"/> as of <paramref name="asOf"/> into the contact <paramref name="id"/>.</summary>
    public UpsertOutcome Update(long id, ContactFacts facts, DateOnly asOf)
    {
        var changed = Merge(id, facts, asOf);
        changed |= AdoptStage(id, facts.Stage);
        changed |= AddLists(id, facts);
        changed |= AddSource(id);
        if (changed)
        {
            _touched.Add(id);
        }

        return changed ? UpsertOutcome.Updated : UpsertOutcome.Unchanged;
    }

    /// <summary>
    /// Writes the full-text rows of the contacts created, together, and refreshes the derived data of every contact
    /// changed; call once, before committing.
    /// </summary>
    public void Complete()
    {
        // A contact created and then changed again by the file is refreshed whole below.
        DerivedData.AddSearch(_connection, _transaction, _created.Where(id => !_touched.Contains(id)));
        _created.Clear();
        DerivedData.Refresh(_connection, _transaction, _touched);
    }

    public void Dispose()
    {
        _statements.Dispose();
        foreach (var statement in _bulk)
        {
            statement.Dispose();
        }
    }

    /// <summary>
    /// Creates a contact. Its list copies are written here with it, since everything about it is known; its full-text
    /// row is written by <see cref="Complete"/> with those of the other contacts created, and a contact changed again
    /// later in the file is refreshed whole there.
    /// </summary>
    private long Insert(ContactFacts facts, DateOnly asOf)
    {
        var fullName = facts.FullName.Length > 0 ? facts.FullName : FallbackName(facts);
        var emails = facts.Emails.Select(e => e.Trim()).Where(e => EmailKey(e).Contains('@', StringComparison.Ordinal))
            .DistinctBy(EmailKey).ToList();
        var phones = facts.Phones.Select(p => p.Trim()).Where(p => p.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var tags = facts.Tags.Select(Tags.Normalize).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var urls = facts.Urls.Select(u => u.Trim()).Where(u => u.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        _insert.Bind(
            facts.FirstName, facts.LastName, fullName, NameKey.Of(fullName), facts.Headline, facts.Company, facts.Position,
            facts.Location, facts.ProfileUrl, facts.ProfileKey, facts.Notes,
            facts.ConnectedOn is { } on ? StoreFormat.Date(on) : null, StoreFormat.Date(asOf), _now, facts.Stage,
            JsonList(emails), JsonList(phones), _sourcesJson, JsonList(urls));
        // The id SQLite gave the row, without a RETURNING clause (for which it makes a table in memory at every run).
        var id = _insert.ExecuteInsert() ?? throw new InvalidOperationException("the contact's INSERT added no row");
        if (facts.ProfileKey is { } key)
        {
            _resolver.Remember(key, id);
        }
        else
        {
            _resolver.RememberUnlinked(NameKey.Of(fullName));
        }

        if (facts.Identity is { } identity)
        {
            _resolver.RememberIdentity(identity, id);
        }

        AddLists(id, facts with { Emails = emails, Phones = phones, Tags = tags, Urls = urls });
        AddSource(id);
        var importedKey = $"contact.imported:{id}";
        _insertImportedEvent.Bind(id, EventKinds.ContactImported, _now, NowTicks, $"from {_source}", importedKey, SourceKey.Hash(importedKey));
        _insertImportedEvent.Execute();
        _created.Add(id);

        // AddLists and AddSource mark the contact as touched; nothing of it needs refreshing yet.
        _touched.Remove(id);
        Created++;
        return id;
    }

    private static string JsonList(List<string> values) =>
        values.Count == 0 ? "[]" : JsonSerializer.Serialize(values, JsonOptions);

    private bool Merge(long id, ContactFacts facts, DateOnly asOf)
    {
        _load.Parameters[0].Value = id;
        string?[] stored;
        using (var reader = _load.ExecuteReader())
        {
            reader.Read();
            stored = new string?[10];
            for (var i = 0; i < stored.Length; i++)
            {
                stored[i] = reader.IsDBNull(i) ? null : reader.GetString(i);
            }
        }

        var storedAsOf = DateOnly.ParseExact(stored[9]!, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var newer = asOf >= storedAsOf;
        var incoming = new[]
        {
            facts.FirstName, facts.LastName, facts.Headline, facts.Company, facts.Position, facts.Location,
            facts.ProfileUrl, facts.Notes, facts.ConnectedOn is { } on ? StoreFormat.Date(on) : null,
        };

        var (merged, changed) = NewerWins.Merge(stored, incoming, newer);

        var newAsOf = newer ? asOf : storedAsOf;
        if (!changed && newAsOf == storedAsOf)
        {
            return false;
        }

        var fullName = NameKey.Join(merged[0], merged[1]);
        if (fullName.Length == 0)
        {
            fullName = FallbackName(facts);
        }

        Statements.Bind(_update,
            merged[0], merged[1], fullName, NameKey.Of(fullName), merged[2], merged[3], merged[4], merged[5], merged[6],
            Contacts.ProfileUrl.KeyOf(merged[6]), merged[7], merged[8], StoreFormat.Date(newAsOf), _now, id);
        _update.ExecuteNonQuery();
        if (Contacts.ProfileUrl.KeyOf(merged[6]) is { } key)
        {
            _resolver.Remember(key, id);
        }
        else
        {
            _resolver.RememberUnlinked(NameKey.Of(fullName));
        }

        return changed;
    }

    private bool AddLists(long id, ContactFacts facts)
    {
        var changed = false;
        if (facts.Identity is { } identity)
        {
            Statements.Bind(_insertIdentity, identity.Network, identity.Key, id, identity.Handle);
            changed |= _insertIdentity.ExecuteNonQuery() > 0;
        }

        foreach (var email in facts.Emails)
        {
            // A value without '@' ("n/a", "-", an Exchange path) is no address, and must not make two people one.
            var key = EmailKey(email);
            if (!key.Contains('@', StringComparison.Ordinal))
            {
                continue;
            }

            Statements.Bind(_insertEmail, id, email.Trim(), key);
            if (_insertEmail.ExecuteNonQuery() > 0)
            {
                _resolver.RememberEmail(key, id);
                changed = true;
            }
        }

        foreach (var phone in facts.Phones.Select(p => p.Trim()).Where(p => p.Length > 0))
        {
            Statements.Bind(_insertPhone, id, phone);
            changed |= _insertPhone.ExecuteNonQuery() > 0;
        }

        foreach (var tag in facts.Tags.Select(Tags.Normalize).OfType<string>())
        {
            Statements.Bind(_insertTag, id, tag);
            changed |= _insertTag.ExecuteNonQuery() > 0;
        }

        foreach (var url in facts.Urls.Select(u => u.Trim()).Where(u => u.Length > 0))
        {
            Statements.Bind(_insertUrl, id, url);
            changed |= _insertUrl.ExecuteNonQuery() > 0;
        }

        return changed;
    }

    /// <summary>A stage from the source moves a contact that no one has moved yet, never one already on its way.</summary>
    private bool AdoptStage(long id, string? stage)
    {
        if (stage is null || stage == Stages.New)
        {
            return false;
        }

        Statements.Bind(_adoptStage, id, stage, _now);
        return _adoptStage.ExecuteNonQuery() > 0;
    }

    /// <summary>Records this writer's source on a contact (once per contact and writer); true when it is new there.</summary>
    public bool AddSource(long id)
    {
        if (!_sourced.Add(id))
        {
            return false;
        }

        _insertSource.Bind(id, _source, _now);
        var added = _insertSource.Execute() > 0;
        if (added)
        {
            _touched.Add(id);
        }

        return added;
    }

    /// <summary>
    /// What to call someone whose source gives no name: the name they sign with, else their email, else their profile slug,
    /// else their handle or id on a network, else a web address.
    /// </summary>
    private static string FallbackName(ContactFacts facts) =>
        !string.IsNullOrWhiteSpace(facts.DisplayName) ? facts.DisplayName.Trim()
        : facts.Emails.Count > 0 ? facts.Emails[0]
        : facts.ProfileKey ?? facts.Identity?.Handle ?? facts.Identity?.ToString() ?? (facts.Urls.Count > 0 ? facts.Urls[0] : "(no name)");

    internal static string EmailKey(string email) => email.Trim().ToLowerInvariant();
}
