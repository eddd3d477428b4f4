using System.Runtime.CompilerServices;

namespace Playbook.Engine.Scripting.Api;

/// <summary>
/// What a playbook script (<c>.csx</c>) is compiled as: its top-level code runs in a class derived from this one, so it
/// calls <see cref="Declare"/> and the durations without qualification, and its methods can be plain methods.
/// </summary>
public abstract class PlaybookScript
{
    /// <summary>Declares a playbook named <paramref name="name"/> (lower-case letters, digits, '-' and '_').</summary>
    protected static PlaybookBuilder Declare(string name, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        ScriptApi.Declare(name, file, line);

    /// <summary>A number of days.</summary>
    protected static TimeSpan Days(double days) => ScriptApi.Days(days);

    /// <summary>A number of weeks.</summary>
    protected static TimeSpan Weeks(double weeks) => ScriptApi.Weeks(weeks);

    /// <summary>A number of hours.</summary>
    protected static TimeSpan Hours(double hours) => ScriptApi.Hours(hours);

    /// <summary>A number of minutes.</summary>
    protected static TimeSpan Minutes(double minutes) => ScriptApi.Minutes(minutes);
}
