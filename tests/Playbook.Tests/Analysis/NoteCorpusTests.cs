using System.Globalization;
using Playbook.Engine.Analysis.Notes;
using Playbook.Tests.Support;
using Xunit.Abstractions;

namespace Playbook.Tests.Analysis;

/// <summary>
/// The note reader over invented invitation notes, Spanish and English, each with the intent and the work phrase a
/// person would read in it ("-" for none; a place is kept, "a bookshop in Dublin", and the clause ends where another
/// starts, "a headhunter working with ..." is "a headhunter"): NoteCorpus.tsv (at least 40 of each language; the rules
/// were written with it) and NoteHeldOut.tsv (22 of each, written afterwards and never tuned on). Prints the accuracy
/// of each language and every miss; asserts the accuracy of the intents and of the work phrases.
/// </summary>
public sealed class NoteCorpusTests(ITestOutputHelper output)
{
    // The held-out notes guard against a change that breaks what the rules never saw; what they reach is reported.
    private const double HeldOutAccuracy = 0.75;

    [Theory]
    [InlineData("NoteCorpus.tsv", "es", 40, 0.9)]
    [InlineData("NoteCorpus.tsv", "en", 40, 0.9)]
    [InlineData("NoteHeldOut.tsv", "es", 20, HeldOutAccuracy)]
    [InlineData("NoteHeldOut.tsv", "en", 20, HeldOutAccuracy)]
    public void Read_TheLabelledNotes_FindTheIntentAndTheWorkAsOftenAsRequired(string file, string language, int atLeast, double required)
    {
        var corpus = Corpus(file).Where(n => n.Language == language).ToList();

        var results = corpus.Select(n => (n.Intent, n.Work, n.Text, Got: NoteReader.Read(n.Text)!)).ToList();

        var intents = results.Count(r => r.Intent == r.Got.Intent);
        var works = results.Count(r => r.Work == (r.Got.Work ?? "-"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{file}, {results.Count} notes in {language}: intent {(double)intents / results.Count:P1}, work {(double)works / results.Count:P1} (required {required:P0})"));
        foreach (var (intent, work, text, got) in results.Where(r => r.Intent != r.Got.Intent || r.Work != (r.Got.Work ?? "-")))
        {
            output.WriteLine($"expected {intent} \"{work}\", got {got.Intent} \"{got.Work ?? "-"}\" ({string.Join(", ", got.Cues)}): {text}");
        }

        Assert.True(corpus.Count >= atLeast, $"{file} has {corpus.Count} notes in {language}");
        Assert.All(NoteIntents.All, intent => Assert.Contains(corpus, n => n.Intent == intent));
        Assert.True((double)intents / results.Count >= required, $"intent accuracy {intents} of {results.Count}");
        Assert.True((double)works / results.Count >= required, $"work accuracy {works} of {results.Count}");
    }

    private static List<(string Language, string Intent, string Work, string Text)> Corpus(string file) =>
        [.. File.ReadAllLines(Path.Combine(RepoPaths.Root, "tests", "Playbook.Tests", "Analysis", file))
            .Skip(1)
            .Where(l => l.Length > 0)
            .Select(l => l.Split('\t'))
            .Select(f => (f[0], f[1], f[2], f[3]))];
}
