using System.Globalization;
using Playbook.Engine.Import.Reports;

namespace Playbook.Tui.Cli;

/// <summary>Draws an import's progress in place on a terminal; prints nothing when the output is not one.</summary>
internal sealed class ImportProgressPrinter(TextWriter error, bool enabled) : IProgress<ImportProgress>, IDisposable
{
    private readonly ProgressLine _line = new(error, enabled);

    public void Report(ImportProgress value)
    {
        if (!_line.Enabled)
        {
            return;
        }

        var bar = value.Fraction is { } fraction
            ? ProgressLine.Bar(fraction) + " " + string.Create(CultureInfo.InvariantCulture, $"{fraction * 100,3:0}%")
            : "";
        _line.Draw(string.Create(CultureInfo.InvariantCulture, $"{value.File} {bar} {value.Rows:N0} rows"));
    }

    /// <summary>Erases the progress line so that the summary starts on a clean line.</summary>
    public void Clear() => _line.Clear();

    public void Dispose() => Clear();
}
