using System.Globalization;
using Playbook.Engine.Import;

namespace Playbook.Tui.Cli;

/// <summary>Draws an import's progress in place on a terminal; prints nothing when the output is not one.</summary>
internal sealed class ImportProgressPrinter(TextWriter error, bool enabled) : IProgress<ImportProgress>, IDisposable
{
    private const int BarWidth = 30;
    private int _lastLength;

    public void Report(ImportProgress value)
    {
        if (!enabled)
        {
            return;
        }

        var bar = value.Fraction is { } fraction
            ? "[" + new string('#', (int)(fraction * BarWidth)).PadRight(BarWidth) + "] " + string.Create(CultureInfo.InvariantCulture, $"{fraction * 100,3:0}%")
            : "";
        var text = string.Create(CultureInfo.InvariantCulture, $"{value.File} {bar} {value.Rows:N0} rows");
        error.Write("\r" + text.PadRight(_lastLength));
        _lastLength = text.Length;
    }

    /// <summary>Erases the progress line so that the summary starts on a clean line.</summary>
    public void Clear()
    {
        if (enabled && _lastLength > 0)
        {
            error.Write("\r" + new string(' ', _lastLength) + "\r");
            _lastLength = 0;
        }
    }

    public void Dispose() => Clear();
}
