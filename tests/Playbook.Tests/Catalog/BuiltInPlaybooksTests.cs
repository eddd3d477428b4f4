using System.Text;
using System.Text.RegularExpressions;
using Playbook.Engine.Catalog;
using Playbook.Engine.Playbooks.Loading;
using Playbook.Engine.Playbooks.Steps;
using Playbook.Tests.Support;

namespace Playbook.Tests.Catalog;

public sealed partial class BuiltInPlaybooksTests
{
    private static string BuiltIns => Path.Combine(RepoPaths.Root, "playbooks");

    [Fact]
    public void Load_BuiltInFolder_HasNoProblems()
    {
        var result = PlaybookLoader.Load(BuiltIns, ["welcome", "nudge", "thanks", "next-step"]);

        Assert.Empty(result.Problems);
        Assert.Equal(["after-meeting", "keep-in-touch", "met-at-event", "reply-received", "welcome"], result.Playbooks.Select(p => p.Name));
    }

    [Fact]
    public void Load_Welcome_IsTheInvitationPracticeWithItsFollowUp()
    {
        var welcome = Assert.Single(PlaybookLoader.Load(Path.Combine(BuiltIns, "welcome.yaml")).Playbooks);

        Assert.Equal("invitation.received", welcome.Trigger);
        Assert.Equal(TimeSpan.FromDays(14), welcome.MaxAge);
        Assert.NotNull(welcome.Description);
        Assert.Collection(
            welcome.Steps,
            s => Assert.Equal("analyse", Assert.IsType<AnalyseStep>(s).Id),
            s =>
            {
                Assert.Equal(["low-fit"], Assert.IsType<TagStep>(s).Tags);
                Assert.Equal("analysis.IsLowFit", s.If?.Source);
            },
            s => Assert.Equal(("welcome", "linkedin"), (Assert.IsType<DraftStep>(s).Template, ((DraftStep)s).Channel)),
            s => Assert.Equal((TimeSpan.FromDays(7), WaitUntilKind.Replied), (Assert.IsType<WaitStep>(s).For, ((WaitStep)s).Until!.Kind)),
            s => Assert.Equal(("pitch", "analysis.Intent == \"sales\" || analysis.Intent == \"recruiter\""), (Assert.IsType<StopStep>(s).Id, s.If?.Source)),
            s => Assert.Equal("nudge", Assert.IsType<DraftStep>(s).Template),
            s => Assert.Equal(
                ("Propose a call to {{ contact.first_name }}", TimeSpan.FromDays(14)),
                (Assert.IsType<RemindStep>(s).Text, ((RemindStep)s).In)));
    }

    [Fact]
    public void Load_ReplyReceived_MovesTheStageAndRemindsToProposeACall()
    {
        var reply = Assert.Single(PlaybookLoader.Load(Path.Combine(BuiltIns, "reply-received.yaml")).Playbooks);

        Assert.Equal("message.received", reply.Trigger);
        Assert.Equal(TimeSpan.FromDays(14), reply.MaxAge);
        Assert.Equal("event.Classification != \"auto\" && event.Classification != \"negative\"", reply.When?.Source);
        Assert.Collection(
            reply.Steps,
            s => Assert.Equal(("replied", "contact.Stage == \"new\" || contact.Stage == \"contacted\""), (Assert.IsType<StageStep>(s).Stage, s.If?.Source)),
            s => Assert.Equal(("conversation", "event.Classification == \"engaged\" && contact.Stage == \"replied\""), (Assert.IsType<StageStep>(s).Stage, s.If?.Source)),
            s => Assert.Equal(
                ("Write to {{ contact.first_name }} again (asked for {{ reply.asked_for }})", true, "event.FollowUpOn != null"),
                (Assert.IsType<RemindStep>(s).Text, ((RemindStep)s).OnFollowUp, s.If?.Source)),
            s => Assert.Equal((TimeSpan.FromDays(1), true, "event.Referral != null"), (Assert.IsType<RemindStep>(s).In, ((RemindStep)s).LinkReferral, s.If?.Source)),
            s => Assert.Equal(
                ("Propose a call or a meeting to {{ contact.first_name }}", TimeSpan.FromDays(1)),
                (Assert.IsType<RemindStep>(s).Text, ((RemindStep)s).In)));
    }

    [Fact]
    public void Playbooks_Embedded_AreTheFilesOfThePlaybooksFolderByteForByte()
    {
        var files = Directory.GetFiles(BuiltIns, "*.yaml").Where(f => !PlaybookLoader.IsTestFile(f)).Order(StringComparer.Ordinal).ToList();

        var embedded = BuiltInPlaybooks.Playbooks;

        Assert.Equal(files.Select(f => "built-in/" + Path.GetFileName(f)), embedded.Select(p => p.File));
        Assert.All(files.Zip(embedded), pair => Assert.Equal(File.ReadAllBytes(pair.First), pair.Second.Content.ToArray()));
    }

    [Fact]
    public void Templates_Embedded_AreTheFilesOfTheTemplatesFolderByteForByte()
    {
        var files = Directory.GetFiles(Path.Combine(BuiltIns, "templates"), "*.liquid").Order(StringComparer.Ordinal).ToList();

        var embedded = BuiltInPlaybooks.Templates;

        Assert.Equal(
            [
                "built-in/templates/next-step.en.liquid", "built-in/templates/next-step.es.liquid",
                "built-in/templates/nudge.en.liquid", "built-in/templates/nudge.es.liquid", "built-in/templates/thanks.en.liquid",
                "built-in/templates/thanks.es.liquid", "built-in/templates/welcome.en.liquid", "built-in/templates/welcome.es.liquid",
            ],
            embedded.Select(t => t.Path));
        Assert.Equal(files.Select(f => "built-in/templates/" + Path.GetFileName(f)), embedded.Select(t => t.Path));
        Assert.All(files.Zip(embedded), pair => Assert.Equal(File.ReadAllBytes(pair.First), Encoding.UTF8.GetBytes(pair.Second.Text)));
    }

    [Fact]
    public void Playbooks_ReadTwice_AreReadOnce()
    {
        Assert.Same(BuiltInPlaybooks.Playbooks, BuiltInPlaybooks.Playbooks);
        Assert.Same(BuiltInPlaybooks.Templates, BuiltInPlaybooks.Templates);
    }

    [Fact]
    public void Parse_EveryPlaybookInTheReferencePage_HasNoProblems()
    {
        var page = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "playbooks.md"));
        var examples = YamlBlock().Matches(page).Select(m => m.Groups[1].Value).Where(y => y.Contains("schema: 1", StringComparison.Ordinal)).ToList();

        var problems = examples.SelectMany((yaml, i) => PlaybookLoader.Parse(yaml, $"docs example {i + 1}").Problems).ToList();

        Assert.True(examples.Count >= 3, $"the page should show complete playbooks; found {examples.Count}");
        Assert.Empty(problems);
    }

    [GeneratedRegex("```yaml\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex YamlBlock();
}
