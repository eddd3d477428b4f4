using System.Globalization;
using Playbook.Engine.Analysis.Replies;
using Playbook.Engine.Import.LinkedIn;
using Playbook.Tests.Support;
using Xunit.Abstractions;

namespace Playbook.Tests.Analysis;

/// <summary>
/// The built-in reply rules over hand-labelled messages, Spanish and English, plain text and the HTML of LinkedIn's
/// messages export (turned into text as the importer does): ReplyCorpus.tsv (136 messages, the rules were tuned on it)
/// and ReplyHeldOut.tsv (60 messages written apart and never tuned on). Prints precision and recall per label and every
/// miss; asserts the overall accuracy of each.
/// </summary>
public sealed class ReplyCorpusTests(ITestOutputHelper output)
{
    private const double RequiredAccuracy = 0.85;

    [Theory]
    [InlineData("ReplyCorpus.tsv")]
    [InlineData("ReplyHeldOut.tsv")]
    public void Classify_TheLabelledCorpus_IsRightAtLeast85PercentOfTheTime(string file)
    {
        var corpus = Corpus(file);
        var results = corpus.Select(m => (m.Label, Got: ReplyClassifier.BuiltIn.Classify(m.Text), m.Text)).ToList();

        var right = results.Count(r => r.Label == r.Got.Label);
        var accuracy = (double)right / results.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{results.Count} messages, accuracy {accuracy:P1} (required {RequiredAccuracy:P0})"));
        output.WriteLine("label       precision  recall  count");
        foreach (var label in ReplyLabels.All)
        {
            var truePositives = results.Count(r => r.Label == label && r.Got.Label == label);
            var predicted = results.Count(r => r.Got.Label == label);
            var actual = results.Count(r => r.Label == label);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{label,-11} {(predicted == 0 ? 0 : (double)truePositives / predicted),9:P0}  {(actual == 0 ? 0 : (double)truePositives / actual),6:P0}  {actual,5}"));
        }

        foreach (var (label, got, text) in results.Where(r => r.Label != r.Got.Label))
        {
            output.WriteLine($"expected {label}, got {got}: {text}");
        }

        Assert.True(corpus.Count >= 60, $"the corpus has {corpus.Count} messages");
        Assert.All(ReplyLabels.All, label => Assert.Contains(corpus, m => m.Label == label));
        Assert.True(accuracy >= RequiredAccuracy, string.Create(CultureInfo.InvariantCulture, $"accuracy {accuracy:P1}"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("👍🙌")]
    [InlineData("<p></p>")]
    [InlineData("Merci beaucoup pour la connexion, je vous souhaite une excellente journée et à bientôt")]
    public void Classify_NothingToJudge_IsUnknownWithoutCrashing(string text)
    {
        Assert.Equal(ReplyLabels.Unknown, ReplyClassifier.BuiltIn.Classify(text).Label);
    }

    [Fact]
    public void Classify_AnEnormousMessage_IsJudgedByItsBeginning()
    {
        var text = "¿Hablamos el jueves? " + string.Concat(Enumerable.Repeat("bla ", 200_000));

        var result = ReplyClassifier.BuiltIn.Classify(text);

        Assert.Equal(ReplyLabels.Engaged, result.Label);
    }

    [Theory]
    [InlineData("¡Me parece genial! En el futuro hablaremos", "brush-off", "a polite deferral")]
    [InlineData("Are you free Thursday at 10?", "engaged", "a question")]
    [InlineData("Not interested, thanks", "negative", "not interested")]
    [InlineData("Estoy fuera de la oficina hasta el lunes", "auto", "out of office")]
    public void Classify_ScenarioMessages_ComeWithTheCuesThatDecidedThem(string text, string label, string cue)
    {
        var result = ReplyClassifier.BuiltIn.Classify(text);

        Assert.Equal(label, result.Label);
        Assert.Contains(result.Cues, c => c.StartsWith(cue, StringComparison.Ordinal));
    }

    private static List<(string Label, string Text)> Corpus(string file)
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Root, "tests", "Playbook.Tests", "Analysis", file));
        var messages = new List<(string, string)>();
        foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
        {
            var fields = line.Split('\t');
            var text = fields[6].Replace("\\n", "\n", StringComparison.Ordinal);
            messages.Add((fields[0], fields[2] == "html" ? HtmlText.ToText(text) : text));
        }

        return messages;
    }
}
