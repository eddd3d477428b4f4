using Playbook.Engine.Playbooks.Loading;
using Playbook.Engine.Problems;

namespace Playbook.Tests.Playbooks;

public sealed class PlaybookProblemTests
{
    private const string Head = "schema: 1\nname: x\non: invitation.received\nsteps:\n";
    private const string Triggers = "'invitation.received', 'invitation.sent', 'message.received', 'message.sent', 'meeting', 'collaboration', 'note', 'contact.imported', 'schedule'";
    private const string StepTypes = "'analyse', 'draft', 'wait', 'remind', 'tag', 'untag', 'stage', 'set', 'stop'";
    private const string StageNames = "'new', 'contacted', 'replied', 'conversation', 'meeting', 'collaboration', 'dormant'";
    private const string Units = "use w (weeks), d (days), h (hours), m (minutes) or s (seconds), as in 7d or 1d12h";

    [Fact]
    public void Parse_MisspeltSteps_IsTheScenarioLineExactly()
    {
        const string yaml = """
            # Luis's welcome, in Spanish.
            schema: 1
            name: welcome-es
            description: Bienvenida personal.
            on: invitation.received
            max_age: 14d
            stpes:
              - id: welcome
                draft: { template: welcome }
            """;

        var result = PlaybookLoader.Parse(yaml, "welcome-es.yaml");

        var problem = Assert.Single(result.Problems);
        Assert.Equal("welcome-es.yaml(7,1): unknown key 'stpes'. Did you mean 'steps'?", problem.ToString());
        Assert.Equal(new Problem("welcome-es.yaml", 7, 1, "unknown key 'stpes'. Did you mean 'steps'?"), problem);
        Assert.Empty(result.Playbooks);
        Assert.Equal([new RejectedPlaybook("welcome-es", "welcome-es.yaml")], result.Rejected);
    }

