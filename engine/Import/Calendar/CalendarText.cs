using System.Globalization;
using Playbook.Engine.Import.Reports;

namespace Playbook.Engine.Import.Calendar;

/// <summary>
/// The whole part of a calendar file. A calendar cut off in the middle of an event (a download that stopped, a disk that
/// filled) still holds every event before the cut; the iCalendar reader refuses the whole file for one unclosed
/// component, so the unfinished component is cut away here and the calendar closed, and the cut is reported by line.
/// </summary>
internal sealed record CalendarText(string Text, long? CutAtLine, string? CutComponent)
{
    /// <summary>The text of <paramref name="raw"/> that ends whole; throws when there is no calendar in it at all.</summary>
    /// <exception cref="ImportException">No <c>BEGIN:VCALENDAR</c> line.</exception>
    public static CalendarText Whole(string file, string raw)
    {
        var open = new Stack<(string Name, long Line, int Offset)>();
        var sawCalendar = false;
        var offset = 0;
        long line = 0;
        while (offset < raw.Length)
        {
            var end = raw.IndexOf('\n', offset);
            var next = end < 0 ? raw.Length : end + 1;
            line++;
            var text = raw.AsSpan(offset, next - offset).TrimEnd("\r\n");
            if (text.StartsWith("BEGIN:", StringComparison.OrdinalIgnoreCase))
            {
                var name = text[6..].Trim().ToString().ToUpperInvariant();
                sawCalendar |= name == "VCALENDAR";
                open.Push((name, line, offset));
            }
            else if (text.StartsWith("END:", StringComparison.OrdinalIgnoreCase) && open.Count > 0)
            {
                var name = text[4..].Trim().ToString();
                // Pop up to the matching BEGIN: an END that closes an outer component closes the inner ones too.
                if (open.Any(o => string.Equals(o.Name, name, StringComparison.OrdinalIgnoreCase)))
                {
                    while (!string.Equals(open.Pop().Name, name, StringComparison.OrdinalIgnoreCase))
                    {
                    }
                }
            }

            offset = next;
        }

        if (!sawCalendar)
        {
            throw new ImportException(file, "is not an iCalendar file (it has no BEGIN:VCALENDAR line); export the calendar again as .ics");
        }

        if (open.Count == 0)
        {
            return new CalendarText(raw, null, null);
        }

        // The outermost open component inside the calendar is where the whole part ends.
        var components = open.Reverse().ToList();
        var calendar = components.FindIndex(c => c.Name == "VCALENDAR");
        if (calendar < 0 || calendar == components.Count - 1)
        {
            return new CalendarText(raw.TrimEnd() + "\r\nEND:VCALENDAR\r\n", null, null);
        }

        var cut = components[calendar + 1];
        var kept = raw[..cut.Offset].TrimEnd();
        return new CalendarText(kept + "\r\nEND:VCALENDAR\r\n", cut.Line, cut.Name);
    }

    /// <summary>Why the cut part was left out, for the import's list of skips.</summary>
    public string CutReason => string.Create(CultureInfo.InvariantCulture,
        $"the file ends inside this {CutComponent} (no END:{CutComponent}); it and anything after it were left out");
}
