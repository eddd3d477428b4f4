using System.Globalization;
using System.Text.RegularExpressions;
using Playbook.Engine.Analysis.Replies.Dates;
using Playbook.Engine.Analysis.Replies.Patterns;
using Playbook.Engine.Languages;
using RegexMatch = System.Text.RegularExpressions.Match;

namespace Playbook.Engine.Analysis.Replies;

/// <summary>
/// Classifies a received message by rules, explainably: the label comes with the cues that decided it. Labels are
/// tried in order (auto, negative, later, engaged, brush-off) and the first with a matching rule wins; a "later" reply
/// (one that names when to write again) is a brush-off with its <see cref="ReplyClassification.FollowUpOn"/>, and an
/// out-of-office gets its return day from the <c>return</c> rules. A message no rule decides is a brush-off when it
/// only sends the practice to someone else (<c>referral</c> rules), engaged when it answers at substance
/// (<see cref="SubstantialWords"/> words or more), and unknown otherwise. Text with no words, or not in Spanish or
/// English, is unknown. Thread-safe.
/// </summary>
public sealed class ReplyClassifier
{
    // Grouped once: the import classifies every received message of an export with the same rules.
    private readonly Rule[] _ignore;
    private readonly Rule[] _returns;
    private readonly Rule[] _later;
    private readonly Rule[] _referrals;
    private readonly Rule[][] _byLabel;
    private readonly bool _gated;
    private readonly Lock _joining = new();
    private int _classified;

    // Null until the classifier has read enough texts; then every pattern's words, found in one scan of a text.
    private ChainWords? _words;

    /// <summary>A classifier of <paramref name="rules"/>.</summary>
    public ReplyClassifier(ReplyRules rules)
        : this(rules, gated: true)
    {
    }

    /// <summary>
    /// A classifier of <paramref name="rules"/> that looks for each pattern's required words before running it when
    /// <paramref name="gated"/>, and runs every pattern otherwise: the two classify every text alike.
    /// </summary>
    internal ReplyClassifier(ReplyRules rules, bool gated)
    {
        _ignore = Of(rules, ReplyRule.Ignore, gated);
        _returns = Of(rules, ReplyRule.Return, gated);
        _later = Of(rules, ReplyRule.Later, gated);
        _referrals = Of(rules, ReplyRule.Referral, gated);
        _byLabel = [.. Order.Select(label => Of(rules, label, gated))];
        _gated = gated;
    }

    /// <summary>How many words make an answer at substance when no rule decides.</summary>
    public const int SubstantialWords = 30;

    /// <summary>The most characters looked at: an enormous message is judged by its beginning.</summary>
    public const int MaxCharacters = 4_000;

    private const int MostMatches = 5;

    private static readonly List<RegexMatch> NoMatches = [];

    /// <summary>The most words of a referral's name that are taken out of what the other rules read.</summary>
    private const int ReferralWords = 4;

    /// <summary>The day a message without a time is read against, only to tell whether its words name a date.</summary>
    private static readonly DateOnly Undated = new(2000, 1, 3);

    private static readonly string[] Order = [ReplyLabels.Auto, ReplyLabels.Negative, ReplyRule.Later, ReplyLabels.Engaged, ReplyLabels.BrushOff];

    /// <summary>The classifier of the built-in rules.</summary>
    public static ReplyClassifier BuiltIn { get; } = new(ReplyRules.BuiltIn);

