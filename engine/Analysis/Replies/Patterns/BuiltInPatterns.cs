using System.Text.RegularExpressions;

namespace Playbook.Engine.Analysis.Replies.Patterns;

/// <summary>
/// The built-in reply rules' patterns and the forms of dates they read (<c>Dates/DateReader</c>), with each one's text
/// without its negative look-arounds (<see cref="NegativeLookarounds"/>), compiled to code when Playbook is built
/// (<c>[GeneratedRegex]</c>, in <c>BuiltInPatterns.Generated.cs</c>): an import runs them as code from its first message,
/// with no expression read, compiled or turned into machine code while it runs, and a pattern that runs a few hundred
/// times is as fast as one that runs a million. The generated file is written from <c>reply-rules.yaml</c> and the date
/// forms by a test, which fails while they differ (docs/architecture.md says how to write it again); a pattern not in it
/// (a user's rule) is read at run time.
/// </summary>
internal static partial class BuiltInPatterns
{
    /// <summary>
    /// The compiled code of <paramref name="regex"/>, when its pattern, options and time limit are those of one compiled
    /// when Playbook was built: the same matches and groups; otherwise null.
    /// </summary>
    public static Regex? For(Regex regex) =>
        Generated.TryGetValue(KeyOf(regex), out var generated) ? generated() : null;

    /// <summary>Whether <paramref name="regex"/> runs as code (compiled at run time, or when Playbook was built), not interpreted.</summary>
    public static bool IsCode(Regex regex) => (regex.Options & RegexOptions.Compiled) != 0 || regex.GetType() != typeof(Regex);

    /// <summary>The patterns compiled when Playbook was built, in the generated file's order.</summary>
    public static IEnumerable<Key> Keys => Generated.Keys;

    /// <summary>What tells one compiled pattern from another: its text, options and time limit.</summary>
    public static Key KeyOf(Regex regex) => new(regex.ToString(), regex.Options, (int)regex.MatchTimeout.TotalMilliseconds);

    /// <summary>A pattern's text, options and time limit in milliseconds.</summary>
    public readonly record struct Key(string Pattern, RegexOptions Options, int Milliseconds);
}
