using Playbook.Engine.Playbooks.Steps;

namespace Playbook.Tests.Playbooks;

public sealed class PlaybookDefinitionTests
{
    private const string Analysed = """
        schema: 1
        name: analysed
        on: invitation.received
        steps:
          - { id: first, tag: a }
          - { id: look, analyse: }
          - { id: welcome, draft: welcome }
        """;

    [Fact]
    public void FindStep_EveryStepOfALongPlaybook_FindsItsPosition()
    {
        var yaml = "schema: 1\nname: long\non: meeting\nsteps:\n" + string.Concat(Enumerable.Range(0, 5_000).Select(i => $"  - {{ id: s{i}, tag: t }}\n"));
        var playbook = PlaybookText.Valid(yaml);

        var positions = playbook.Steps.Select(s => playbook.IndexOfStep(s.Id)).ToList();

        Assert.Equal(Enumerable.Range(0, 5_000), positions);
        Assert.Equal("s4999", playbook.FindStep("s4999")?.Id);
        Assert.Null(playbook.FindStep("s5000"));
        Assert.Equal(-1, playbook.IndexOfStep("nope"));
    }

    [Fact]
    public void FindStep_StepsReplacedInACopy_FindsTheCopysSteps()
    {
        var playbook = PlaybookText.Valid(Analysed);

        var copy = playbook with { Steps = [playbook.Steps[2] with { Id = "only" }] };

        Assert.Equal(0, copy.IndexOfStep("only"));
        Assert.Null(copy.FindStep("welcome"));
        Assert.Equal(2, playbook.IndexOfStep("welcome"));
        Assert.False(copy.AnalysesBefore("only"));
    }

    [Fact]
    public void AnalysesBefore_StepsBeforeAndAfterTheAnalyseStep_IsTrueOnlyAfterIt()
    {
        var playbook = PlaybookText.Valid(Analysed);

        var answers = playbook.Steps.Select(s => playbook.AnalysesBefore(s.Id)).ToList();

        Assert.Equal([false, false, true], answers);
        Assert.False(playbook.AnalysesBefore("nope"));
        Assert.IsType<AnalyseStep>(playbook.Steps[1]);
    }

    [Fact]
    public void Equals_CopyWithTheSameSteps_IsEqual()
    {
        var playbook = PlaybookText.Valid(Analysed);

        var copy = playbook with { Steps = playbook.Steps };

        Assert.Equal(playbook, copy);
        Assert.Equal(playbook.GetHashCode(), copy.GetHashCode());
    }
}
