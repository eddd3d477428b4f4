using System.Globalization;
using Playbook.Engine.Import.LinkedIn;
using Playbook.Tests.Support;

namespace Playbook.Tests.Analysis;

/// <summary>
/// One hand-labelled reply of ReplyCorpus.tsv or ReplyHeldOut.tsv: the label, and what the reply asks of the practice.
/// Columns: label, language (es/en), format (plain/html: LinkedIn's HTML, turned into text as the importer does), at
/// (the message's time), followUpOn (a day, or '-' for none), referral ('-' for none, '(no name)' for a referral
/// without a name, else the person as the classifier writes it), text (\n for a line break).
/// </summary>
internal sealed record LabelledReply(string File, int Line, string Label, string Language, DateTimeOffset At, DateOnly? FollowUpOn, string? Referral, string Text)
{
    /// <summary>The replies the rules were tuned on.</summary>
    public const string Tuning = "ReplyCorpus.tsv";

    /// <summary>The replies written without sight of the rules and never tuned on, their misses never shown: a third of all.</summary>
    public const string HeldOut = "ReplyHeldOut.tsv";

    public static IReadOnlyList<LabelledReply> Read(string file)
    {
        var lines = System.IO.File.ReadAllLines(Path.Combine(RepoPaths.Root, "tests", "Playbook.Tests", "Analysis", file));
        var replies = new List<LabelledReply>();
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }

            var f = lines[i].Split('\t');
            var text = f[6].Replace("\\n", "\n", StringComparison.Ordinal);
            replies.Add(new LabelledReply(
                file,
                i + 1,
                f[0],
                f[1],
                DateTimeOffset.Parse(f[3], CultureInfo.InvariantCulture),
                f[4] == "-" ? null : DateOnly.ParseExact(f[4], "yyyy-MM-dd", CultureInfo.InvariantCulture),
                f[5] switch { "-" => null, "(no name)" => "", var r => r },
                f[2] == "html" ? HtmlText.ToText(text) : text));
        }

        return replies;
    }

    public override string ToString() => $"{File}:{Line}";
}
