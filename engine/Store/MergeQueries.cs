using System.Globalization;
using Dapper;
using Playbook.Engine.Contacts;

namespace Playbook.Engine.Store;

/// <summary>
/// People the store may hold twice: same name and same company is a merge candidate, and so is a person from X or
/// Facebook (a contact with a network identity) whose name, or the name signed in one of their messages, is another
/// contact's; none is ever merged without the user. A merge keeps every field, email, phone, tag, web address,
/// identity, event and source of both.
/// </summary>
public sealed class MergeQueries
{
    private readonly ContactStore _store;

    internal MergeQueries(ContactStore store) => _store = store;

    /// <summary>Evidence that two contacts have the same name and company.</summary>
    public const string SameNameAndCompany = "same name and company";

    /// <summary>Evidence that a person from X or Facebook has another contact's name.</summary>
    public const string SameName = "same name";

    /// <summary>
    /// Pairs of contacts that may be one person, with the evidence: the same name (accents and case aside) and the same
    /// company; a person from X or Facebook with another contact's full name, whatever the company; a person from X or
    /// Facebook who signs a message with another contact's full name. Each pair once, with all its evidence.
    /// </summary>
    public IReadOnlyList<MergeCandidate> Candidates()
    {
        var connection = _store.Connection;
        var found = new Dictionary<(long, long), (long First, long Second, List<string> Evidence)>();
        void Add(long a, long b, string evidence, bool aIsTheNetworksPerson = false)
        {
            var key = (Math.Min(a, b), Math.Max(a, b));
            if (!found.TryGetValue(key, out var pair))
            {
                // Keep the contact the user already had: the one that is not only a network's person.
                pair = aIsTheNetworksPerson ? (b, a, []) : (key.Item1, key.Item2, []);
                found[key] = pair;
            }

            // "same name and company" already says "same name".
            if (!pair.Evidence.Contains(evidence) && !(evidence == SameName && pair.Evidence.Contains(SameNameAndCompany)))
            {
                pair.Evidence.Add(evidence);
            }
        }

        foreach (var (a, b) in connection.Query<(long A, long B)>(
            """
            SELECT a.id, b.id FROM contacts a
            JOIN contacts b ON b.name_key = a.name_key AND b.id > a.id
            WHERE a.name_key <> '' AND lower(trim(coalesce(a.company, ''))) = lower(trim(coalesce(b.company, '')))
              -- A network's person shown by a handle or a signed name has no name of their own to compare.
              AND NOT (a.first_name IS NULL AND a.last_name IS NULL AND a.id IN (SELECT contact_id FROM contact_identities))
              AND NOT (b.first_name IS NULL AND b.last_name IS NULL AND b.id IN (SELECT contact_id FROM contact_identities))
            """))
        {
            Add(a, b, SameNameAndCompany, IsNetworkOnly(connection, a) && !IsNetworkOnly(connection, b));
        }

        // A name the network gave (not one made of a handle or a signature), of two words or more: one word is no evidence.
        foreach (var (networkPerson, other) in connection.Query<(long A, long B)>(
            """
            SELECT DISTINCT a.id, b.id FROM contacts a
            JOIN contacts b ON b.name_key = a.name_key AND b.id <> a.id
            WHERE a.id IN (SELECT contact_id FROM contact_identities) AND a.name_key LIKE '% %'
              AND (a.first_name IS NOT NULL OR a.last_name IS NOT NULL)
            """))
        {
            Add(networkPerson, other, SameName, !IsNetworkOnly(connection, other) || networkPerson > other);
        }

        foreach (var (networkPerson, other, day) in Signatures(connection))
        {
            Add(networkPerson, other, $"signature in a DM of {day:yyyy-MM-dd}", !IsNetworkOnly(connection, other) || networkPerson > other);
        }

        return found.Values
            .Select(p => new MergeCandidate(Require(p.First), Require(p.Second), p.Evidence))
            .OrderBy(c => NameKey.Of(c.First.FullName), StringComparer.Ordinal).ThenBy(c => c.First.Id).ThenBy(c => c.Second.Id)
            .ToList();
    }

