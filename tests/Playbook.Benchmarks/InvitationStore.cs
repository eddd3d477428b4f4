using System.Globalization;
using Playbook.Engine.Contacts;
using Playbook.Engine.Store;
using Playbook.Engine.Time;

namespace Playbook.Benchmarks;

/// <summary>
/// The store the runtime benchmark starts from: contacts with names, most with a company, many with a location,
/// each with one fresh, unanswered <c>invitation.received</c>, and a me-profile; written with prepared statements in
/// one transaction. Also the replies the tick phase needs.
/// </summary>
internal static class InvitationStore
{
    // Places PlaceLanguages knows (Spanish-, English-, German-speaking and others) and some it does not.
    private static readonly string[] Locations =
    [
        "Madrid, Community of Madrid, Spain", "Barcelona, Catalonia, Spain", "Greater Madrid Metropolitan Area", "Valencia y alrededores",
        "Ciudad de México, México", "Buenos Aires, Argentina", "London, England, United Kingdom", "San Francisco Bay Area",
        "New York, New York, United States", "Dublin, County Dublin, Ireland", "Berlin, Germany", "München, Bayern, Deutschland",
        "Paris, Île-de-France, France", "Lisbon, Portugal", "Milan, Lombardy, Italy", "Amsterdam, North Holland, Netherlands",
    ];

    private static readonly string[] Notes =
    [
        "Hola Ana, me gustaría conectar contigo para hablar de e-commerce",
        "Hi Ana, I would love to connect and hear about your work",
        "Hola, ¿conectamos?",
    ];

    /// <summary>Writes <paramref name="contacts"/> contacts with one invitation each, dated within the 14 days before <paramref name="now"/>.</summary>
    public static void Write(string path, int contacts, DateTimeOffset now, int seed = 42)
    {
        var export = SyntheticExport.Generate(contacts, 0, 0, seed);
        var random = new Random(seed);
        var nowText = Instant(now);
        using var store = ContactStore.Open(path, new FixedTimeProvider(now));
        var connection = store.Connection;
        using var tx = connection.BeginTransaction();
        using var contact = Sql.Prepare(connection, tx, """
            INSERT INTO contacts (first_name, last_name, full_name, name_key, company, position, location, profile_url, profile_key, connected_on, as_of, created_at, updated_at, sources_json)
            VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10, $p11, $p11, '["linkedin"]') RETURNING id
            """, 12);
        using var source = Sql.Prepare(connection, tx, "INSERT INTO contact_sources (contact_id, source, first_seen) VALUES ($p0, 'linkedin', $p1)", 2);
        using var search = Sql.Prepare(connection, tx, """
            INSERT INTO contact_search (rowid, name, company, position, headline, location, emails, notes) VALUES ($p0, $p1, $p2, $p3, NULL, $p4, NULL, NULL)
            """, 5);
        using var invitation = Sql.Prepare(connection, tx, """
            INSERT INTO events (contact_id, kind, at, at_ticks, channel, direction, body, source, source_hash, created_at)
            VALUES ($p0, 'invitation.received', $p1, $p2, 'linkedin', 'in', $p3, $p4, $p5, $p6)
            """, 7);
        var asOf = DateOnly.FromDateTime(now.UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        foreach (var p in export.Connections)
        {
            // A fifth without a company, a fifth without a position, a quarter without a location: every branch of the templates.
            var company = random.Next(5) == 0 ? null : p.Company;
            var position = random.Next(5) == 0 ? null : p.Position;
            var location = random.Next(4) == 0 ? null : Locations[random.Next(Locations.Length)];
            var key = ProfileUrl.KeyOf(p.Url)!;
            var id = (long)Sql.Run(contact, true, p.First, p.Last, p.FullName, NameKey.Of(p.FullName), company, position, location, p.Url, key,
                p.ConnectedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), asOf, nowText)!;
            Sql.Run(source, false, id, nowText);
            Sql.Run(search, false, id, p.FullName, company, position, location);

            // Within max_age (14 days), an hour of margin so that no event sits on the edge.
            var at = now.AddMinutes(-random.Next(60, 14 * 24 * 60));
            var sourceKey = $"linkedin:invitation:{key}:{at.UtcTicks}";
            Sql.Run(invitation, false, id, Instant(at), at.UtcTicks, random.Next(20) == 0 ? Notes[random.Next(Notes.Length)] : null,
                sourceKey, SourceKey.Hash(sourceKey), nowText);
        }

        using (var me = Sql.Prepare(connection, tx, """
            INSERT INTO me_profile (id, first_name, last_name, profile_url, headline, location, as_of)
            VALUES (1, 'Ana', 'García Ruiz', $p0, 'Consultora de e-commerce', 'Madrid, Spain', $p1)
            """, 2))
        {
            Sql.Run(me, false, SyntheticExport.OwnerUrl, asOf);
        }

        using (var language = Sql.Prepare(connection, tx, "INSERT INTO me_languages (ordinal, name, proficiency) VALUES ($p0, $p1, NULL)", 2))
        {
            Sql.Run(language, false, 0, "Spanish");
            Sql.Run(language, false, 1, "English");
        }

        // Two of the ten companies and a few words of the positions in common: the analysis finds former colleagues,
        // skills and nothing alike, and the welcome takes each of its branches (a low fit among them).
        using (var position = Sql.Prepare(connection, tx, "INSERT INTO me_positions (ordinal, company, title, started_on, finished_on) VALUES ($p0, $p1, $p2, $p3, $p4)", 5))
        {
            Sql.Run(position, false, 0, "García Ruiz Consultoría", "Fundadora", "Jun 2024", null);
            Sql.Run(position, false, 1, "Tiendas Aurora", "Responsable de E-commerce", "Sep 2019", "May 2024");
            Sql.Run(position, false, 2, "Nubo Digital", "Consultora SEO", "Jun 2016", "Aug 2019");
        }

        using (var skill = Sql.Prepare(connection, tx, "INSERT INTO me_skills (ordinal, name) VALUES ($p0, $p1)", 2))
        {
            string[] skills = ["E-commerce", "Shopify", "SEO", "Growth Marketing", "Marketplaces", "Google Analytics", "Data Analysis"];
            for (var i = 0; i < skills.Length; i++)
            {
                Sql.Run(skill, false, i, skills[i]);
            }
        }

        tx.Commit();
    }

