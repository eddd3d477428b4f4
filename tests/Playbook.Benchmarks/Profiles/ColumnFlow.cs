namespace Playbook.Benchmarks.Profiles;

/// <summary>
/// One column of a profile page, written top to bottom and on to the next page when full: each line is placed a
/// gap (baseline to baseline) below the one before.
/// </summary>
internal sealed class ColumnFlow(PdfCanvas canvas, double x, double width)
{
    /// <summary>The first baseline of a page.</summary>
    public const double Top = 742;

    /// <summary>No baseline goes lower: the footer sits at 14.</summary>
    public const double Bottom = 50;

    private int _page;
    private double _y = double.NaN;

    /// <summary>The column's width, for wrapping.</summary>
    public double Width => width;

    /// <summary>Writes a line <paramref name="gap"/> points below the previous one (at the top of a page, at <see cref="Top"/>).</summary>
    public void Line(string text, double size, double gap)
    {
        if (double.IsNaN(_y))
        {
            _y = Top;
        }
        else if (_y - gap < Bottom)
        {
            NewPage();
            _y = Top;
        }
        else
        {
            _y -= gap;
        }

        canvas.Text(_page, x, _y, size, text);
    }

    /// <summary>Goes on at the top of the next page.</summary>
    public void NewPage()
    {
        _page++;
        _y = double.NaN;
    }

    /// <summary><paramref name="text"/> in lines no wider than the column, broken between words.</summary>
    public List<string> Wrap(string text, double size)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var longer = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && canvas.Measure(longer, size) > width)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = longer;
            }
        }

        if (line.Length > 0)
        {
            lines.Add(line);
        }

        return lines;
    }

    /// <summary>
    /// A URL or an email in lines no wider than the column, broken after a <c>-</c>, <c>/</c> or <c>.</c> where one
    /// fits, else between any two letters; then its label, on the last line when it fits.
    /// </summary>
    public List<string> WrapValue(string value, string? label, double size)
    {
        var lines = new List<string>();
        var rest = value;
        while (canvas.Measure(rest, size) > width)
        {
            var fits = 1;
            while (fits < rest.Length && canvas.Measure(rest[..(fits + 1)], size) <= width)
            {
                fits++;
            }

            var soft = rest[..fits].LastIndexOfAny(['-', '/', '.']);
            var cut = soft >= fits / 2 ? soft + 1 : fits;
            lines.Add(rest[..cut]);
            rest = rest[cut..];
        }

        lines.Add(rest);
        if (label is not null)
        {
            var labelled = $"{lines[^1]} ({label})";
            if (canvas.Measure(labelled, size) <= width)
            {
                lines[^1] = labelled;
            }
            else
            {
                lines.Add($"({label})");
            }
        }

        return lines;
    }
}
