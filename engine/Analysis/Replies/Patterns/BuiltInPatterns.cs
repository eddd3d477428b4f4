using System.Text.RegularExpressions;

namespace Playbook.Engine.Analysis.Replies.Patterns;

/// <summary>
/// The built-in reply rules' patterns, and each one's text without its negative look-arounds
/// (<see cref="NegativeLookarounds"/>), compiled to code when Playbook is built (<c>[GeneratedRegex]</c>, in
/// <c>BuiltInPatterns.Generated.cs</c>): an import runs them as code from its first message, with no expression read,
/// compiled or turned into machine code while it runs, and a pattern that runs a few hundred times is as fast as one
/// that runs a million. The generated file is written from <c>reply-rules.yaml</c> by a test, which fails while the two
/// differ (docs/architecture.md says how to write it again); a pattern not in it (a user's rule) is read at run time.
/// </summary>
internal static partial class BuiltInPatterns
{
    /// <summary>
    /// The compiled code of <paramref name="regex"/>, when its pattern is one of the built-in ones read with the rules'
    /// options and time limit: the same matches, groups and time limit; otherwise null.
    /// </summary>
    public static Regex? For(Regex regex) =>
        regex.Options == ReplyRules.PatternOptions
        && regex.MatchTimeout == TimeSpan.FromMilliseconds(ReplyRules.MatchTimeoutMilliseconds)
        && Generated.TryGetValue(regex.ToString(), out var generated)
            ? generated()
            : null;

    /// <summary>Whether <paramref name="regex"/> runs as code (compiled at run time, or when Playbook was built), not interpreted.</summary>
    public static bool IsCode(Regex regex) => (regex.Options & RegexOptions.Compiled) != 0 || regex.GetType() != typeof(Regex);

    /// <summary>The texts compiled when Playbook was built, in the generated file's order.</summary>
    public static IEnumerable<string> Texts => Generated.Keys;
}
