using Playbook.Engine.Contacts;
using Playbook.Engine.Store;

namespace Playbook.Benchmarks;

/// <summary>
/// The ceiling the importer is measured against: the same rows written into the same schema by a
/// hand-written loop of prepared statements, one transaction per file, with nothing checked or parsed.
/// </summary>
internal static class RawLoop
{
    public static void Write(ContactStore store, SyntheticExport export, bool includeEvents = true)
    {
        var connection = store.Connection;
        var now = DateTimeOffset.UnixEpoch.AddYears(56);
        var nowText = now.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        var ids = new Dictionary<string, long>(StringComparer.Ordinal);

        using (var tx = connection.BeginTransaction())
        {
            using var contact = Sql.Prepare(connection, tx, """
                INSERT INTO contacts (first_name, last_name, full_name, name_key, company, position, profile_url, profile_key, connected_on, as_of, created_at, updated_at, emails_json, sources_json)
                VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10, $p10, $p11, '["linkedin"]') RETURNING id
                """, 12);
            using var source = Sql.Prepare(connection, tx, "INSERT INTO contact_sources (contact_id, source, first_seen) VALUES ($p0, 'linkedin', $p1)", 2);
            using var email = Sql.Prepare(connection, tx, "INSERT INTO contact_emails (contact_id, email, email_key, position) VALUES ($p0, $p1, $p2, 0)", 3);
            using var imported = Sql.Prepare(connection, tx, """
                INSERT INTO events (contact_id, kind, at, at_ticks, body, source, source_hash, created_at) VALUES ($p0, 'contact.imported', $p1, $p2, 'from linkedin', $p3, $p4, $p1)
                """, 5);
            using var search = Sql.Prepare(connection, tx, """
                INSERT INTO contact_search (rowid, name, company, position, headline, location, emails, notes) VALUES ($p0, $p1, $p2, $p3, NULL, NULL, $p4, NULL)
                """, 5);
            foreach (var p in export.Connections)
            {
                var key = ProfileUrl.KeyOf(p.Url)!;
                var fullName = p.FullName;
                var id = (long)Sql.Run(contact, true, p.First, p.Last, fullName, NameKey.Of(fullName), p.Company, p.Position, p.Url, key,
                    p.ConnectedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "2026-11-30", nowText,
                    p.Email is null ? "[]" : $"[\"{p.Email}\"]")!;
                ids[key] = id;
                Sql.Run(source, false, id, nowText);
                if (p.Email is not null)
                {
                    Sql.Run(email, false, id, p.Email, p.Email.ToLowerInvariant());
                }

                if (includeEvents)
                {
                    Sql.Run(imported, false, id, nowText, now.UtcTicks, $"contact.imported:{id}", SourceKey.Hash($"contact.imported:{id}"));
                }

                Sql.Run(search, false, id, fullName, p.Company, p.Position, p.Email);
            }

            if (includeEvents)
            {
                using var pending = Sql.Prepare(connection, tx, """
                    INSERT INTO contacts (first_name, last_name, full_name, name_key, profile_url, profile_key, as_of, created_at, updated_at, sources_json)
                    VALUES ($p0, $p1, $p2, $p3, $p4, $p5, '2026-11-30', $p6, $p6, '["linkedin"]') RETURNING id
                    """, 7);
                using var evt = Sql.Prepare(connection, tx, """
                    INSERT INTO events (contact_id, kind, at, at_ticks, channel, direction, body, conversation_id, source, source_hash, created_at)
                    VALUES ($p0, $p1, $p2, $p3, 'linkedin', $p4, $p5, $p6, $p7, $p9, $p8)
                    """, 10);
                foreach (var i in export.Invitations)
                {
                    var key = ProfileUrl.KeyOf(i.Other.Url)!;
                    if (!ids.TryGetValue(key, out var id))
                    {
                        id = (long)Sql.Run(pending, true, i.Other.First, i.Other.Last, i.Other.FullName, NameKey.Of(i.Other.FullName), i.Other.Url, key, nowText)!;
                        ids[key] = id;
                        Sql.Run(source, false, id, nowText);
                        Sql.Run(search, false, id, i.Other.FullName, null, null, null);
                    }

                    Sql.Run(evt, false, id, i.Incoming ? "invitation.received" : "invitation.sent", i.At.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
                        i.At.UtcTicks, i.Incoming ? "in" : "out", i.Note, null, $"linkedin:invitation:{key}:{i.At.UtcTicks}", nowText, SourceKey.Hash($"linkedin:invitation:{key}:{i.At.UtcTicks}"));
                }

                foreach (var m in export.Messages)
                {
                    var key = ProfileUrl.KeyOf(m.Other.Url)!;
                    Sql.Run(evt, false, ids[key], m.FromOwner ? "message.sent" : "message.received", m.At.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
                        m.At.UtcTicks, m.FromOwner ? "out" : "in", m.Content, m.ConversationId, $"linkedin:message:{m.ConversationId}:{m.At.UtcTicks}:{key}:{m.Content.Length}", nowText,
                        SourceKey.Hash($"linkedin:message:{m.ConversationId}:{m.At.UtcTicks}:{key}:{m.Content.Length}"));
                }
            }

            tx.Commit();
        }
    }
}
