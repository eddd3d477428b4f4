using System.Data;
using Dapper;
using Playbook.Engine.Contacts;

namespace Playbook.Engine.Store;

/// <summary>Reads and simple edits of contacts.</summary>
public sealed class ContactQueries
{
    private readonly ContactStore _store;
    private NameOrder? _nameOrder;

    internal ContactQueries(ContactStore store) => _store = store;

    /// <summary>How many contacts the store holds.</summary>
    public long Count() => _store.Connection.ExecuteScalar<long>("SELECT count(*) FROM contacts");

    /// <summary>Whether the store holds any contact.</summary>
    public bool Any() => _store.Connection.ExecuteScalar<bool>("SELECT EXISTS (SELECT 1 FROM contacts)");

    /// <summary>Every contact, by id, read as it is enumerated (memory does not grow with the store).</summary>
    public IEnumerable<Contact> All() =>
        ContactRow.Query(_store.Connection, $"SELECT {ContactRow.SelectList} FROM contacts c ORDER BY c.id");

    /// <summary>
    /// The full name of each of <paramref name="ids"/> that is a contact, and whether a profile has been read into it:
    /// what a list names its rows by, in one query, without reading and parsing the rest of each contact.
    /// </summary>
    public IReadOnlyList<ContactName> NamesOf(IReadOnlyList<long> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        using var command = _store.Connection.CreateCommand();
        command.CommandText = "SELECT id, full_name, profile_read_at IS NOT NULL FROM contacts WHERE id IN (SELECT value FROM json_each($ids))";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "$ids";
        parameter.Value = StoreFormat.IdArray(ids);
        command.Parameters.Add(parameter);
        using var reader = command.ExecuteReader();
        var names = new List<ContactName>();
        while (reader.Read())
        {
            names.Add(new ContactName(reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2) != 0));
        }

