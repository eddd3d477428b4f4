using System.Diagnostics;
using System.Globalization;
using Playbook.Engine.Analysis.Replies;
using Playbook.Engine.Import.LinkedIn;

namespace Playbook.Benchmarks;

/// <summary>
/// The built-in reply rules over the hand-labelled replies of the tests (tests/Playbook.Tests/Analysis): how often
/// the label, the day to write again and the referral are all three right, per label and per language, on the
/// replies the rules were tuned on (ReplyCorpus.tsv) and on the third held out, written before the rules were tuned
/// and never tuned on (ReplyHeldOut.tsv); then the time to classify a reply. Asserts nothing: the tests do.
/// </summary>
internal static class RepliesBenchmark
{
    private const int Rounds = 20;

    public static void Run(string work)
    {
        _ = work;
        var root = RepositoryRoot();
        var sets = new[] { ("tuned on", "ReplyCorpus.tsv"), ("held out", "ReplyHeldOut.tsv") }
            .Select(s => (Name: s.Item1, Replies: Read(Path.Combine(root, "tests", "Playbook.Tests", "Analysis", s.Item2))))
            .ToList();
        Console.WriteLine($"Reply classification: {sets.Sum(s => s.Replies.Count)} hand-labelled replies ({string.Join(", ", sets.Select(s => $"{s.Replies.Count} {s.Name}"))}); right = label, day and referral all right");
        foreach (var (name, replies) in sets)
        {
            var results = replies.Select(r => (Reply: r, Right: IsRight(r, ReplyClassifier.BuiltIn.Classify(r.Text, r.At)))).ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name}: {results.Count(r => r.Right)}/{results.Count} right, {(double)results.Count(r => r.Right) / results.Count:P1}"));
            foreach (var (title, key) in new (string, Func<Labelled, string>)[] { ("label", r => r.Label), ("language", r => r.Language), ("kind", Kind) })
            {
                var groups = results.GroupBy(r => key(r.Reply)).OrderBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key} {g.Count(r => r.Right)}/{g.Count()} ({(double)g.Count(r => r.Right) / g.Count():P0})"));
                Console.WriteLine($"    by {title,-8} {string.Join(", ", groups)}");
            }
        }

        var all = sets.SelectMany(s => s.Replies).ToList();
        foreach (var reply in all)
        {
            ReplyClassifier.BuiltIn.Classify(reply.Text, reply.At);
        }

        var clock = Stopwatch.StartNew();
        for (var round = 0; round < Rounds; round++)
        {
            foreach (var reply in all)
            {
                ReplyClassifier.BuiltIn.Classify(reply.Text, reply.At);
            }
        }

        var perReply = clock.Elapsed.TotalMicroseconds / (Rounds * all.Count);
        var long4000 = string.Concat(Enumerable.Repeat("Estoy fuera de la oficina hasta el 14 de diciembre; escríbeme en enero o habla con Marta Vidal. ", 45))[..4_000];
        clock.Restart();
        for (var round = 0; round < Rounds; round++)
        {
            ReplyClassifier.BuiltIn.Classify(long4000, DateTimeOffset.UnixEpoch);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {perReply:N0} µs per reply; a 4,000-character reply {clock.Elapsed.TotalMilliseconds / Rounds:N1} ms"));
    }

    private static string Kind(Labelled reply) =>
        reply.Referral is not null ? "referral"
        : reply.FollowUpOn is not null ? (reply.Label == ReplyLabels.Auto ? "return" : "later")
        : "plain";

    private static bool IsRight(Labelled reply, ReplyClassification got) =>
        (got.Label, got.FollowUpOn, got.Referral) == (reply.Label, reply.FollowUpOn, reply.Referral);

    private static List<Labelled> Read(string path) =>
        [.. File.ReadAllLines(path).Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t')).Select(f => new Labelled(
            f[0],
            f[1],
            DateTimeOffset.Parse(f[3], CultureInfo.InvariantCulture),
            f[4] == "-" ? null : DateOnly.ParseExact(f[4], "yyyy-MM-dd", CultureInfo.InvariantCulture),
            f[5] switch { "-" => null, "(no name)" => "", var r => r },
            f[2] == "html" ? HtmlText.ToText(f[6].Replace("\\n", "\n", StringComparison.Ordinal)) : f[6].Replace("\\n", "\n", StringComparison.Ordinal)))];

    private static string RepositoryRoot()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "Playbook.sln")))
                {
                    return folder.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException("run it from inside the repository: no folder above holds Playbook.sln");
    }

    private sealed record Labelled(string Label, string Language, DateTimeOffset At, DateOnly? FollowUpOn, string? Referral, string Text);
}