    [Theory]
    // The file as a whole
    [InlineData("", "welcome.yaml(1,1): the file is empty; a playbook needs 'schema', 'name', 'on' and 'steps'")]
    [InlineData("# only a comment\n", "welcome.yaml(1,1): the file is empty; a playbook needs 'schema', 'name', 'on' and 'steps'")]
    [InlineData("- schema: 1\n", "welcome.yaml(1,1): a playbook should be a mapping of keys to values, not a list")]
    [InlineData(Head + "  - { id: a, stop: }\n---\nschema: 1\n", "welcome.yaml(7,1): a file holds one playbook; move this document to a file of its own")]
    [InlineData("schema: 1\nname: x\n  on: y\n", "welcome.yaml(3,5): invalid YAML: while scanning a plain scalar value, found invalid mapping.")]
    [InlineData("schema: 1\nsteps: [a, b\n", "welcome.yaml(3,1): invalid YAML: while parsing a flow sequence, did not find expected ',' or ']'.")]
    // Top-level keys
    [InlineData("schema: 1\nname: x\non: invitation.received\ntrigger: x\nsteps:\n  - { id: a, stop: }\n",
        "welcome.yaml(4,1): unknown key 'trigger'; a playbook's keys are 'schema', 'name', 'description', 'on', 'every', 'when', 'max_age', 'instead_of', 'steps'")]
    [InlineData("schema: 1\nname: x\nname: y\non: invitation.received\nsteps:\n  - { id: a, stop: }\n",
        "welcome.yaml(3,1): duplicate key 'name'; the first is at line 2")]
    [InlineData("description: nothing yet\n",
        "welcome.yaml(1,1): the playbook has no 'schema'; add schema: 1",
        "welcome.yaml(1,1): the playbook has no 'name'",
        "welcome.yaml(1,1): the playbook has no 'on'; add the event that starts it, such as on: invitation.received",
        "welcome.yaml(1,1): the playbook has no 'steps'")]
    [InlineData("schema: 2\nname: x\nwhatever: 1\n", "welcome.yaml(1,9): schema 2 is newer than this version of Playbook reads (schema 1); update Playbook")]
    [InlineData("schema: one\nname: x\non: invitation.received\nsteps:\n  - { id: a, stop: }\n", "welcome.yaml(1,9): 'schema' should be 1, not 'one'")]
    [InlineData("schema: 1\nname: Welcome Invitation\non: invitation.received\nsteps:\n  - { id: a, stop: }\n",
        "welcome.yaml(2,7): name 'Welcome Invitation' should be lower-case letters, digits, '-' and '_', such as 'welcome-invitation'")]
    [InlineData("schema: 1\nname:\non: invitation.received\nsteps:\n  - { id: a, stop: }\n", "welcome.yaml(2,6): 'name' needs the playbook's name, such as welcome")]
    [InlineData("schema: 1\nname: x\non: invitation.recieved\nsteps:\n  - { id: a, stop: }\n",
        "welcome.yaml(3,5): unknown trigger 'invitation.recieved'. Did you mean 'invitation.received'?")]
    [InlineData("schema: 1\nname: x\non: schedul\nsteps:\n  - { id: a, stop: }\n", "welcome.yaml(3,5): unknown trigger 'schedul'. Did you mean 'schedule'?")]
    [InlineData("schema: 1\nname: x\non: nothing\nsteps:\n  - { id: a, stop: }\n", "welcome.yaml(3,5): unknown trigger 'nothing'; the triggers are " + Triggers)]
    [InlineData("schema: 1\nname: x\non: [invitation.received]\nsteps:\n  - { id: a, stop: }\n", "welcome.yaml(3,5): 'on' should be a single value, not a list")]
    [InlineData(Head + "  - { id: a, stop: }\nwhen: [a]\n", "welcome.yaml(6,7): 'when' should be a single value, not a list")]
    [InlineData(Head + "  - { id: a, stop: }\nwhen:\n", "welcome.yaml(6,6): 'when' needs a C# condition, such as contact.ProfileUrl != null")]
    [InlineData(Head + "  - { id: a, stop: }\nmax_age: 14\n", "welcome.yaml(6,10): '14' is not a duration: 14 has no unit; " + Units)]
    [InlineData(Head + "  - { id: a, stop: }\nmax_age: two weeks\n", "welcome.yaml(6,10): 'two weeks' is not a duration: a number comes before each unit, as in 7d")]
    [InlineData(Head + "  - { id: a, stop: }\nmax_age: { days: 14 }\n", "welcome.yaml(6,10): 'max_age' should be a single value, not a mapping")]
    [InlineData(Head + "  - { id: a, stop: }\nmax_age: 0d\n", "welcome.yaml(6,10): 'max_age' should be longer than zero, such as 14d")]
    [InlineData("schema: 1\nname: x\non: invitation.received\nsteps: { id: a, stop: }\n", "welcome.yaml(4,8): 'steps' should be a list of steps, not a mapping")]
    [InlineData("schema: 1\nname: x\non: invitation.received\nsteps: []\n", "welcome.yaml(4,8): 'steps' is empty; a playbook needs at least one step")]
    [InlineData("schema: 1\nname: x\non: invitation.received\n? [a]\n: b\nsteps:\n  - { id: a, stop: }\n", "welcome.yaml(4,3): a key should be a single name, not a list")]
    // Steps
    [InlineData(Head + "  - welcome\n", "welcome.yaml(5,5): step 1 should be a mapping of keys to values, not a single value")]
    [InlineData(Head + "  - draft: welcome\n", "welcome.yaml(5,5): step 1 has no 'id'; give it a name, such as id: draft")]
    [InlineData(Head + "  - { idd: a, draft: welcome }\n", "welcome.yaml(5,7): unknown key 'idd'. Did you mean 'id'?")]
    [InlineData(Head + "  - { id: Wait 1, wait: 7d }\n",
        "welcome.yaml(5,11): step id 'Wait 1' should be lower-case letters, digits, '-' and '_', such as 'wait-1'")]
    [InlineData(Head + "  - { id: a, stop: }\n  - { id: b, stop: }\n  - { id: a, stop: }\n", "welcome.yaml(7,11): duplicate step id 'a'; the first is at line 5")]
    [InlineData(Head + "  - { id: a }\n", "welcome.yaml(5,5): step 'a' has no type; give it one of " + StepTypes)]
    [InlineData(Head + "  - { id: a, drat: welcome }\n", "welcome.yaml(5,14): unknown step type 'drat'. Did you mean 'draft'?")]
    [InlineData(Head + "  - { id: a, send: welcome }\n", "welcome.yaml(5,14): unknown step type 'send'; the step types are " + StepTypes)]
    [InlineData(Head + "  - { id: a, draft: welcome, untill: replied }\n", "welcome.yaml(5,30): unknown key 'untill'. Did you mean 'until'?")]
    [InlineData(Head + "  - { id: a, draft: welcome, wait: 7d }\n", "welcome.yaml(5,30): step 'a' has two types, 'draft' and 'wait'; give each its own step")]
    [InlineData(Head + "  - { id: a, draft: welcome, until: replied }\n", "welcome.yaml(5,30): 'until' belongs to a wait step, not a draft step")]
    [InlineData(Head + "  - { id: a, wait: 7d, in: 1d }\n", "welcome.yaml(5,24): 'in' belongs to a remind step, not a wait step")]
    [InlineData(Head + "  - { id: a, if: , stop: }\n", "welcome.yaml(5,18): 'if' needs a C# condition, such as contact.ProfileUrl != null")]
    // Analyse
    [InlineData(Head + "  - { id: a, analyse: profile }\n", "welcome.yaml(5,23): 'analyse' takes no value; write 'analyse:' alone, without 'profile'")]
    [InlineData(Head + "  - { id: a, analyse: [x] }\n", "welcome.yaml(5,23): 'analyse' takes no value; write 'analyse:' alone, not a list")]
    [InlineData(Head + "  - { id: a, analyze: }\n", "welcome.yaml(5,14): unknown step type 'analyze'. Did you mean 'analyse'?")]
    // Draft
    [InlineData(Head + "  - id: welcome\n    draft: { channel: email }\n", "welcome.yaml(6,12): step 'welcome' has no 'template'")]
    [InlineData(Head + "  - id: welcome\n    draft:\n", "welcome.yaml(6,11): step 'welcome' has no 'template'; write draft: { template: welcome }")]
    [InlineData(Head + "  - id: welcome\n    draft: { templates: welcome }\n", "welcome.yaml(6,14): unknown key 'templates'. Did you mean 'template'?")]
    [InlineData(Head + "  - id: welcome\n    draft: welcome.es.liquid\n",
        "welcome.yaml(6,12): template 'welcome.es.liquid' should be the template's name alone, without language or extension, such as 'welcome'")]
    [InlineData(Head + "  - id: welcome\n    draft: { template: -welcome }\n", "welcome.yaml(6,24): template '-welcome' should be letters, digits, '-' and '_'")]
    [InlineData(Head + "  - id: welcome\n    draft: [welcome]\n", "welcome.yaml(6,12): 'draft' should be a template name or a mapping such as { template: welcome }, not a list")]
    [InlineData(Head + "  - id: welcome\n    draft: { template: welcome, channel: Linked In }\n",
        "welcome.yaml(6,42): channel 'Linked In' should be lower-case letters, digits, '-' and '_', such as 'linked-in'")]
    [InlineData(Head + "  - id: welcome\n    draft: { template: welcome, channel: calendar }\n",
        "welcome.yaml(6,42): a draft cannot be written for 'calendar': a calendar brings meetings, not messages; write channel: last (the channel the contact used last) or email")]
    [InlineData(Head + "  - id: welcome\n    draft: { template: welcome, variants: [welcome] }\n", "welcome.yaml(6,44): template 'welcome' is already a choice of this draft")]
    [InlineData(Head + "  - id: welcome\n    draft: { template: welcome, variants: [{ template: short, weight: 0 }] }\n",
        "welcome.yaml(6,71): 'weight' should be a whole number of 1 or more, not '0'")]
    [InlineData(Head + "  - id: welcome\n    draft: { template: welcome, variants: short }\n", "welcome.yaml(6,43): 'variants' should be a list of templates, not a single value")]
    // Wait
    [InlineData(Head + "  - { id: a, wait: 7days }\n", "welcome.yaml(5,20): '7days' is not a duration: unknown unit 'days'; " + Units)]
    [InlineData(Head + "  - { id: a, wait: 0d }\n", "welcome.yaml(5,20): 'wait' should be longer than zero, such as 7d")]
    [InlineData(Head + "  - { id: a, wait: }\n", "welcome.yaml(5,20): 'wait' needs a duration, such as 7d")]
    [InlineData(Head + "  - { id: a, wait: 7d, until: repled }\n", "welcome.yaml(5,31): unknown 'until' value 'repled'. Did you mean 'replied'?")]
    [InlineData(Head + "  - { id: a, wait: 7d, until: }\n", "welcome.yaml(5,31): 'until' needs replied, interaction, back or a C# condition")]
    // Remind
    [InlineData(Head + "  - { id: a, remind: }\n", "welcome.yaml(5,22): 'remind' needs the text of the reminder")]
    [InlineData(Head + "  - { id: a, remind: Call, in: soon }\n", "welcome.yaml(5,32): 'soon' is not a duration: a number comes before each unit, as in 7d")]
    [InlineData(Head + "  - { id: a, remind: [Call] }\n", "welcome.yaml(5,22): 'remind' should be a single value, not a list")]
    // Tag, untag, stage, set, stop
    [InlineData(Head + "  - { id: a, tag: [] }\n", "welcome.yaml(5,19): 'tag' needs at least one tag")]
    [InlineData(Head + "  - { id: a, untag: { vip: true } }\n", "welcome.yaml(5,21): 'untag' should be a tag or a list of tags, not a mapping")]
    [InlineData(Head + "  - { id: a, tag: [vip, [close]] }\n", "welcome.yaml(5,25): 'tag' should be a single value, not a list")]
    [InlineData(Head + "  - { id: a, stage: replyed }\n", "welcome.yaml(5,21): unknown stage 'replyed'. Did you mean 'replied'?")]
    [InlineData(Head + "  - { id: a, stage: won }\n", "welcome.yaml(5,21): unknown stage 'won'; the stages are " + StageNames)]
    [InlineData(Head + "  - { id: a, set: source }\n", "welcome.yaml(5,19): 'set' should be a mapping of names to values, such as { source: linkedin }, not a single value")]
    [InlineData(Head + "  - { id: a, set: {} }\n", "welcome.yaml(5,19): 'set' needs at least one name: value")]
    [InlineData(Head + "  - { id: a, set: { my-var: 1 } }\n", "welcome.yaml(5,21): 'my-var' in 'set' should be a name of letters, digits and '_' that does not start with a digit")]
    [InlineData(Head + "  - { id: a, set: { x: [1, 2] } }\n", "welcome.yaml(5,24): the value of 'x' should be a single value, not a list")]
    [InlineData(Head + "  - { id: a, stop: [why] }\n", "welcome.yaml(5,20): 'stop' should be a reason or nothing, not a list")]
    public void Parse_Mistake_ReportsExactlyTheseProblems(string yaml, params string[] expected)
    {
        var problems = PlaybookText.ProblemsOf(yaml);

        Assert.Equal(expected, problems);
    }

