using System.Globalization;
using Playbook.Engine.Runtime;

namespace Playbook.Tui.Cli;

/// <summary>
/// Draws a batch's progress (<c>run</c>, <c>tick</c>) in place on a terminal, as <see cref="ImportProgressPrinter"/>
/// draws an import's; prints nothing when the output is not one. The runtime reports every item, so the line is
/// drawn again only when the bar's percentage moves: at most about a hundred times per batch.
/// </summary>
internal sealed class BatchProgressPrinter(TextWriter error, bool enabled, string label) : IProgress<BatchProgress>, IDisposable
{
    private readonly ProgressLine _line = new(error, enabled);
    private int _lastPercent = -1;

    public void Report(BatchProgress value)
    {
        if (!_line.Enabled || value.Total == 0)
        {
            return;
        }

        var fraction = Math.Clamp((double)value.Done / value.Total, 0, 1);
        var percent = (int)(fraction * 100);
        if (percent == _lastPercent)
        {
            return;
        }

        _lastPercent = percent;
        _line.Draw(string.Create(CultureInfo.InvariantCulture,
            $"{label} {ProgressLine.Bar(fraction)} {percent,3}% {value.Done:N0} of {value.Total:N0}"));
    }

    /// <summary>Erases the progress line so that the summary starts on a clean line.</summary>
    public void Clear()
    {
        _line.Clear();
        _lastPercent = -1;
    }

    public void Dispose() => Clear();
}
