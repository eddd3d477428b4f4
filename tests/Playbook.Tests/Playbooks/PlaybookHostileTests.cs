using System.Text;
using Playbook.Engine.Playbooks.Loading;

namespace Playbook.Tests.Playbooks;

/// <summary>Broken and hostile playbook files: each gives positioned problems, claims a name, and never throws.</summary>
public sealed class PlaybookHostileTests
{
    private const string TooLong = "is too long: a duration may be at most 3650d (about 10 years)";

    [Fact]
    public void Parse_MaxAgeAndWaitOfThousandsOfYears_AreProblemsAtTheirValues()
    {
        // Passed check, then failed every run with a .NET date error and no place.
        var yaml = "schema: 1\nname: x\non: meeting\nmax_age: 740000d\nsteps:\n  - { id: w, wait: 3000000d }\n  - id: r\n    remind: later\n    in: 99999999w\n";

        var problems = PlaybookText.ProblemsOf(yaml);

        Assert.Equal(
            [
                $"welcome.yaml(4,10): '740000d' {TooLong}",
                $"welcome.yaml(6,20): '3000000d' {TooLong}",
                $"welcome.yaml(9,9): '99999999w' {TooLong}",
            ],
            problems);
    }

    [Fact]
    public void Parse_ScheduleEveryTwentyYears_IsAProblemAtItsValue()
    {
        var problems = PlaybookText.ProblemsOf("schema: 1\nname: x\non: schedule\nevery: 7300d\nsteps:\n  - { id: t, tag: x }\n");

        Assert.Equal([$"welcome.yaml(4,8): '7300d' {TooLong}"], problems);
    }

    [Fact]
    public void Parse_DocumentEndMarkerOnTheFirstLine_IsOnePositionedProblemAndClaimsTheNameLine()
    {
        var result = PlaybookLoader.Parse("...\nschema: 1\nname: welcome\non: meeting\n", "mine.yaml");

        Assert.Equal(["mine.yaml(1,1): invalid YAML: '...' ends the document here, yet more follows; remove this line"], result.Problems.Select(p => p.ToString()));
        Assert.Equal([new RejectedPlaybook("welcome", "mine.yaml")], result.Rejected);
    }

    [Fact]
    public void Parse_UndefinedAliasAsACondition_IsOneProblemWhereTheAliasIsAndTheRestIsChecked()
    {
        // Reported at (1,1) as "invalid YAML: the anchor 'nope' does not exists", hiding everything else.
        var problems = PlaybookText.ProblemsOf("schema: 1\nname: x\non: meeting\nwhen: *nope\nsteps:\n  - { id: a, tga: x }\n");

        Assert.Equal(
            [
                "welcome.yaml(4,7): undefined alias '*nope'; an alias repeats a node marked '&nope' before it in the same document",
                "welcome.yaml(6,14): unknown step type 'tga'. Did you mean 'tag'?",
            ],
            problems);
    }

    [Fact]
    public void Parse_InvalidYamlWithoutANameLine_ClaimsItsFileStem()
    {
        var result = PlaybookLoader.Parse("schema: 1\non: [meeting\nsteps:\n", "welcome.yaml");

        Assert.Equal([new RejectedPlaybook("welcome", "welcome.yaml")], result.Rejected);
    }

    [Fact]
    public void Parse_InvalidYamlWithAnInvalidNameLine_ClaimsItsFileStem()
    {
        var result = PlaybookLoader.Parse("name: Welcome Me\non: [meeting\nsteps:\n", "built-in/welcome.yaml");

        Assert.Equal([new RejectedPlaybook("welcome", "built-in/welcome.yaml")], result.Rejected);
    }

    [Theory]
    [InlineData("")]
    [InlineData("- a list\n")]
    [InlineData("schema: 1\nname: Not A Name\n")]
    public void Parse_FileWithoutAValidName_ClaimsItsFileStem(string yaml)
    {
        var result = PlaybookLoader.Parse(yaml, "reply-received.yaml");

        Assert.Equal([new RejectedPlaybook("reply-received", "reply-received.yaml")], result.Rejected);
    }

    [Fact]
    public void Parse_FileStemThatIsNoName_ClaimsNothing()
    {
        var result = PlaybookLoader.Parse("on: [\n", "My Welcome.yaml");

        Assert.Empty(result.Rejected);
    }

    [Fact]
    public void Parse_NotUtf8_ClaimsItsFileStem()
    {
        byte[] latin1 = [.. "schema: 1\nname: caf"u8, 0xE9, (byte)'\n'];

        var result = PlaybookLoader.Parse([new PlaybookSource("welcome.yaml", latin1)]);

        Assert.Equal([new RejectedPlaybook("welcome", "welcome.yaml")], result.Rejected);
    }

    [Fact]
    public void Parse_FileWithProblems_KeepsItsConditionsAndRemindTextsToCheck()
    {
        var yaml = """
            schema: 1
            name: x
            on: meeting
            when: contact.Compnay != null
            max_age: 99999d
            steps:
              - id: call
                remind: Call {{ contact.firstname }}
                in: 1y
              - id: wait
                wait: 2d
                until: Replyed
              - { id: bad, if: DaysSinceLastInteraction, drat: x }
            """;

        var result = PlaybookLoader.Parse(yaml, "x.yaml");

        var parts = Assert.Single(result.RejectedParts);
        Assert.Equal("x.yaml", parts.File);
        Assert.Equal(["contact.Compnay != null", "Replyed", "DaysSinceLastInteraction"], parts.Conditions.Select(c => c.Source));
        Assert.Equal([(4, 7), (12, 12), (13, 20)], parts.Conditions.Select(c => (c.Location.Line, c.Location.Column)));
        var remind = Assert.Single(parts.Reminds);
        Assert.Equal(("Call {{ contact.firstname }}", 8, 13), (remind.Text, remind.TextLocation.Line, remind.TextLocation.Column));
        Assert.Empty(result.Playbooks);
    }

    [Fact]
    public void Parse_ValidFile_HasNoRejectedParts()
    {
        var result = PlaybookLoader.Parse(PlaybookText.Illustration, "welcome.yaml");

        Assert.Empty(result.RejectedParts);
        Assert.Empty(result.Rejected);
    }

    [Fact]
    public void Parse_StepsAsAliasesOfOneStep_AreOneDuplicateIdProblemNotAThousand()
    {
        var yaml = new StringBuilder("schema: 1\nname: x\non: meeting\nsteps:\n  - &s { id: a, tag: t }\n");
        for (var i = 0; i < 1_000; i++)
        {
            yaml.Append("  - *s\n");
        }

        var problems = PlaybookText.ProblemsOf(yaml.ToString());

        Assert.Equal(["welcome.yaml(5,14): duplicate step id 'a'; the first is at line 5"], problems);
    }

    [Fact]
    public void Parse_TagListOfFiftyThousandTags_IsReadOnceEach()
    {
        var tags = string.Join(", ", Enumerable.Range(0, 50_000).Select(i => $"t{i}"));

        var playbook = PlaybookText.Valid($"schema: 1\nname: x\non: meeting\nsteps:\n  - {{ id: a, tag: [{tags}, t0] }}\n");

        Assert.Equal(50_000, ((Engine.Playbooks.Steps.TagStep)playbook.Steps[0]).Tags.Count);
    }
}
