using System.Globalization;
using Microsoft.Data.Sqlite;
using Playbook.Engine.Contacts;
using Playbook.Engine.Import.Reports;
using Playbook.Engine.Import.Writing;
using Playbook.Engine.Store;

namespace Playbook.Engine.Import.Profiles;

/// <summary>
/// Stores profiles (LinkedIn's "Save to PDF", or the copied text of a profile page) as their contacts' newer data:
/// the headline, the current role's company and title, the location, the profile URL and email (identity: the same
/// profile URL or email is the same person), and the About, positions, schools, skills, languages and certifications
/// on the contact's row. Newer wins, as for every import: a profile as of a date older than what the contact holds only
/// fills what is empty, and replaces a stored profile only when it was saved later. One transaction per profile.
/// </summary>
public sealed class ProfileImporter(ContactStore store)
{
    /// <summary>The source name recorded on contacts a profile created or added to.</summary>
    public const string SourceName = "profile";

    /// <summary>
    /// Reads <paramref name="profile"/> (from <paramref name="file"/>, named in errors) into the contact
    /// <paramref name="contactId"/>; returns whether anything of the contact changed.
    /// </summary>
    /// <exception cref="NotFoundException">No such contact.</exception>
    /// <exception cref="ProfileException">
    /// The profile's URL is another person's: the contact has a different profile URL, or another contact holds this one.
    /// </exception>
    public bool ReadInto(long contactId, Profile profile, string file)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var contact = store.Contacts.Find(contactId) ?? throw new NotFoundException("contact", contactId.ToString(CultureInfo.InvariantCulture));
        if (ProfileUrl.KeyOf(profile.ProfileUrl) is { } key)
        {
            if (ProfileUrl.KeyOf(contact.ProfileUrl) is { } own && own != key)
            {
                throw new ProfileException(file,
                    $"is the profile of {profile.ProfileUrl}, but contact {contactId} ({contact.FullName}) is {contact.ProfileUrl}; read it into the right contact");
            }

            if (store.Contacts.FindByProfileKey(key) is { } holder && holder.Id != contactId)
            {
                throw new ProfileException(file,
                    $"is the profile of {profile.ProfileUrl}, which contact {holder.Id} ({holder.FullName}) already has; read it into that contact, or merge the two with 'playbook contacts merge {holder.Id} {contactId}'");
            }
        }

