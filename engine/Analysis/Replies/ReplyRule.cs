using System.Text.RegularExpressions;

namespace Playbook.Engine.Analysis.Replies;

/// <summary>One rule of the rules file: a label (or one of the kinds that read more than a label), the cue it shows, and its patterns.</summary>
/// <param name="Label">One of <see cref="ReplyLabels"/> but unknown, or <see cref="Ignore"/>, <see cref="Return"/>, <see cref="Later"/>, <see cref="Referral"/>.</param>
/// <param name="Cue">What the rule stands for, shown as the reason.</param>
/// <param name="Patterns">Regular expressions over the folded text (lower case, no accents).</param>
public sealed record ReplyRule(string Label, string Cue, IReadOnlyList<Regex> Patterns)
{
    /// <summary>
    /// Whether the rule decides only a short reply: one of <see cref="ReplyClassifier.SubstantialWords"/> words or more
    /// that only weak rules of its label match is decided by the labels after it, or is an answer at substance (thanks
    /// said before a long account of a need does not make it a brush-off).
    /// </summary>
    public bool Weak { get; init; }

    /// <summary>
    /// Whether an <c>auto</c> message this rule matches may carry a return day (false for sponsored and system messages,
    /// whose "until the end of the month" is an offer, not an absence): the return rules are read only when a matching
    /// rule allows it.
    /// </summary>
    public bool Returns { get; init; } = true;

    /// <summary>Rules that remove what they match (pleasantries) before the others look.</summary>
    public const string Ignore = "ignore";

    /// <summary>Rules that read an out-of-office's return day: a <c>(?&lt;when&gt;...)</c> group around the first day back, or <c>(?&lt;last&gt;...)</c> around the last day away.</summary>
    public const string Return = "return";

    /// <summary>Rules that read when a reply asks to be written to again ("escríbeme en enero"): a <c>(?&lt;when&gt;...)</c> group around the date.</summary>
    public const string Later = "later";

    /// <summary>Rules that read who a reply sends the practice to: a <c>(?&lt;who&gt;...)</c> group where the name or email starts, and an optional <c>(?&lt;role&gt;...)</c> ("my colleague").</summary>
    public const string Referral = "referral";

    /// <summary>The group each kind of rule needs in every pattern, with an example of it; none for the others.</summary>
    internal static (string[] Groups, string Example)? GroupsOf(string label) => label switch
    {
        Return => (["when", "last"], @"'\buntil (?<when>[^.;!?\n]{1,60})'"),
        Later => (["when"], @"'\bwrite me (?<when>[^.;!?\n]{1,60})'"),
        Referral => (["who"], @"'\btalk to (?<who>[^.;!?\n]{0,80})'"),
        _ => null,
    };
}
