using System.Globalization;
using System.Text;

namespace Playbook.Tui.Presentation;

/// <summary>A plain-text table with aligned columns, for people reading a terminal or a pipe.</summary>
internal sealed class TextTable(params string[] headers)
{
    private const int MaxCellWidth = 40;
    private readonly List<string[]> _rows = [];

    public void Add(params object?[] cells) =>
        _rows.Add(cells.Select(c => Clip(Convert.ToString(c, CultureInfo.InvariantCulture) ?? "")).ToArray());

    public void WriteTo(TextWriter writer)
    {
        var widths = headers.Select((h, i) => Math.Max(h.Length, _rows.Count == 0 ? 0 : _rows.Max(r => r[i].Length))).ToArray();
        writer.WriteLine(Line(headers, widths));
        foreach (var row in _rows)
        {
            writer.WriteLine(Line(row, widths));
        }
    }

    private static string Line(string[] cells, int[] widths)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < cells.Length; i++)
        {
            builder.Append(i == cells.Length - 1 ? cells[i] : cells[i].PadRight(widths[i] + 2));
        }

        return builder.ToString().TrimEnd();
    }

    private static string Clip(string text)
    {
        var oneLine = text.ReplaceLineEndings(" ");
        return oneLine.Length <= MaxCellWidth ? oneLine : string.Concat(oneLine.AsSpan(0, MaxCellWidth - 1), "…");
    }
}
