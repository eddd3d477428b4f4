using Dapper;
using Microsoft.Data.Sqlite;
using Playbook.Engine.Contacts;

namespace Playbook.Engine.Store;

/// <summary>The me-profile as exports brought it. Newer data wins: an older export never overwrites a section.</summary>
public sealed class MeProfileQueries
{
    private readonly ContactStore _store;

    internal MeProfileQueries(ContactStore store) => _store = store;

    /// <summary>The me-profile stored from exports (without what <c>config.yaml</c> adds).</summary>
    public MeProfile Get()
    {
        var connection = _store.Connection;
        var head = connection.QuerySingleOrDefault<HeadRow>(
            "SELECT first_name, last_name, profile_url, headline, summary, industry, location FROM me_profile WHERE id = 1");
        return new MeProfile
        {
            FirstName = head?.FirstName,
            LastName = head?.LastName,
            ProfileUrl = head?.ProfileUrl,
            Headline = head?.Headline,
            Summary = head?.Summary,
            Industry = head?.Industry,
            Location = head?.Location,
            Positions = connection.Query<(string Company, string? Title, string? Location, string? StartedOn, string? FinishedOn)>(
                    "SELECT company, title, location, started_on, finished_on FROM me_positions ORDER BY ordinal")
                .Select(p => new Position(p.Company, p.Title, PartialDate.Parse(p.StartedOn), PartialDate.Parse(p.FinishedOn), p.Location)).ToList(),
            Schools = connection.Query<(string Name, string? Degree, string? StartedOn, string? FinishedOn)>(
                    "SELECT name, degree, started_on, finished_on FROM me_schools ORDER BY ordinal")
                .Select(s => new School(s.Name, s.Degree, PartialDate.Parse(s.StartedOn)?.Year, PartialDate.Parse(s.FinishedOn)?.Year)).ToList(),
            Skills = connection.Query<string>("SELECT name FROM me_skills ORDER BY ordinal").ToList(),
            Languages = connection.Query<(string Name, string? Proficiency)>("SELECT name, proficiency FROM me_languages ORDER BY ordinal")
                .Select(l => new Language(l.Name, l.Proficiency)).ToList(),
        };
    }

    /// <summary>The owner's own email addresses, as a LinkedIn export's Email Addresses.csv lists them.</summary>
    public IReadOnlyList<string> Emails() => _store.Connection.Query<string>("SELECT email FROM me_emails ORDER BY ordinal").ToList();

    /// <summary>
    /// Whether data as of <paramref name="asOf"/> may replace the stored <paramref name="section"/>: it may
    /// unless the stored one came from a newer export. Records <paramref name="asOf"/> when it may.
    /// </summary>
    internal static bool TryClaimSection(SqliteConnection connection, SqliteTransaction transaction, string section, DateOnly asOf)
    {
        var stored = connection.ExecuteScalar<string?>("SELECT as_of FROM me_sections WHERE section = @section", new { section }, transaction);
        var asOfText = StoreFormat.Date(asOf);
        if (stored is not null && string.CompareOrdinal(stored, asOfText) > 0)
        {
            return false;
        }

        connection.Execute(
            "INSERT INTO me_sections (section, as_of) VALUES (@section, @asOfText) ON CONFLICT(section) DO UPDATE SET as_of = excluded.as_of",
            new { section, asOfText }, transaction);
        return true;
    }

    private sealed class HeadRow
    {
        public string? FirstName { get; set; }
        public string? LastName { get; set; }
        public string? ProfileUrl { get; set; }
        public string? Headline { get; set; }
        public string? Summary { get; set; }
        public string? Industry { get; set; }
        public string? Location { get; set; }
    }
}