    [Fact]
    public void Parse_UnknownTemplate_SaysSoAtTheValueWithASuggestion()
    {
        const string yaml = Head + "  - id: welcome\n    draft: { template: welcom }\n  - id: nudge\n    draft: zzz\n";

        var problems = PlaybookText.ProblemsOf(yaml, ["welcome", "nudge"]);

        Assert.Equal(
            ["welcome.yaml(6,24): unknown template 'welcom'. Did you mean 'welcome'?", "welcome.yaml(8,12): unknown template 'zzz'"],
            problems);
    }

    [Fact]
    public void Parse_UnknownVariantTemplate_IsReportedToo()
    {
        const string yaml = Head + "  - id: welcome\n    draft:\n      template: welcome\n      variants: [nudg]\n";

        var problems = PlaybookText.ProblemsOf(yaml, ["welcome", "nudge"]);

        Assert.Equal(["welcome.yaml(8,18): unknown template 'nudg'. Did you mean 'nudge'?"], problems);
    }

    [Fact]
    public void Parse_NoTemplateNames_DoesNotCheckTemplates()
    {
        var problems = PlaybookText.ProblemsOf(Head + "  - { id: a, draft: anything-at-all }\n");

        Assert.Empty(problems);
    }

    [Fact]
    public void Parse_ManyMistakesInOneFile_ReportsEveryOneInFileOrder()
    {
        const string yaml = """
            schema: 1
            name: Welcome!
            on: invitation.recieved
            max_age: 14 days
            steps:
              - id: welcome
                draft: { tempalte: welcome }
              - id: wait
                wait: 7days
                until: repled
              - id: welcome
                stage: replyed
              - id: call
                remind: "Propose a call"
                in: 2 weeks
              - id: extra
                drat: nudge
            name: again
            """;

        var problems = PlaybookText.ProblemsOf(yaml);

        Assert.Equal(
            [
                "welcome.yaml(2,7): name 'Welcome!' should be lower-case letters, digits, '-' and '_', such as 'welcome'",
                "welcome.yaml(3,5): unknown trigger 'invitation.recieved'. Did you mean 'invitation.received'?",
                "welcome.yaml(4,10): '14 days' is not a duration: write it without spaces, as in 1d12h",
                "welcome.yaml(7,14): unknown key 'tempalte'. Did you mean 'template'?",
                "welcome.yaml(9,11): '7days' is not a duration: unknown unit 'days'; use w (weeks), d (days), h (hours), m (minutes) or s (seconds), as in 7d or 1d12h",
                "welcome.yaml(10,12): unknown 'until' value 'repled'. Did you mean 'replied'?",
                "welcome.yaml(11,9): duplicate step id 'welcome'; the first is at line 6",
                "welcome.yaml(12,12): unknown stage 'replyed'. Did you mean 'replied'?",
                "welcome.yaml(15,9): '2 weeks' is not a duration: write it without spaces, as in 1d12h",
                "welcome.yaml(17,5): unknown step type 'drat'. Did you mean 'draft'?",
                "welcome.yaml(18,1): duplicate key 'name'; the first is at line 2",
            ],
            problems);
    }

