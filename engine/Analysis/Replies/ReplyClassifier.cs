using System.Text.RegularExpressions;
using Playbook.Engine.Contacts;
using Playbook.Engine.Languages;
using RegexMatch = System.Text.RegularExpressions.Match;

namespace Playbook.Engine.Analysis.Replies;

/// <summary>
/// Classifies a received message by rules, explainably: the label comes with the cues that decided it. Labels are
/// tried in order (auto, negative, engaged, brush-off) and the first with a matching rule wins; a message no rule
/// decides is engaged when it answers at substance (<see cref="SubstantialWords"/> words or more), and unknown
/// otherwise. Text with no words, or not in Spanish or English, is unknown. Thread-safe.
/// </summary>
public sealed class ReplyClassifier(ReplyRules rules)
{
    // Grouped once: the import classifies every received message of an export with the same rules.
    private readonly ReplyRule[] _ignore = [.. rules.Rules.Where(r => r.Label == ReplyRule.Ignore)];
    private readonly ReplyRule[][] _byLabel = [.. Order.Select(label => rules.Rules.Where(r => r.Label == label).ToArray())];

    /// <summary>How many words make an answer at substance when no rule decides.</summary>
    public const int SubstantialWords = 30;

    /// <summary>The most characters looked at: an enormous message is judged by its beginning.</summary>
    public const int MaxCharacters = 4_000;

    private static readonly string[] Order = [ReplyLabels.Auto, ReplyLabels.Negative, ReplyLabels.Engaged, ReplyLabels.BrushOff];

    /// <summary>The classifier of the built-in rules.</summary>
    public static ReplyClassifier BuiltIn { get; } = new(ReplyRules.BuiltIn);

    /// <summary>
    /// The label of <paramref name="body"/> and why, with the day it asks to be written to again and the person it refers
    /// to; dates are read relative to <paramref name="at"/>, the message's own time (none are read without it).
    /// </summary>
    public ReplyClassification Classify(string? body, DateTimeOffset? at = null)
    {
        _ = at;
        var text = Fold(body);
        if (!text.Any(char.IsLetterOrDigit))
        {
            return new ReplyClassification(ReplyLabels.Unknown, ["no words"]);
        }

        foreach (var rule in _ignore)
        {
            foreach (var pattern in rule.Patterns)
            {
                text = Safe(() => pattern.Replace(text, " "), text);
            }
        }

        for (var i = 0; i < Order.Length; i++)
        {
            var cues = new List<string>();
            foreach (var rule in _byLabel[i])
            {
                foreach (var pattern in rule.Patterns)
                {
                    var match = Safe(() => pattern.Match(text), RegexMatch.Empty);
                    if (match.Success)
                    {
                        cues.Add($"{rule.Cue} (\"{Quote(text, match)}\")");
                        break;
                    }
                }
            }

            if (cues.Count > 0)
            {
                return new ReplyClassification(Order[i], cues);
            }
        }

        var language = LanguageDetector.Detect(text);
        if (language.Code is not null and not ("es" or "en"))
        {
            return new ReplyClassification(ReplyLabels.Unknown, [$"not Spanish or English ({language.Counts()})"]);
        }

        var words = text.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetter));
        return words >= SubstantialWords
            ? new ReplyClassification(ReplyLabels.Engaged, [$"a substantial answer ({words} words)"])
            : new ReplyClassification(ReplyLabels.Unknown, ["no rule decides"]);
    }

    /// <summary>Lower case without accents, blanks collapsed, punctuation kept; an enormous message cut to its beginning.</summary>
    private static string Fold(string? body) =>
        NameKey.Of(body is { Length: > MaxCharacters } ? body[..MaxCharacters] : body);

    private static string Quote(string text, RegexMatch match)
    {
        var start = Math.Max(0, match.Index - 20);
        var end = Math.Min(text.Length, match.Index + match.Length + 20);
        return (start > 0 ? "…" : "") + text[start..end].Trim() + (end < text.Length ? "…" : "");
    }

    private static T Safe<T>(Func<T> match, T fallback)
    {
        try
        {
            return match();
        }
        catch (RegexMatchTimeoutException)
        {
            return fallback;
        }
    }
}
