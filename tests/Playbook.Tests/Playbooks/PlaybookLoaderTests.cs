using Playbook.Engine.Playbooks.Loading;
using Playbook.Engine.Playbooks.Steps;
using Playbook.Engine.Problems;

namespace Playbook.Tests.Playbooks;

public sealed class PlaybookLoaderTests
{
    [Fact]
    public void Parse_IssueIllustration_BuildsTheWholeModel()
    {
        var playbook = PlaybookText.Valid(PlaybookText.Illustration);

        Assert.Equal("welcome-invitation", playbook.Name);
        Assert.Null(playbook.Description);
        Assert.Equal("invitation.received", playbook.Trigger);
        Assert.Equal("contact.ProfileUrl != null", playbook.When?.Source);
        Assert.Equal(new SourceLocation("welcome.yaml", 4, 7), playbook.When?.Location);
        Assert.Equal(TimeSpan.FromDays(14), playbook.MaxAge);
        Assert.Equal("welcome.yaml", playbook.SourceFile);
        Assert.Equal(new SourceLocation("welcome.yaml", 2, 7), playbook.NameLocation);
        Assert.Equal(new SourceLocation("welcome.yaml", 3, 5), playbook.TriggerLocation);
        Assert.Equal(new SourceLocation("welcome.yaml", 5, 10), playbook.MaxAgeLocation);
        Assert.Equal(["welcome", "wait", "nudge", "call"], playbook.Steps.Select(s => s.Id));
        Assert.Equal(["draft", "wait", "draft", "remind"], playbook.Steps.Select(s => s.Kind));

        var welcome = Assert.IsType<DraftStep>(playbook.Steps[0]);
        Assert.Equal("welcome", welcome.Template);
        Assert.Equal("linkedin", welcome.Channel);
        Assert.Empty(welcome.Variants);
        Assert.Null(welcome.If);
        Assert.Equal(new SourceLocation("welcome.yaml", 7, 5), welcome.Location);
        Assert.Equal(new SourceLocation("welcome.yaml", 8, 24), welcome.TemplateLocation);

        var wait = Assert.IsType<WaitStep>(playbook.Steps[1]);
        Assert.Equal(TimeSpan.FromDays(7), wait.For);
        Assert.Equal(WaitUntilKind.Replied, wait.Until?.Kind);
        Assert.Null(wait.Until?.Condition);

        var nudge = Assert.IsType<DraftStep>(playbook.Steps[2]);
        Assert.Equal("nudge", nudge.Template);
        Assert.Equal(DraftStep.DefaultChannel, nudge.Channel);

        var call = Assert.IsType<RemindStep>(playbook.Steps[3]);
        Assert.Equal("Propose a call to {{ contact.first_name }}", call.Text);
        Assert.Equal(new SourceLocation("welcome.yaml", 15, 14), call.TextLocation);
        Assert.Equal(TimeSpan.FromDays(14), call.In);
    }

    [Fact]
    public void Parse_AnyFile_ContentHashIsTheSha256OfItsBytes()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(PlaybookText.Minimal);

