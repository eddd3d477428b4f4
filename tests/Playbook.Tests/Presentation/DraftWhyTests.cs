using Playbook.Engine.Analysis;
using Playbook.Engine.Runs;
using Playbook.Tui.Presentation;

namespace Playbook.Tests.Presentation;

public sealed class DraftWhyTests
{
    [Fact]
    public void Lines_DraftAnsweringANote_SayTheScoreTheCommonGroundTheNoteAndEachPieceOfEvidence()
    {
        var analysis = new ContactAnalysis
        {
            Score = 0.1,
            CommonGround = ["Comercio electrónico"],
            Intent = "peer",
            TheirWork = "e-commerce de moda",
            Evidence = [new Match("skill", "invitation", "e-commerce de moda", "Comercio electrónico") { MeWords = "Comercio electrónico", Concept = "e-commerce" }],
        };

        var lines = DraftWhy.Lines(Draft(analysis) with { Note = "the analysis changed after you edited this draft; your text was kept" });

        Assert.Equal(
            [
                "note: the analysis changed after you edited this draft; your text was kept",
                "why: score 0.10; in common: Comercio electrónico; their note: peer, \"e-commerce de moda\"",
                "  · " + ContactPrinter.Evidence(analysis.Evidence[0]),
            ],
            lines);
    }

    [Fact]
    public void Headline_LowFitWithTooLittleData_SaysSo()
    {
        var headline = DraftWhy.Headline(new ContactAnalysis { TooLittleData = true, IsLowFit = true });

        Assert.Equal("score 0.00; low fit: too little data", headline);
    }

    [Fact]
    public void Lines_DraftWithoutAnalysisOrNote_AreNone()
    {
        var lines = DraftWhy.Lines(Draft(null));

        Assert.Empty(lines);
    }

    private static Draft Draft(ContactAnalysis? analysis) => new()
    {
        Id = 1, ContactId = 2, Playbook = "welcome", Step = "welcome", Channel = "linkedin", Template = "welcome", Body = "Hola",
        Status = DraftStatuses.Pending, CreatedAt = DateTimeOffset.UnixEpoch, Analysis = analysis,
    };
}
