using Playbook.Engine.Contacts;

namespace Playbook.Engine.Import.Profiles;

/// <summary>
/// A school's degree and years: <c>Doctor of Philosophy (Ph.D.), Biomedical Engineering · (2014 - 2018)</c> in the
/// PDF (the years may be months, <c>(September 2019 - December 2023)</c>, or absent), <c>2014 - 2018</c> on a line of
/// its own on the page. Only the years are kept.
/// </summary>
internal static class DegreeLine
{
    private const string YearsMark = "· (";

    /// <summary>The degree (null when the line holds only years) and the years of a PDF's degree line.</summary>
    public static (string? Degree, int? Start, int? End) Read(string text)
    {
        var line = text.Trim();
        if (line.EndsWith(')'))
        {
            var at = line.LastIndexOf(YearsMark, StringComparison.Ordinal);
            if (at < 0 || (at > 0 && line[at - 1] != ' '))
            {
                at = line.StartsWith('(') ? 0 : -1;
            }

            var open = line.IndexOf('(', Math.Max(at, 0));
            if (at >= 0 && TryYears(line[(open + 1)..^1], out var start, out var end))
            {
                var degree = line[..at].Trim();
                return (degree.Length == 0 ? null : degree, start, end);
            }
        }

        return (line.Length == 0 ? null : line, null, null);
    }

    /// <summary>
    /// The years of <paramref name="text"/> when it is a range (<c>2014 - 2018</c>, <c>Sep 2019 - Dec 2023</c>) or a
    /// single year or month (then the last year).
    /// </summary>
    public static bool TryYears(string text, out int? start, out int? end)
    {
        if (DateRange.Parse(text) is { } range)
        {
            (start, end) = (range.Start.Year, range.End?.Year);
            return true;
        }

        (start, end) = (null, PartialDate.Parse(text)?.Year);
        return end is not null;
    }
}