    /// <summary>
    /// The contacts named by the signature of a message received from a person of X or Facebook: (that person, the
    /// contact signed for, the day of the first such message).
    /// </summary>
    private static List<(long NetworkPerson, long Other, DateOnly Day)> Signatures(System.Data.IDbConnection connection)
    {
        var byName = new Dictionary<string, List<long>>(StringComparer.Ordinal);
        foreach (var (id, nameKey) in connection.Query<(long Id, string NameKey)>("SELECT id, name_key FROM contacts WHERE name_key LIKE '% %'"))
        {
            if (!byName.TryGetValue(nameKey, out var ids))
            {
                byName[nameKey] = ids = [];
            }

            ids.Add(id);
        }

        var found = new List<(long, long, DateOnly)>();
        var seen = new HashSet<(long, long)>();
        foreach (var (contact, at, body) in connection.Query<(long ContactId, string At, string Body)>(
            """
            SELECT e.contact_id, e.at, e.body FROM events e
            WHERE e.kind = 'message.received' AND e.channel IN ('x', 'facebook') AND e.body IS NOT NULL
              AND e.contact_id IN (SELECT contact_id FROM contact_identities)
            ORDER BY e.at_ticks, e.id
            """))
        {
            if (SignedName.Of(body) is not { } signed || !byName.TryGetValue(NameKey.Of(signed), out var named))
            {
                continue;
            }

            foreach (var other in named.Where(o => o != contact && seen.Add((contact, o))))
            {
                found.Add((contact, other, DateOnly.FromDateTime(DateTimeOffset.Parse(at, CultureInfo.InvariantCulture).UtcDateTime)));
            }
        }

        return found;
    }

    /// <summary>Whether the contact came only from a network that gives no profile URL or email (it has an identity there).</summary>
    private static bool IsNetworkOnly(System.Data.IDbConnection connection, long id) =>
        connection.ExecuteScalar<long>("SELECT count(*) FROM contact_identities WHERE contact_id = @id", new { id }) > 0;

