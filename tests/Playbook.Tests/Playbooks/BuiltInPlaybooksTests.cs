using System.Text.RegularExpressions;
using Playbook.Engine.Playbooks;
using Playbook.Tests.Support;

namespace Playbook.Tests.Playbooks;

public sealed partial class BuiltInPlaybooksTests
{
    private static string BuiltIns => Path.Combine(RepoPaths.Root, "playbooks");

    [Fact]
    public void Load_BuiltInFolder_HasNoProblems()
    {
        var result = PlaybookLoader.Load(BuiltIns, ["welcome", "nudge"]);

        Assert.Empty(result.Problems);
        Assert.Equal(["reply-received", "welcome"], result.Playbooks.Select(p => p.Name));
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
            s => Assert.Equal(("welcome", "linkedin"), (Assert.IsType<DraftStep>(s).Template, ((DraftStep)s).Channel)),
            s => Assert.Equal((TimeSpan.FromDays(7), WaitUntilKind.Replied), (Assert.IsType<WaitStep>(s).For, ((WaitStep)s).Until!.Kind)),
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
        Assert.Collection(
            reply.Steps,
            s => Assert.Equal("replied", Assert.IsType<StageStep>(s).Stage),
            s => Assert.Equal(
                ("Propose a call or a meeting to {{ contact.first_name }}", TimeSpan.FromDays(1)),
                (Assert.IsType<RemindStep>(s).Text, ((RemindStep)s).In)));
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
