namespace Playbook.Tui.Cli;

/// <summary>One line of progress drawn in place on a terminal (carriage return, no new line); nothing when disabled.</summary>
internal sealed class ProgressLine(TextWriter error, bool enabled)
{
    private const int BarWidth = 30;
    private int _lastLength;

    public bool Enabled => enabled;

    /// <summary>A bar of <paramref name="fraction"/> (0 to 1): <c>[#########                     ]</c>.</summary>
    public static string Bar(double fraction) => "[" + new string('#', (int)(Math.Clamp(fraction, 0, 1) * BarWidth)).PadRight(BarWidth) + "]";

    /// <summary>Draws <paramref name="text"/> over the previous line.</summary>
    public void Draw(string text)
    {
        if (!enabled)
        {
            return;
        }

        error.Write("\r" + text.PadRight(_lastLength));
        _lastLength = text.Length;
    }

    /// <summary>Erases the line so that what follows starts on a clean line.</summary>
    public void Clear()
    {
        if (enabled && _lastLength > 0)
        {
            error.Write("\r" + new string(' ', _lastLength) + "\r");
            _lastLength = 0;
        }
    }
}