    /// <summary>
    /// The label of <paramref name="body"/> and why, with the day it asks to be written to again and the person it refers
    /// to; dates are read relative to <paramref name="at"/>, the message's own time (none are read without it).
    /// </summary>
    public ReplyClassification Classify(string? body, DateTimeOffset? at = null)
    {
        var folded = FoldedText.Of(body, MaxCharacters);
        var text = folded.Text;
        if (!ReplyText.HasLetterOrDigit(text))
        {
            return new ReplyClassification(ReplyLabels.Unknown, ["no words"]);
        }

        var index = Index();
        TextWords? scanned = null;
        TextWords? WordsOf(string of)
        {
            if (index is not null && !ReferenceEquals(scanned?.Text, of))
            {
                scanned = index.Scan(of);
            }

            return scanned;
        }

        foreach (var rule in _ignore)
        {
            foreach (var pattern in rule.Patterns)
            {
                text = Replace(pattern, text, WordsOf(text));
            }
        }

        text = ReplyText.Whole(text);
        var textWords = WordsOf(text);
        var (referral, referralCue, rest) = Referral(folded, text, textWords);
        rest = ReplyText.Whole(rest);
        var restWords = WordsOf(rest);
        DateOnly? day = at is { } time ? DateOnly.FromDateTime(time.UtcDateTime) : null;
        // Numeric dates are day/month unless the message is in English; detected only when a rule reads a date.
        var dayFirst = new Lazy<bool>(() => LanguageDetector.Detect(rest).Code != "en", LazyThreadSafetyMode.None);
        for (var i = 0; i < Order.Length; i++)
        {
            if (Order[i] == ReplyRule.Later)
            {
                // Without the message's time the wording still makes a later reply; only the day is not read. One that
                // also proposes a time of day ("after the summer? Are you free Thursday at 10?") is a meeting: engaged.
                // A day that has passed or does not exist ("let's talk after June 31st") still puts the practice off.
                if (When(_later, rest, restWords, day ?? Undated, dayFirst, dated: day is not null) is { } later
                    && !ReplyText.HasTimeOfDay(rest))
                {
                    return new ReplyClassification(ReplyLabels.BrushOff, [.. later.Cues, .. Optional(referralCue)])
                    {
                        FollowUpOn = day is null ? null : later.Day,
                        Referral = referral,
                    };
                }

                continue;
            }

            List<string>? cues = null;
            var strong = false;
            var returns = false;
            foreach (var rule in _byLabel[i])
            {
                foreach (var pattern in rule.Patterns)
                {
                    var match = First(pattern, rest, restWords);
                    if (match.Success)
                    {
                        (cues ??= []).Add($"{rule.Cue} (\"{ReplyText.Quote(rest, match)}\")");
                        strong |= !rule.Weak;
                        returns |= rule.Returns;
                        break;
                    }
                }
            }

            if (cues is not null && (strong || ReplyText.Words(text) < SubstantialWords))
            {
                var back = Order[i] == ReplyLabels.Auto && returns && day is { } message ? When(_returns, text, textWords, message, dayFirst, dated: true) : null;
                // Whom an out-of-office names to write to meanwhile covers the absence; the practice waits for the return.
                // So does a shared mailbox an automatic reply points to ("write to info@…"): no one is referred.
                var referred = back is null && !(Order[i] == ReplyLabels.Auto && ReplyReferral.IsSharedMailbox(referral)) ? referral : null;
                return new ReplyClassification(Order[i], [.. cues, .. back?.Cues ?? [], .. Optional(referred is null ? null : referralCue)])
                {
                    FollowUpOn = back?.Day,
                    Referral = referred,
                };
            }
        }

        if (referral is not null)
        {
            return new ReplyClassification(ReplyLabels.BrushOff, [referralCue!]) { Referral = referral };
        }

        var language = LanguageDetector.Detect(text);
        if (language.Code is not null and not ("es" or "en"))
        {
            return new ReplyClassification(ReplyLabels.Unknown, [$"not Spanish or English ({language.Counts()})"]);
        }

        var words = ReplyText.Words(text);
        return words >= SubstantialWords
            ? new ReplyClassification(ReplyLabels.Engaged, [$"a substantial answer ({words} words)"])
            : new ReplyClassification(ReplyLabels.Unknown, ["no rule decides"]);
    }

    /// <summary>
    /// The first referral rule that names someone (or a role), its cue, and the text without the words it matched, so
    /// that the email of the person referred to is not taken for the sender's contact details.
    /// </summary>
    private (string? Referral, string? Cue, string Remaining) Referral(FoldedText folded, string text, TextWords? words)
    {
        (string Referral, string Cue, string Remaining)? nameless = null;
        foreach (var rule in _referrals)
        {
            foreach (var pattern in rule.Patterns)
            {
                foreach (var match in Matches(pattern, text, words))
                {
                    if (ReferralReader.Read(folded, match) is { } referral)
                    {
                        var remaining = string.Concat(text.AsSpan(0, match.Index), " ", text.AsSpan(ReferralEnd(match)));
                        if (ReplyReferral.Parse(referral).Email is { } email)
                        {
                            // The referred person's email, wherever it is said, is not the sender's contact details.
                            remaining = remaining.Replace(email.ToLowerInvariant(), " ", StringComparison.Ordinal);
                        }

                        var found = (referral, $"{rule.Cue} (\"{ReplyText.Quote(text, match)}\")", remaining);
                        // A role without a name ("nuestra responsable de compras") gives way to a name said further on.
                        if (referral.Length > 0)
                        {
                            return found;
                        }

                        nameless ??= found;
                    }
            }
            }
        }

        return nameless is { } role ? role : (null, null, text);
    }

    /// <summary>
    /// Where the words of a referral end: after the email it gives, else after the first words of its <c>who</c>
    /// group, so that what the sentence goes on to say ("…, and let's set up a call") is still read.
    /// </summary>
    private static int ReferralEnd(RegexMatch match)
    {
        var end = match.Index + match.Length;
        var who = match.Groups["who"];
        if (!who.Success)
        {
            return end;
        }

        var at = who.Value.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            var stop = who.Value.IndexOfAny([' ', ')', '>', ','], at);
            return stop < 0 ? end : who.Index + stop;
        }

        var words = 0;
        for (var i = 0; i < who.Length; i++)
        {
            if (who.Value[i] == ' ' && i > 0 && who.Value[i - 1] != ' ' && ++words == ReferralWords)
            {
                return who.Index + i;
            }
        }

