using Dapper;
using Playbook.Engine.Contacts;
using Playbook.Engine.Import.Csv;
using Playbook.Engine.Import.Writing;
using Playbook.Engine.Store;

namespace Playbook.Engine.Import.LinkedIn;

/// <summary>
/// The owner's own files: Profile.csv, Positions.csv, Education.csv, Skills.csv, Languages.csv and Email Addresses.csv
/// make the me-profile. Each is a section replaced whole, unless the stored one came from a newer export.
/// </summary>
internal static class MeProfileFiles
{
    public static void ImportProfile(Stream stream, LinkedInFileContext context)
    {
        using var records = CsvFile.Read(stream).GetEnumerator();
        var header = context.RequireHeader(records, "First Name", "First Name,Last Name,...,Headline,Summary", "First Name", "Last Name");
        CsvRecord? row = null;
        while (records.MoveNext())
        {
            if (!records.Current.IsBlank)
            {
                row = records.Current;
                break;
            }
        }

        if (row is not { } found || !context.HasHeaderWidth(found, header))
        {
            return;
        }

        var f = found.Fields;
        var values = new
        {
            firstName = CsvHeader.Cell(f, header.IndexOf("First Name")),
            lastName = CsvHeader.Cell(f, header.IndexOf("Last Name")),
            profileUrl = context.Owner.ProfileUrl,
            headline = CsvHeader.Cell(f, header.IndexOf("Headline")),
            summary = CsvHeader.Cell(f, header.IndexOf("Summary")),
            industry = CsvHeader.Cell(f, header.IndexOf("Industry")),
            location = CsvHeader.Cell(f, header.IndexOf("Geo Location", "Location")),
            asOf = StoreFormat.Date(context.AsOf),
        };

        var before = context.Connection.QuerySingleOrDefault<string?>(
            "SELECT json_array(first_name, last_name, profile_url, headline, summary, industry, location) FROM me_profile WHERE id = 1",
            transaction: context.Transaction);
        if (!MeProfileQueries.TryClaimSection(context.Connection, context.Transaction, "profile", context.AsOf))
        {
            context.Tally.Count(UpsertOutcome.Unchanged);
            return;
        }

        context.Connection.Execute(
            """
            INSERT INTO me_profile (id, first_name, last_name, profile_url, headline, summary, industry, location, as_of)
            VALUES (1, @firstName, @lastName, @profileUrl, @headline, @summary, @industry, @location, @asOf)
            ON CONFLICT(id) DO UPDATE SET first_name = excluded.first_name, last_name = excluded.last_name,
                profile_url = coalesce(excluded.profile_url, me_profile.profile_url), headline = excluded.headline,
                summary = excluded.summary, industry = excluded.industry, location = excluded.location, as_of = excluded.as_of
            """, values, context.Transaction);
        var after = context.Connection.QuerySingle<string>(
            "SELECT json_array(first_name, last_name, profile_url, headline, summary, industry, location) FROM me_profile WHERE id = 1",
            transaction: context.Transaction);
        context.Tally.Count(before is null ? UpsertOutcome.Added : before == after ? UpsertOutcome.Unchanged : UpsertOutcome.Updated);
    }

    public static void ImportPositions(Stream stream, LinkedInFileContext context) =>
        ImportSection(stream, context, "positions", "Company Name", "Company Name,Title,Description,Location,Started On,Finished On",
            (header, f) => CsvHeader.Cell(f, header.IndexOf("Company Name")) is { } company
                ? new object?[] { company, CsvHeader.Cell(f, header.IndexOf("Title")), CsvHeader.Cell(f, header.IndexOf("Location")), CsvHeader.Cell(f, header.IndexOf("Started On")), CsvHeader.Cell(f, header.IndexOf("Finished On")) }
                : null,
            "me_positions", ["company", "title", "location", "started_on", "finished_on"]);

    public static void ImportEducation(Stream stream, LinkedInFileContext context) =>
        ImportSection(stream, context, "schools", "School Name", "School Name,Start Date,End Date,Notes,Degree Name,Activities",
            (header, f) => CsvHeader.Cell(f, header.IndexOf("School Name")) is { } school
                ? new object?[] { school, CsvHeader.Cell(f, header.IndexOf("Degree Name")), CsvHeader.Cell(f, header.IndexOf("Start Date")), CsvHeader.Cell(f, header.IndexOf("End Date")) }
                : null,
            "me_schools", ["name", "degree", "started_on", "finished_on"]);