    /// <summary>
    /// Folds <paramref name="mergedId"/> into <paramref name="keptId"/>: the kept contact's values win, the
    /// merged one fills what is missing; lists, events and sources join; the merged contact is removed.
    /// </summary>
    /// <returns>The kept contact as it is now.</returns>
    public Contact Merge(long keptId, long mergedId)
    {
        if (keptId == mergedId)
        {
            throw new ArgumentException($"cannot merge contact {keptId} with itself", nameof(mergedId));
        }

        var kept = Require(keptId);
        var merged = Require(mergedId);
        _store.InTransaction(tx =>
        {
            var connection = _store.Connection;
            var parameters = new { keptId, mergedId, now = _store.NowText() };
            connection.Execute("UPDATE contacts SET profile_key = NULL WHERE id = @mergedId", parameters, tx);
            var names = kept.FirstName is not null || kept.LastName is not null ? kept : merged;
            var fullName = names.FirstName is null && names.LastName is null ? kept.FullName : NameKey.Join(names.FirstName, names.LastName);
            var profileUrl = kept.ProfileUrl ?? merged.ProfileUrl;
            connection.Execute(
                """
                UPDATE contacts SET first_name = @first, last_name = @last, full_name = @fullName, name_key = @nameKey,
                    headline = @headline, company = @company, position = @position, location = @location,
                    profile_url = @profileUrl, profile_key = @profileKey, stage = @stage, notes = @notes, connected_on = @connectedOn,
                    as_of = max(as_of, (SELECT as_of FROM contacts WHERE id = @mergedId)),
                    created_at = min(created_at, (SELECT created_at FROM contacts WHERE id = @mergedId)),
                    updated_at = @now
                WHERE id = @keptId
                """,
                new
                {
                    keptId, mergedId, now = _store.NowText(),
                    first = names.FirstName, last = names.LastName, fullName, nameKey = NameKey.Of(fullName),
                    headline = kept.Headline ?? merged.Headline,
                    company = kept.Company ?? merged.Company,
                    position = kept.Position ?? merged.Position,
                    location = kept.Location ?? merged.Location,
                    profileUrl,
                    profileKey = ProfileUrl.KeyOf(profileUrl),
                    stage = FurtherStage(kept.Stage, merged.Stage),
                    notes = JoinNotes(kept.Notes, merged.Notes),
                    connectedOn = EarlierDay(kept.ConnectedOn, merged.ConnectedOn),
                },
                tx);

            connection.Execute(
                """
                UPDATE contact_emails SET contact_id = @keptId,
                    position = position + (SELECT count(*) FROM contact_emails WHERE contact_id = @keptId)
                WHERE contact_id = @mergedId;
                INSERT OR IGNORE INTO contact_phones (contact_id, phone, position)
                    SELECT @keptId, phone, position + (SELECT count(*) FROM contact_phones WHERE contact_id = @keptId)
                    FROM contact_phones WHERE contact_id = @mergedId;
                INSERT OR IGNORE INTO contact_urls (contact_id, url, position)
                    SELECT @keptId, url, position + (SELECT count(*) FROM contact_urls WHERE contact_id = @keptId)
                    FROM contact_urls WHERE contact_id = @mergedId;
                INSERT OR IGNORE INTO contact_tags (contact_id, tag) SELECT @keptId, tag FROM contact_tags WHERE contact_id = @mergedId;
                INSERT OR IGNORE INTO contact_sources (contact_id, source, first_seen)
                    SELECT @keptId, source, first_seen FROM contact_sources WHERE contact_id = @mergedId;
                UPDATE contact_identities SET contact_id = @keptId WHERE contact_id = @mergedId;
                -- The later saved of the two profiles, when either has one.
                UPDATE contacts SET (about, positions_json, schools_json, skills_json, languages_json, certifications_json,
                                     profile_saved_at, profile_read_at) =
                    (SELECT m.about, m.positions_json, m.schools_json, m.skills_json, m.languages_json, m.certifications_json,
                            m.profile_saved_at, m.profile_read_at
                     FROM contacts m WHERE m.id = @mergedId)
                WHERE id = @keptId
                  AND (SELECT profile_saved_at FROM contacts WHERE id = @mergedId) > coalesce(profile_saved_at, '');
                UPDATE events SET contact_id = @keptId WHERE contact_id = @mergedId;
                UPDATE runs SET contact_id = @keptId WHERE contact_id = @mergedId;
                UPDATE drafts SET contact_id = @keptId WHERE contact_id = @mergedId;
                UPDATE tasks SET contact_id = @keptId WHERE contact_id = @mergedId;
                UPDATE tasks SET linked_contact_id = @keptId WHERE linked_contact_id = @mergedId;
                DELETE FROM contacts WHERE id = @mergedId;
                DELETE FROM contact_search WHERE rowid = @mergedId;
                """, parameters, tx);
            DerivedData.Refresh(connection, tx, [keptId]);
            return 0;
        });

        return Require(keptId);
    }

    private Contact Require(long id) =>
        _store.Contacts.Find(id) ?? throw new NotFoundException("contact", id.ToString(CultureInfo.InvariantCulture));

    /// <summary>The stage further along; dormant only when both are.</summary>
    private static string FurtherStage(string a, string b)
    {
        static int Rank(string stage) => stage == Stages.Dormant ? -1 : Stages.All.ToList().IndexOf(stage);
        return Rank(b) > Rank(a) ? b : a;
    }

    private static string? JoinNotes(string? a, string? b) =>
        string.IsNullOrWhiteSpace(a) ? b
        : string.IsNullOrWhiteSpace(b) || a.Contains(b, StringComparison.Ordinal) ? a
        : a + "\n\n" + b;

    private static string? EarlierDay(DateOnly? a, DateOnly? b)
    {
        var day = a is null ? b : b is null ? a : a < b ? a : b;
        return day is { } d ? StoreFormat.Date(d) : null;
    }
}
