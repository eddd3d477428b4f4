using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Playbook.Engine.Import.Profiles;

/// <summary>
/// The two columns of a saved profile as lines, page after page: the sidebar (contact, skills, languages,
/// certifications; words left of <see cref="SidebarEdge"/>) and the main column. The page footers
/// (<c>Page 1 of 2</c>, <c>Página 1 de 2</c>), which fall inside the main column, are left out.
/// </summary>
internal static partial class PdfColumns
{
    /// <summary>Sidebar words start at x = 21.6, the main column's at 223.6.</summary>
    private const double SidebarEdge = 200;

    /// <summary>Words whose baselines are this close are on one line.</summary>
    private const double SameLine = 1.0;

    /// <summary>The sidebar's lines and the main column's, in reading order across every page.</summary>
    public static (IReadOnlyList<PdfLine> Sidebar, IReadOnlyList<PdfLine> Main) Read(PdfDocument document)
    {
        var sidebar = new List<PdfLine>();
        var main = new List<PdfLine>();
        foreach (var page in document.GetPages())
        {
            var words = page.GetWords().Where(w => w.Letters.Count > 0 && w.TextOrientation == TextOrientation.Horizontal).ToList();
            AddLines(sidebar, words.Where(w => w.BoundingBox.Left < SidebarEdge));
            AddLines(main, words.Where(w => w.BoundingBox.Left >= SidebarEdge));
        }

        return (sidebar, main);
    }

    private static void AddLines(List<PdfLine> lines, IEnumerable<Word> words)
    {
        var previous = double.NaN;
        foreach (var line in Group(words))
        {
            var baseline = Baseline(line[0]);
            var text = string.Join(' ', line.Select(w => w.Text));
            if (Footer().IsMatch(text))
            {
                continue;
            }

            var size = Math.Round(line[0].Letters[0].PointSize, 1);
            lines.Add(new PdfLine(text, size, double.IsNaN(previous) ? double.PositiveInfinity : previous - baseline));
            previous = baseline;
        }
    }

    // Top to bottom; within a line, left to right.
    private static IEnumerable<List<Word>> Group(IEnumerable<Word> words)
    {
        List<Word>? line = null;
        foreach (var word in words.OrderByDescending(Baseline).ThenBy(w => w.BoundingBox.Left))
        {
            if (line is not null && Math.Abs(Baseline(line[0]) - Baseline(word)) <= SameLine)
            {
                line.Add(word);
                continue;
            }

            if (line is not null)
            {
                yield return SortedByX(line);
            }

            line = [word];
        }

        if (line is not null)
        {
            yield return SortedByX(line);
        }
    }

    private static List<Word> SortedByX(List<Word> line)
    {
        line.Sort((a, b) => a.BoundingBox.Left.CompareTo(b.BoundingBox.Left));
        return line;
    }

    private static double Baseline(Word word) => word.Letters[0].StartBaseLine.Y;

    [GeneratedRegex(@"^(?:Page \d+ of \d+|Página \d+ de \d+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Footer();
}