    [Fact]
    public void Parse_DuplicateKeyWithANestedValue_SkipsTheRepeatAndChecksTheRest()
    {
        const string yaml = Head + """
              - id: welcome
                draft: { template: welcome }
                draft:
                  template: other
                  variants: [a, b]
              - { id: later, stage: won }
            """;

        var problems = PlaybookText.ProblemsOf(yaml);

        Assert.Equal(
            [
                "welcome.yaml(7,5): duplicate key 'draft'; the first is at line 6",
                "welcome.yaml(10,25): unknown stage 'won'; the stages are " + StageNames,
            ],
            problems);
    }

    [Fact]
    public void Parse_FileWithProblems_GivesNoPlaybook()
    {
        var result = PlaybookLoader.Parse(Head + "  - { id: a, wait: 7days }\n", "welcome.yaml");

        Assert.True(result.HasProblems);
        Assert.Empty(result.Playbooks);
        Assert.Equal([new RejectedPlaybook("x", "welcome.yaml")], result.Rejected);
    }

    [Fact]
    public void Parse_NewerSchema_StillClaimsItsName()
    {
        var result = PlaybookLoader.Parse("schema: 2\nname: welcome\nsteps: {}\n", "welcome.yaml");

        Assert.Equal([new RejectedPlaybook("welcome", "welcome.yaml")], result.Rejected);
    }

    [Fact]
    public void Parse_NotUtf8_IsAProblemWithTheWholeFile()
    {
        byte[] latin1 = [.. "schema: 1\nname: caf"u8, 0xE9, (byte)'\n'];

        var result = PlaybookLoader.Parse([new PlaybookSource("latin1.yaml", latin1)]);

        Assert.Equal(["latin1.yaml: not UTF-8 text; save the file as UTF-8"], result.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void ToString_ProblemWithPosition_IsFileLineColumnMessage()
    {
        var problem = new Problem("playbooks/welcome.yaml", 12, 5, "step 'welcome' has no 'template'");

        Assert.Equal("playbooks/welcome.yaml(12,5): step 'welcome' has no 'template'", problem.ToString());
    }
}