        return end;
    }

    /// <summary>
    /// The day the first matching rule of <paramref name="when"/> names, with its cues; a rule whose words hold no date
    /// lets the next one look, and one whose date has passed or does not exist says so and gives no day.
    /// </summary>
    private static (DateOnly? Day, List<string> Cues)? When(Rule[] when, string text, TextWords? words, DateOnly message, Lazy<bool> dayFirst, bool dated)
    {
        foreach (var rule in when)
        {
            foreach (var pattern in rule.Patterns)
            {
                foreach (var match in Matches(pattern, text, words))
                {
                    var last = match.Groups["last"] is { Success: true } lastGroup;
                    var group = last ? match.Groups["last"] : match.Groups["when"] is { Success: true } whenGroup ? whenGroup : match.Groups[0];
                    if (DateReader.Read(group.Value, message, dayFirst) is not { } read)
                    {
                        continue;
                    }

                    var date = last && !read.AfterPeriod ? read.Date?.AddDays(1) : read.Date;
                    var (day, capped) = FollowUpDay.Of(date, message);
                    var quote = ReplyText.Quote(text, match);
                    if (day is null)
                    {
                        return (null, [$"{rule.Cue}, but \"{read.Words.Trim()}\" has passed or does not exist (\"{quote}\")"]);
                    }

                    List<string> cues = [dated ? $"{rule.Cue} {Iso(day.Value)} (\"{quote}\")" : $"{rule.Cue} (\"{quote}\")"];
                    if (capped is { } asked && dated)
                    {
                        cues.Add($"{(rule.Label == ReplyRule.Return ? "return" : "follow-up")} date capped at a year (asked {Iso(asked)})");
                    }

                    return (day, cues);
            }
            }
        }

        return null;
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static IEnumerable<string> Optional(string? cue) => cue is null ? [] : [cue];

    private static Rule[] Of(ReplyRules rules, string label, bool gated) =>
        [.. rules.Rules.Where(r => r.Label == label).Select(r => new Rule(r.Label, r.Cue, [.. r.Patterns.Select(p => new GatedPattern(p, gated))], r.Weak, r.Returns))];

    /// <summary>
    /// The first few matches of <paramref name="pattern"/>, each looked for from the character after the start of the
    /// one before (so a match whose words run on does not hide the next): a rule whose first match names nobody or no
    /// date may name one further on.
    /// </summary>
    private static List<RegexMatch> Matches(GatedPattern pattern, string text, TextWords? words)
    {
        if (!pattern.MayMatch(text, words))
        {
            return NoMatches;
        }

        var found = new List<RegexMatch>();
        try
        {
            pattern.Run(text, (Pattern: pattern, Words: words, Found: found), static (regex, text, state) =>
            {
                // Run again from the start if a compiled expression failed and its interpreted one runs instead.
                state.Found.Clear();
                // The next match is looked for only when one more is wanted and its words are there after this one's start.
                for (var match = regex.Match(text); match.Success; match = regex.Match(text, match.Index + 1))
                {
                    state.Found.Add(match);
                    if (state.Found.Count == MostMatches || match.Index + 1 >= text.Length
                        || !state.Pattern.MayMatchFrom(text, match.Index + 1, state.Words))
                    {
                        break;
                    }
                }

                return state.Found.Count;
            });
        }
        catch (RegexMatchTimeoutException)
        {
            // What was found before the timeout still counts.
        }

        return found;
    }

    private static string Replace(GatedPattern pattern, string text, TextWords? words)
    {
        try
        {
            return pattern.Replace(text, " ", words);
        }
        catch (RegexMatchTimeoutException)
        {
            return text;
        }
    }

    private static RegexMatch First(GatedPattern pattern, string text, TextWords? words)
    {
        try
        {
            return pattern.Match(text, words);
        }
        catch (RegexMatchTimeoutException)
        {
            return RegexMatch.Empty;
        }
    }

    /// <summary>
    /// Every pattern's words in one automaton, built once the classifier has read <see cref="GatedPattern.UsesBeforeGate"/>
    /// texts (a command that reads a few replies never builds it); null before, and when not gated.
    /// </summary>
    private ChainWords? Index()
    {
        if (Volatile.Read(ref _words) is { } built)
        {
            return built;
        }

        if (!_gated || Interlocked.Increment(ref _classified) < GatedPattern.UsesBeforeGate)
        {
            return null;
        }

        lock (_joining)
        {
            if (_words is null)
            {
                var words = ChainWords.Join(_ignore.Concat(_returns).Concat(_later).Concat(_referrals).Concat(_byLabel.SelectMany(rules => rules))
                    .SelectMany(rule => rule.Patterns));
                Volatile.Write(ref _words, words);
            }

            return _words;
        }
    }

    /// <summary>A rule with its patterns, each gated by the words it needs.</summary>
    private sealed record Rule(string Label, string Cue, GatedPattern[] Patterns, bool Weak, bool Returns);
}