    public static void ImportSkills(Stream stream, LinkedInFileContext context) =>
        ImportSection(stream, context, "skills", "Name", "Name",
            (header, f) => CsvHeader.Cell(f, header.IndexOf("Name")) is { } skill ? new object?[] { skill } : null,
            "me_skills", ["name"]);

    public static void ImportLanguages(Stream stream, LinkedInFileContext context) =>
        ImportSection(stream, context, "languages", "Name", "Name,Proficiency",
            (header, f) => CsvHeader.Cell(f, header.IndexOf("Name")) is { } language ? new object?[] { language, CsvHeader.Cell(f, header.IndexOf("Proficiency")) } : null,
            "me_languages", ["name", "proficiency"]);

    /// <summary>Email Addresses.csv: the owner's own addresses, which tell the mail they sent from the mail they received.</summary>
    public static void ImportEmails(Stream stream, LinkedInFileContext context) =>
        ImportSection(stream, context, "emails", "Email Address", "Email Address,Confirmed,Primary,Updated On",
            (header, f) => CsvHeader.Cell(f, header.IndexOf("Email Address")) is { } email ? new object?[] { email.Trim() } : null,
            "me_emails", ["email"]);

    /// <summary>Fills in the owner's name and profile URL when no Profile.csv gave them.</summary>
    public static void RecordOwner(ExportOwner owner, Microsoft.Data.Sqlite.SqliteConnection connection, DateOnly asOf)
    {
        if (!owner.IsKnown)
        {
            return;
        }

        var (first, last) = NameKey.Split(owner.Name);
        connection.Execute(
            """
            INSERT INTO me_profile (id, first_name, last_name, profile_url, as_of) VALUES (1, @first, @last, @url, @asOf)
            ON CONFLICT(id) DO UPDATE SET first_name = coalesce(me_profile.first_name, excluded.first_name),
                last_name = coalesce(me_profile.last_name, excluded.last_name),
                profile_url = coalesce(me_profile.profile_url, excluded.profile_url)
            """, new { first, last, url = owner.ProfileUrl, asOf = StoreFormat.Date(asOf) });
    }

    private static void ImportSection(
        Stream stream, LinkedInFileContext context, string section, string firstColumn, string expected,
        Func<CsvHeader, string[], object?[]?> read, string table, string[] columns)
    {
        using var records = CsvFile.Read(stream).GetEnumerator();
        var header = context.RequireHeader(records, firstColumn, expected, firstColumn);
        var rows = new List<object?[]>();
        while (records.MoveNext())
        {
            var record = records.Current;
            if (record.IsBlank || !context.HasHeaderWidth(record, header))
            {
                continue;
            }

            if (read(header, record.Fields) is { } values)
            {
                rows.Add(values);
            }
            else
            {
                context.Tally.Skip(record.Line, $"'{firstColumn}' is empty");
            }
        }

        var columnList = string.Join(", ", columns);
        var before = context.Connection.Query<string>($"SELECT json_array({columnList}) FROM {table} ORDER BY ordinal", transaction: context.Transaction).ToList();
        if (!MeProfileQueries.TryClaimSection(context.Connection, context.Transaction, section, context.AsOf))
        {
            for (var i = 0; i < rows.Count; i++)
            {
                context.Tally.Count(UpsertOutcome.Unchanged);
            }

            return;
        }

        context.Connection.Execute($"DELETE FROM {table}", transaction: context.Transaction);
        var parameters = string.Join(", ", columns.Select((_, i) => $"@p{i}"));
        for (var ordinal = 0; ordinal < rows.Count; ordinal++)
        {
            var dynamicParameters = new DynamicParameters();
            dynamicParameters.Add("ordinal", ordinal);
            for (var i = 0; i < columns.Length; i++)
            {
                dynamicParameters.Add($"p{i}", rows[ordinal][i]);
            }

            context.Connection.Execute($"INSERT INTO {table} (ordinal, {columnList}) VALUES (@ordinal, {parameters})", dynamicParameters, context.Transaction);
        }

        var after = context.Connection.Query<string>($"SELECT json_array({columnList}) FROM {table} ORDER BY ordinal", transaction: context.Transaction).ToList();
        for (var i = 0; i < rows.Count; i++)
        {
            context.Tally.Count(i >= before.Count ? UpsertOutcome.Added : before[i] == after[i] ? UpsertOutcome.Unchanged : UpsertOutcome.Updated);
        }
    }
}
