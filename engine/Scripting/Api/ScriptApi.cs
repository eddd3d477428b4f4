using System.Runtime.CompilerServices;
using Playbook.Engine.Problems;

namespace Playbook.Engine.Scripting.Api;

/// <summary>
/// The declarations a playbook script makes, and durations: what <see cref="PlaybookScript"/> gives scripts, for C#
/// code that declares playbooks outside a script (tests, tools).
/// </summary>
public static class ScriptApi
{
    [ThreadStatic]
    private static List<PlaybookBuilder>? t_declared;

    /// <summary>Declares a playbook named <paramref name="name"/> (lower-case letters, digits, '-' and '_').</summary>
    public static PlaybookBuilder Declare(string name, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var declared = t_declared ?? throw new InvalidOperationException("Declare() declares a playbook while a script is being loaded, not from a step.");
        var builder = new PlaybookBuilder(name, new SourceLocation(file, Math.Max(1, line), 1));
        declared.Add(builder);
        return builder;
    }

    /// <summary>A number of days.</summary>
    public static TimeSpan Days(double days) => TimeSpan.FromDays(days);

    /// <summary>A number of weeks.</summary>
    public static TimeSpan Weeks(double weeks) => TimeSpan.FromDays(7 * weeks);

    /// <summary>A number of hours.</summary>
    public static TimeSpan Hours(double hours) => TimeSpan.FromHours(hours);

    /// <summary>A number of minutes.</summary>
    public static TimeSpan Minutes(double minutes) => TimeSpan.FromMinutes(minutes);

    /// <summary>Runs <paramref name="define"/> (a script's body) and returns the playbooks it declared.</summary>
    internal static List<PlaybookBuilder> Collect(Action define)
    {
        var outer = t_declared;
        t_declared = [];
        try
        {
            define();
            return t_declared;
        }
        finally
        {
            t_declared = outer;
        }
    }
}