        return names;
    }

    /// <summary>The contact with <paramref name="id"/>, or null.</summary>
    public Contact? Find(long id) =>
        ContactRow.Query(_store.Connection, $"SELECT {ContactRow.SelectList} FROM contacts c WHERE c.id = @id", new { id }).FirstOrDefault();

    /// <summary>The contact named by an id, a LinkedIn profile URL, or a network identity (<c>x:2847561930</c>).</summary>
    /// <exception cref="NotFoundException">No such contact.</exception>
    public Contact Get(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var trimmed = reference.Trim();
        Contact? found = null;
        if (long.TryParse(trimmed, out var id))
        {
            found = Find(id);
        }
        else if (ProfileUrl.KeyOf(trimmed) is { } key)
        {
            found = FindByProfileKey(key);
        }
        else if (trimmed.IndexOf(':', StringComparison.Ordinal) is > 0 and var colon && !trimmed.Contains("//", StringComparison.Ordinal))
        {
            found = FindByIdentity(new NetworkIdentity(trimmed[..colon].ToLowerInvariant(), trimmed[(colon + 1)..]));
        }

        return found ?? throw new NotFoundException("contact", trimmed);
    }

    /// <summary>The contact whose LinkedIn profile has the identity key <paramref name="key"/> (see <see cref="ProfileUrl.KeyOf"/>), or null.</summary>
    public Contact? FindByProfileKey(string key) =>
        ContactRow.Query(_store.Connection, $"SELECT {ContactRow.SelectList} FROM contacts c WHERE c.profile_key = @key", new { key }).FirstOrDefault();

    /// <summary>The contact who is <paramref name="identity"/> on its network, or null.</summary>
    public Contact? FindByIdentity(NetworkIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        return ContactRow.Query(_store.Connection,
            $"""
            SELECT {ContactRow.SelectList} FROM contacts c
            WHERE c.id = (SELECT contact_id FROM contact_identities WHERE network = @network AND key = @key)
            """,
            new { network = identity.Network, key = identity.Key }).FirstOrDefault();
    }

    /// <summary>Who contact <paramref name="contactId"/> is on other networks (X, Facebook), by network and key.</summary>
    public IReadOnlyList<NetworkIdentity> Identities(long contactId) =>
        _store.Connection.Query<(string Network, string Key, string? Handle)>(
            "SELECT network, key, handle FROM contact_identities WHERE contact_id = @contactId ORDER BY network, key", new { contactId })
        .Select(row => new NetworkIdentity(row.Network, row.Key, row.Handle))
        .ToList();

    /// <summary>
    /// Contacts matching every word of <paramref name="query"/> (accent- and case-insensitive, prefixes
    /// match) in their names, company, position, headline, location, emails, tags or notes; best match first.
    /// </summary>
    public IReadOnlyList<Contact> Search(string? query = null, string? tag = null, string? stage = null, int? limit = null) =>
        Search(query, tag, stage, limit, transaction: null);

    /// <summary>
    /// The ids of the contacts <see cref="Search(string?, string?, string?, int?)"/> finds, all of them, in the order of
    /// <paramref name="orderBy"/> (<see cref="ContactOrder"/>): a list reads the rows it shows with <see cref="ByIds"/>
    /// as they scroll into view.
    /// </summary>
    public IReadOnlyList<long> SearchIds(string? query = null, string? tag = null, string? stage = null, string orderBy = ContactOrder.Name)
    {
        var terms = SearchSyntax.Terms(query);
        var matching = terms.Count > 0 ? SearchSyntax.MatchingIds(terms.Count) : "";
        var filter = new Filter()
            .And(terms.Count > 0, $"c.id IN ({matching})")
            .And(tag is not null, "EXISTS (SELECT 1 FROM contact_tags t WHERE t.contact_id = c.id AND t.tag = @tag)")
            .And(stage is not null, "c.stage = @stage");
        var parameters = new DynamicParameters(new { tag = Tags.Normalize(tag), stage });
        SearchSyntax.Bind(parameters, terms);
        if (orderBy == ContactOrder.Name)
        {
            // By name, the matches are put in the order kept in memory: no ranking and no walk of the name index for
            // each keystroke of a filter. A match alone is read from the full-text indexes without visiting the
            // contacts (the order leaves out ids of no contact).
            var byName = NameOrder();
            if (terms.Count == 0 && tag is null && stage is null)
            {
                return byName.Ids;
            }

            return byName.Sort(_store.Connection.Query<long>(
                tag is null && stage is null ? matching : $"SELECT c.id FROM contacts c {filter}",
                parameters));
        }

        var (from, order) = orderBy switch
        {
            ContactOrder.Company => ("contacts c", "coalesce(c.company, char(1114111)) COLLATE NOCASE, c.full_name COLLATE NOCASE, c.id"),
            ContactOrder.Stage => ("contacts c", "CASE c.stage WHEN 'new' THEN 0 WHEN 'contacted' THEN 1 WHEN 'replied' THEN 2 WHEN 'conversation' THEN 3 WHEN 'meeting' THEN 4 WHEN 'collaboration' THEN 5 ELSE 6 END, c.full_name COLLATE NOCASE, c.id"),
            ContactOrder.Tags => ("contacts c", $"coalesce(nullif({DerivedData.TagsOfContact}, '[]'), char(1114111)), c.full_name COLLATE NOCASE, c.id"),
            _ => throw new ArgumentOutOfRangeException(nameof(orderBy), orderBy, "not one of ContactOrder.All"),
        };
        return _store.Connection.Query<long>($"SELECT c.id FROM {from} {filter} ORDER BY {order}", parameters).AsList();
    }

    /// <summary>
    /// The order by name, read again when the store changed since: a change on this connection moves
    /// <c>total_changes()</c>, a commit on another (an import in the background) moves <c>data_version</c>.
    /// </summary>
    private NameOrder NameOrder()
    {
        var version = _store.Connection.ExecuteScalar<long>("SELECT (total_changes() << 32) + data_version FROM pragma_data_version()");
        if (_nameOrder?.Version != version)
        {
            _nameOrder = new NameOrder(version, _store.Connection.Query<long>(
                "SELECT id FROM contacts INDEXED BY contacts_full_name ORDER BY full_name COLLATE NOCASE, id").AsList());
        }

        return _nameOrder;
    }

    /// <summary>The contacts with <paramref name="ids"/>, in that order (those gone are left out).</summary>
    public IReadOnlyList<Contact> ByIds(IReadOnlyList<long> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var found = ContactRow.Query(_store.Connection, $"SELECT {ContactRow.SelectList} FROM contacts c WHERE c.id IN (SELECT value FROM json_each(@ids))",
            new { ids = StoreFormat.IdArray(ids) }).ToDictionary(c => c.Id);
        return [.. ids.Where(found.ContainsKey).Select(id => found[id])];
    }

    /// <summary>As the public <c>Search</c>, inside <paramref name="transaction"/> (a batch run's).</summary>
    internal IReadOnlyList<Contact> Search(string? query, string? tag, string? stage, int? limit, IDbTransaction? transaction)
    {
        var terms = SearchSyntax.Terms(query);
        var parameters = new DynamicParameters();
        parameters.Add("tag", Tags.Normalize(tag));
        parameters.Add("stage", stage);
        parameters.Add("limit", limit ?? -1);

        string sql;
        if (terms.Count == 0)
        {
            sql = $"""
                SELECT {ContactRow.SelectList}
                FROM contacts c
                WHERE (@tag IS NULL OR EXISTS (SELECT 1 FROM contact_tags t WHERE t.contact_id = c.id AND t.tag = @tag))
                  AND (@stage IS NULL OR c.stage = @stage)
                ORDER BY c.full_name COLLATE NOCASE, c.id
                LIMIT @limit
                """;
        }
        else
        {
            // Ranked by the contact's own full-text row when it holds every word; a contact found only with its tags' words
            // comes after those, by name.
            SearchSyntax.Bind(parameters, terms);
            sql = $"""
                SELECT {ContactRow.SelectList}
                FROM ({SearchSyntax.MatchingIds(terms.Count)}) m
                JOIN contacts c ON c.id = m.id
                LEFT JOIN (SELECT rowid AS id, rank FROM contact_search WHERE contact_search MATCH @allTerms) s ON s.id = c.id
                WHERE (@tag IS NULL OR EXISTS (SELECT 1 FROM contact_tags t WHERE t.contact_id = c.id AND t.tag = @tag))
                  AND (@stage IS NULL OR c.stage = @stage)
                ORDER BY s.rank IS NULL, s.rank, c.full_name COLLATE NOCASE, c.id
                LIMIT @limit
                """;
        }

        return ContactRow.Query(_store.Connection, sql, parameters, transaction).ToList();
    }

    /// <summary>Every tag in use, with how many contacts have it, inside <paramref name="transaction"/> when given.</summary>
    internal IReadOnlyDictionary<string, int> TagCounts(IDbTransaction? transaction = null) =>
        _store.Connection.Query<(string Tag, int Count)>(
            "SELECT tag, count(*) FROM contact_tags GROUP BY tag ORDER BY tag", transaction: transaction)
            .ToDictionary(t => t.Tag, t => t.Count, StringComparer.Ordinal);

    /// <summary>Adds <paramref name="tags"/> to a contact (tags it already has are kept once).</summary>
    /// <returns>The contact as it is now.</returns>
    public Contact AddTags(long contactId, IEnumerable<string> tags) =>
        EditTags(contactId, tags, "INSERT OR IGNORE INTO contact_tags (contact_id, tag) VALUES (@contactId, @tag)");

    /// <summary>Removes <paramref name="tags"/> from a contact.</summary>
    /// <returns>The contact as it is now.</returns>
    public Contact RemoveTags(long contactId, IEnumerable<string> tags) =>
        EditTags(contactId, tags, "DELETE FROM contact_tags WHERE contact_id = @contactId AND tag = @tag");

    /// <summary>Moves a contact to <paramref name="stage"/>.</summary>
    /// <exception cref="ArgumentException">The stage is not one of <see cref="Stages.All"/>.</exception>
    public Contact SetStage(long contactId, string stage)
    {
        if (!Stages.IsKnown(stage))
        {
            throw new ArgumentException($"unknown stage '{stage}'; use one of {string.Join(", ", Stages.All)}", nameof(stage));
        }

        _store.InTransaction(tx =>
        {
            var changed = _store.Connection.Execute(
                "UPDATE contacts SET stage = @stage, updated_at = @now WHERE id = @contactId AND stage <> @stage",
                new { stage, contactId, now = _store.NowText() }, tx);
            return changed;
        });
        return Find(contactId) ?? throw new NotFoundException("contact", contactId.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private Contact EditTags(long contactId, IEnumerable<string> tags, string sql)
    {
        var normalized = tags.Select(Tags.Normalize).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        _store.InTransaction(tx =>
        {
            if (_store.Connection.ExecuteScalar<long>("SELECT count(*) FROM contacts WHERE id = @contactId", new { contactId }, tx) == 0)
            {
                throw new NotFoundException("contact", contactId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            var changed = 0;
            foreach (var tag in normalized)
            {
                changed += _store.Connection.Execute(sql, new { contactId, tag }, tx);
            }

            if (changed > 0)
            {
                _store.Connection.Execute("UPDATE contacts SET updated_at = @now WHERE id = @contactId", new { contactId, now = _store.NowText() }, tx);
            }

            return changed;
        });
        return Find(contactId) ?? throw new NotFoundException("contact", contactId.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