        var playbook = Assert.Single(PlaybookLoader.Parse([new PlaybookSource("a.yaml", bytes)]).Playbooks);

        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), playbook.ContentHash);
        Assert.Equal(64, playbook.ContentHash.Length);
    }

    [Fact]
    public void Parse_OneByteChanged_ContentHashChanges()
    {
        var before = PlaybookText.Valid(PlaybookText.Minimal);

        var oneByte = PlaybookText.Valid(PlaybookText.Minimal.Replace("draft: welcome", "draft: welcomf", StringComparison.Ordinal));
        var comment = PlaybookText.Valid(PlaybookText.Minimal + "\n# a comment is a change too\n");
        var same = PlaybookText.Valid(PlaybookText.Minimal);

        Assert.NotEqual(before.ContentHash, oneByte.ContentHash);
        Assert.NotEqual(before.ContentHash, comment.ContentHash);
        Assert.Equal(before.ContentHash, same.ContentHash);
    }

    [Fact]
    public void Parse_DescriptionAndByteOrderMark_AreRead()
    {
        var bytes = System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(
            "schema: 1\nname: x\ndescription: |\n  Two lines\n  of text.\non: message.received\nsteps:\n  - { id: s, stop: }\n")).ToArray();

        var result = PlaybookLoader.Parse([new PlaybookSource("x.yaml", bytes)]);

        var playbook = Assert.Single(result.Playbooks);
        Assert.Equal("Two lines\nof text.", playbook.Description);
        Assert.Equal("message.received", playbook.Trigger);
    }

    [Fact]
    public void Parse_DraftShorthandAndVariants_ListEveryChoiceWithItsWeight()
    {
        var step = PlaybookText.OnlyStep("""
              - id: welcome
                draft:
                  template: welcome
                  channel: email
                  variants:
                    - Welcome_Short
                    - { template: welcome-long, weight: 3 }
            """);

        var draft = Assert.IsType<DraftStep>(step);
        Assert.Equal("email", draft.Channel);
        Assert.Equal([("Welcome_Short", 1), ("welcome-long", 3)], draft.Variants.Select(v => (v.Template, v.Weight)));
        Assert.Equal([("welcome", 1), ("Welcome_Short", 1), ("welcome-long", 3)], draft.Choices.Select(v => (v.Template, v.Weight)));
        Assert.Equal(new SourceLocation("welcome.yaml", 11, 23), draft.Variants[1].Location);
    }

    [Fact]
    public void Parse_DraftChannelLast_IsKeptForTheRuntimeToResolve()
    {
        var step = PlaybookText.OnlyStep("  - id: thanks\n    draft: { template: welcome, channel: last }\n");

        var draft = Assert.IsType<DraftStep>(step);
        Assert.Equal(DraftStep.LastChannel, draft.Channel);
    }

    [Fact]
    public void Parse_WaitUntilInteraction_IsThatKind()
    {
        var step = PlaybookText.OnlyStep("  - id: w\n    wait: 2w\n    until: interaction\n");

        var wait = Assert.IsType<WaitStep>(step);
        Assert.Equal(TimeSpan.FromDays(14), wait.For);
        Assert.Equal(WaitUntilKind.Interaction, wait.Until?.Kind);
        Assert.Equal(new SourceLocation("welcome.yaml", 7, 12), wait.Until?.Location);
    }

    [Fact]
    public void Parse_WaitUntilCondition_KeepsTheExpressionAndWhereItStarts()
    {
        var step = PlaybookText.OnlyStep("  - id: w\n    wait: 12h\n    until: \"contact.Stage == \\\"meeting\\\"\"\n");

        var until = Assert.IsType<WaitStep>(step).Until;
        Assert.Equal(WaitUntilKind.Condition, until?.Kind);
        Assert.Equal("contact.Stage == \"meeting\"", until?.Condition?.Source);
        Assert.Equal(new SourceLocation("welcome.yaml", 7, 13), until?.Condition?.Location);
    }

    [Fact]
    public void Parse_WaitWithoutUntil_WaitsTheWholeTime()
    {
        var step = PlaybookText.OnlyStep("  - id: w\n    wait: 1d12h\n");

        var wait = Assert.IsType<WaitStep>(step);
        Assert.Equal(TimeSpan.FromHours(36), wait.For);
        Assert.Null(wait.Until);
    }

    [Fact]
    public void Parse_BlockScalarCondition_LocationIsItsFirstCharacterAndMapKeepsColumns()
    {
        var step = PlaybookText.OnlyStep("""
              - id: tag-close
                if: |
                  contact.Tags.Count > 2
                    && contact.Company != null
                tag: close
            """);

        var condition = step.If!;
        Assert.Equal("contact.Tags.Count > 2\n  && contact.Company != null", condition.Source);
        Assert.Equal(new SourceLocation("welcome.yaml", 7, 7), condition.Location);
        Assert.Equal(new SourceLocation("welcome.yaml", 8, 12), condition.Map(1, 5));
    }

    [Fact]
    public void Parse_PlainCondition_MapAddsTheCharacterToTheColumn()
    {
        var playbook = PlaybookText.Valid(PlaybookText.Illustration);

        var mapped = playbook.When!.Map(0, 8);

        Assert.Equal(new SourceLocation("welcome.yaml", 4, 15), mapped);
    }

    [Fact]
    public void Parse_TagUntagStageSetStop_ReadTheirValues()
    {
        var playbook = PlaybookText.Valid("""
            schema: 1
            name: all-steps
            on: message.received
            steps:
              - { id: tag-one, tag: " Close " }
              - { id: tag-many, tag: [vip, close, VIP] }
              - { id: untag, untag: low-fit }
              - { id: stage, stage: conversation }
              - id: set
                set: { source: linkedin, count: 3, ratio: 0.5, sent: true, quoted: "3", nothing: ~ }
              - { id: stop, stop: replied elsewhere }
              - { id: stop-quietly, stop: }
            """);

        var steps = playbook.Steps;
        Assert.Equal(["close"], Assert.IsType<TagStep>(steps[0]).Tags);
        Assert.Equal(["vip", "close"], Assert.IsType<TagStep>(steps[1]).Tags);
        Assert.Equal(["low-fit"], Assert.IsType<UntagStep>(steps[2]).Tags);
        Assert.Equal("conversation", Assert.IsType<StageStep>(steps[3]).Stage);
        var values = Assert.IsType<SetStep>(steps[4]).Values;
        Assert.Equal(["source", "count", "ratio", "sent", "quoted", "nothing"], values.Keys);
        Assert.Equal("linkedin", values["source"]);
        Assert.Equal(3L, values["count"]);
        Assert.Equal(0.5, values["ratio"]);
        Assert.Equal(true, values["sent"]);
        Assert.Equal("3", values["quoted"]);
        Assert.Null(values["nothing"]);
        Assert.Equal("replied elsewhere", Assert.IsType<StopStep>(steps[5]).Reason);
        Assert.Null(Assert.IsType<StopStep>(steps[6]).Reason);
    }

    [Fact]
    public void Parse_RemindWithoutIn_IsDueAtOnce()
    {
        var step = PlaybookText.OnlyStep("  - id: r\n    remind: Call {{ contact.first_name }}\n");

        var remind = Assert.IsType<RemindStep>(step);
        Assert.Equal(TimeSpan.Zero, remind.In);
        Assert.Equal("Call {{ contact.first_name }}", remind.Text);
    }

    [Fact]
    public void Parse_IfOnAStep_IsKeptWithItsLocation()
    {
        var step = PlaybookText.OnlyStep("  - id: s\n    if: contact.Company != null\n    stage: contacted\n");

        Assert.Equal("contact.Company != null", step.If?.Source);
        Assert.Equal(new SourceLocation("welcome.yaml", 6, 9), step.If?.Location);
    }

    [Fact]
    public void FindStep_IdOfAStep_IsThatStepAndItsIndex()
    {
        var playbook = PlaybookText.Valid(PlaybookText.Illustration);

        var step = playbook.FindStep("nudge");

        Assert.Same(playbook.Steps[2], step);
        Assert.Equal(2, playbook.IndexOfStep("nudge"));
        Assert.Null(playbook.FindStep("gone"));
        Assert.Equal(-1, playbook.IndexOfStep("gone"));
    }

    [Fact]
    public void Parse_KnownTemplates_AcceptsTheNamedOnes()
    {
        var result = PlaybookLoader.Parse(PlaybookText.Illustration, "welcome.yaml", ["welcome", "nudge"]);

        Assert.Empty(result.Problems);
        Assert.Single(result.Playbooks);
    }
}
