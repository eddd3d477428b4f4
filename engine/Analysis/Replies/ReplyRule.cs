using System.Text.RegularExpressions;

namespace Playbook.Engine.Analysis.Replies;

/// <summary>One rule of the rules file: a label (or <c>ignore</c>), the cue it shows, and its patterns.</summary>
/// <param name="Label">One of <see cref="ReplyLabels"/> but unknown, or <see cref="Ignore"/>.</param>
/// <param name="Cue">What the rule stands for, shown as the reason.</param>
/// <param name="Patterns">Regular expressions over the folded text (lower case, no accents).</param>
public sealed record ReplyRule(string Label, string Cue, IReadOnlyList<Regex> Patterns)
{
    /// <summary>Rules that remove what they match (pleasantries) before the others look.</summary>
    public const string Ignore = "ignore";
}