    /// <summary>Adds a <c>message.received</c> at <paramref name="at"/> for every <paramref name="every"/>th contact; returns how many.</summary>
    public static int AddReplies(ContactStore store, int every, DateTimeOffset at)
    {
        var connection = store.Connection;
        using var tx = connection.BeginTransaction();
        using var select = connection.CreateCommand();
        select.Transaction = tx;
        select.CommandText = "SELECT id FROM contacts WHERE id % $p0 = 0 ORDER BY id";
        select.Parameters.AddWithValue("$p0", every);
        var ids = new List<long>();
        using (var reader = select.ExecuteReader())
        {
            while (reader.Read())
            {
                ids.Add(reader.GetInt64(0));
            }
        }

        using var reply = Sql.Prepare(connection, tx, """
            INSERT INTO events (contact_id, kind, at, at_ticks, channel, direction, body, source, source_hash, created_at)
            VALUES ($p0, 'message.received', $p1, $p2, 'linkedin', 'in', 'Thanks Ana, happy to talk next week.', $p3, $p4, $p1)
            """, 5);
        foreach (var id in ids)
        {
            var sourceKey = string.Create(CultureInfo.InvariantCulture, $"benchmark:reply:{id}:{at.UtcTicks}");
            Sql.Run(reply, false, id, Instant(at), at.UtcTicks, sourceKey, SourceKey.Hash(sourceKey));
        }

        tx.Commit();
        return ids.Count;
    }

    /// <summary>Copies a closed store file (and its WAL, if one was left) so that each measured path starts from the same bytes.</summary>
    public static void Copy(string from, string to)
    {
        foreach (var suffix in (string[])["-wal", "-shm"])
        {
            File.Delete(to + suffix);
        }

        File.Copy(from, to, overwrite: true);
        if (File.Exists(from + "-wal"))
        {
            File.Copy(from + "-wal", to + "-wal");
        }
    }

    private static string Instant(DateTimeOffset value) => StoreFormat.Instant(value);
}
