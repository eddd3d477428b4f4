using Playbook.Engine.Contacts;

namespace Playbook.Engine.Import.Profiles;

/// <summary>
/// The main column of a saved profile, told apart by the letters' size: the name (26), the headline and the location
/// (12, before the first heading), the headings (15.8), and in Experience the company (12), a role's title (11.5) and
/// its dates, location and description (10.5); in Education the school (12) and the degree (10.5). The text runs on
/// across pages.
/// </summary>
internal sealed class PdfMainColumn
{
    private const double NameSize = 20;
    private const double HeadingSize = 14.5;
    private const double CompanySize = 11.75;
    private const double TitleSize = 11.25;

    private PdfMainColumn()
    {
    }

    /// <summary>The name at the top, or null when there is none.</summary>
    public string? Name { get; private init; }

    /// <summary>The line (or wrapped lines) under the name.</summary>
    public string? Headline { get; private init; }

    /// <summary>The last line before the first heading, when there are two or more.</summary>
    public string? Location { get; private init; }

    /// <summary>The Summary (Extracto), its paragraphs kept.</summary>
    public string? About { get; private init; }

    /// <summary>Whether an Experience or an Education heading is there (English or Spanish).</summary>
    public bool HasCareerHeading { get; private init; }

    /// <summary>Every role, the grouped ones each with the company repeated.</summary>
    public IReadOnlyList<Position> Positions { get; private init; } = [];

    /// <summary>The schools with degree and years.</summary>
    public IReadOnlyList<School> Schools { get; private init; } = [];

    /// <summary>The main column read from its lines.</summary>
    public static PdfMainColumn Read(IReadOnlyList<PdfLine> lines)
    {
        var top = lines.TakeWhile(l => l.Size < HeadingSize || l.Size >= NameSize).ToList();
        var name = top.Where(l => l.Size >= NameSize).Select(l => l.Text).ToList();
        var header = top.SkipWhile(l => l.Size < NameSize).Where(l => l.Size is >= CompanySize and < NameSize).Select(l => l.Text).ToList();

        var sections = new List<(ProfileSection Section, List<PdfLine> Lines)>();
        foreach (var line in lines.Skip(top.Count))
        {
            if (line.Size is >= HeadingSize and < NameSize)
            {
                sections.Add((ProfileHeadings.OfPdfMain(line.Text), []));
            }
            else if (sections.Count > 0)
            {
                sections[^1].Lines.Add(line);
            }
        }

        var about = sections.FirstOrDefault(s => s.Section == ProfileSection.About).Lines;
        return new PdfMainColumn
        {
            Name = name.Count == 0 ? null : string.Join(' ', name),
            Headline = header.Count == 0 ? null : string.Join(' ', header.Count == 1 ? header : header[..^1]),
            Location = header.Count >= 2 ? header[^1] : null,
            About = about is null ? null : Paragraphs(about),
            HasCareerHeading = sections.Any(s => s.Section is ProfileSection.Experience or ProfileSection.Education),
            Positions = sections.Where(s => s.Section == ProfileSection.Experience).SelectMany(s => ReadPositions(s.Lines)).ToList(),
            Schools = sections.Where(s => s.Section == ProfileSection.Education).SelectMany(s => ReadSchools(s.Lines)).ToList(),
        };
    }

    // Wrapped lines are one paragraph; a wider gap (an empty line in the summary) starts the next.
    private static string? Paragraphs(List<PdfLine> lines)
    {
        var paragraphs = new List<string>();
        foreach (var line in lines)
        {
            if (paragraphs.Count == 0 || line.StartsBlock)
            {
                paragraphs.Add(line.Text);
            }
            else
            {
                paragraphs[^1] += " " + line.Text;
            }
        }

        return paragraphs.Count == 0 ? null : string.Join("\n\n", paragraphs);
    }

    private static List<Position> ReadPositions(List<PdfLine> lines)
    {
        var positions = new List<Position>();
        string? company = null, title = null, location = null;
        DateRange? dates = null;
        PdfLine? previous = null;
        var afterDates = false;

        foreach (var line in lines)
        {
            var continues = previous is not null && SameKind(previous, line) && !line.StartsBlock;
            if (line.Size >= CompanySize)
            {
                if (continues && title is null)
                {
                    company += " " + line.Text;
                }
                else
                {
                    Emit();
                    company = line.Text;
                }
            }
            else if (line.Size >= TitleSize)
            {
                if (continues && title is not null)
                {
                    title += " " + line.Text;
                }
                else
                {
                    Emit();
                    title = line.Text;
                }
            }
            else if (title is not null && dates is null && DateRange.Parse(line.Text) is { } range)
            {
                dates = range;
                afterDates = true;
                previous = line;
                continue;
            }
            else if (afterDates && WorkLocation.TryRead(line.Text, out var place))
            {
                location = place;
            }

            afterDates = false;
            previous = line;
        }

        Emit();
        return positions;

        void Emit()
        {
            if (company is not null && title is not null)
            {
                positions.Add(new Position(EmploymentTypes.CompanyOf(company), title, dates?.Start, dates?.End, location));
            }

            (title, location, dates, afterDates) = (null, null, null, false);
        }
    }

    private static List<School> ReadSchools(List<PdfLine> lines)
    {
        var schools = new List<School>();
        string? school = null;
        var degree = new List<string>();
        PdfLine? previous = null;

        foreach (var line in lines)
        {
            if (line.Size >= CompanySize)
            {
                if (previous is not null && SameKind(previous, line) && degree.Count == 0 && !line.StartsBlock)
                {
                    school += " " + line.Text;
                }
                else
                {
                    Emit();
                    school = line.Text;
                }
            }
            else if (school is not null)
            {
                degree.Add(line.Text);
            }

            previous = line;
        }

        Emit();
        return schools;

        void Emit()
        {
            if (school is not null)
            {
                var (name, start, end) = DegreeLine.Read(string.Join(' ', degree));
                schools.Add(new School(school, name, start, end));
            }

            school = null;
            degree.Clear();
        }
    }

    private static bool SameKind(PdfLine a, PdfLine b) => Math.Abs(a.Size - b.Size) < 0.25;
}