        return store.InTransaction(transaction =>
        {
            using var writer = new ContactWriter(store.Connection, transaction, SourceName, store.Clock.GetUtcNow());
            var changed = writer.Update(contactId, Facts(profile, named: false), AsOf(profile)) != UpsertOutcome.Unchanged;
            changed |= WriteProfile(transaction, contactId, profile);
            writer.Complete();
            return changed;
        });
    }

    /// <summary>
    /// Imports the profile PDFs at <paramref name="paths"/>: files (a PDF named here that is not a profile, or cannot be
    /// read, fails that file) or folders (their <c>.pdf</c> files; one that is not a profile is skipped and listed). Each
    /// profile goes to the contact with its profile URL or email, or creates one.
    /// </summary>
    public ImportReport Import(IReadOnlyList<string> paths, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var reports = new List<FileReport>();
        var changed = new HashSet<long>();
        foreach (var path in paths)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Directory.Exists(path))
            {
                reports.Add(ImportFolder(path, changed, progress, cancellationToken));
            }
            else if (!File.Exists(path))
            {
                reports.Add(new FileReport { File = path, Error = "no such file or folder" });
            }
            else
            {
                reports.Add(ImportFile(path, changed));
            }
        }

        return new ImportReport(string.Join(", ", paths), reports) { ChangedContacts = changed };
    }

    private FileReport ImportFile(string path, HashSet<long> changed)
    {
        var tally = new FileTally(path);
        try
        {
            var created = Store(ProfileReader.Read(path), tally, changed);
            return tally.ToReport(created);
        }
        catch (ProfileException e)
        {
            return new FileReport { File = path, Error = e.Reason };
        }
        catch (Exception e) when (FileFailure.ReasonFor(e) is { } reason)
        {
            return new FileReport { File = path, Error = reason };
        }
    }

    /// <summary>
    /// The PDFs of <paramref name="folder"/>, read on every core a few ahead of the store (reading a PDF costs more than
    /// storing it), stored in order, one transaction each.
    /// </summary>
    private FileReport ImportFolder(string folder, HashSet<long> changed, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var tally = new FileTally(folder);
        var files = Directory.EnumerateFiles(folder, "*.pdf", new EnumerationOptions { MatchCasing = MatchCasing.CaseInsensitive })
            .Order(StringComparer.Ordinal).ToList();
        var created = 0;
        var read = files.AsParallel().AsOrdered().WithCancellation(cancellationToken)
            .WithDegreeOfParallelism(Math.Max(1, Environment.ProcessorCount))
            .Select(file => (File: file, Result: TryRead(file)));
        var done = 0;
        foreach (var (file, result) in read)
        {
            if (result.Profile is { } profile)
            {
                try
                {
                    created += Store(profile, tally, changed);
                }
                catch (Exception e) when (FileFailure.ReasonFor(e) is { } reason)
                {
                    tally.SkipFile(file, reason);
                }
            }
            else
            {
                tally.SkipFile(file, result.Problem!);
            }

            progress?.Report(new ImportProgress(folder, ++done, (double)done / files.Count));
        }

        return tally.ToReport(created);
    }

    private static (Profile? Profile, string? Problem) TryRead(string file)
    {
        try
        {
            return (ProfileReader.Read(file), null);
        }
        catch (ProfileException e)
        {
            return (null, e.Reason);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, $"cannot be read ({e.Message})");
        }
    }

    /// <summary>Stores one profile; returns 1 when it created its contact.</summary>
    private int Store(Profile profile, FileTally tally, HashSet<long> changed) => store.InTransaction(transaction =>
    {
        using var writer = new ContactWriter(store.Connection, transaction, SourceName, store.Clock.GetUtcNow());
        var (id, outcome) = writer.Upsert(Facts(profile, named: true), AsOf(profile));
        var wrote = WriteProfile(transaction, id, profile);
        writer.Complete();
        tally.Count(outcome == UpsertOutcome.Unchanged && wrote ? UpsertOutcome.Updated : outcome);
        if (outcome != UpsertOutcome.Added && (wrote || outcome == UpsertOutcome.Updated))
        {
            changed.Add(id);
        }

        return writer.Created;
    });

    /// <summary>What the profile says of the contact's own fields; the name only for a contact it creates.</summary>
    private static ContactFacts Facts(Profile profile, bool named)
    {
        var current = profile.Current.FirstOrDefault();
        var (first, last) = named ? SplitName(profile.FullName) : (null, null);
        return new ContactFacts
        {
            FirstName = first,
            LastName = last,
            Headline = profile.Headline,
            Company = current?.Company,
            Position = current?.Title,
            Location = profile.Location,
            ProfileUrl = profile.ProfileUrl,
            Emails = profile.Emails,
        };
    }

    private static (string? First, string? Last) SplitName(string fullName)
    {
        var parts = fullName.Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length switch
        {
            0 => (null, null),
            1 => (parts[0], null),
            _ => (parts[0], parts[1]),
        };
    }

    private DateOnly AsOf(Profile profile) => DateOnly.FromDateTime(Saved(profile).UtcDateTime);

    private DateTimeOffset Saved(Profile profile) => profile.SavedAt ?? store.Clock.GetUtcNow();

    /// <summary>
    /// Writes the profile's lists on the contact's row unless a profile saved later is stored; returns whether what the
    /// row holds changed (reading the same profile again only records when it was read).
    /// </summary>
    private bool WriteProfile(SqliteTransaction transaction, long contactId, Profile profile)
    {
        var saved = StoreFormat.Instant(Saved(profile));
        var now = StoreFormat.Instant(store.Clock.GetUtcNow());
        string?[] incoming =
        [
            profile.About,
            ProfileColumns.Write(profile.Positions),
            ProfileColumns.Write(profile.Schools),
            ProfileColumns.Write(profile.Skills),
            ProfileColumns.Write(profile.Languages),
            ProfileColumns.Write(profile.Certifications),
        ];
        using var statements = new Statements(store.Connection, transaction);
        var load = statements.Prepare(
            "SELECT about, positions_json, schools_json, skills_json, languages_json, certifications_json, profile_saved_at FROM contacts WHERE id = $p0", 1);
        Statements.Bind(load, contactId);
        string?[] stored = new string?[7];
        using (var reader = load.ExecuteReader())
        {
            reader.Read();
            for (var i = 0; i < stored.Length; i++)
            {
                stored[i] = reader.IsDBNull(i) ? null : reader.GetString(i);
            }
        }

        if (stored[6] is { } storedSaved && string.CompareOrdinal(storedSaved, saved) > 0)
        {
            return false;
        }

        var same = incoming.Select((value, i) => string.Equals(value, stored[i], StringComparison.Ordinal)).All(equal => equal);
        var update = statements.Prepare(
            """
            UPDATE contacts SET about = $p1, positions_json = $p2, schools_json = $p3, skills_json = $p4, languages_json = $p5,
                certifications_json = $p6, profile_saved_at = $p7, profile_read_at = $p8,
                updated_at = CASE WHEN $p9 THEN updated_at ELSE $p8 END
            WHERE id = $p0
            """, 10);
        Statements.Bind(update, contactId, incoming[0], incoming[1], incoming[2], incoming[3], incoming[4], incoming[5], saved, now, same);
        update.ExecuteNonQuery();
        return !same;
    }
}
