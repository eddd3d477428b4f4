using Playbook.Engine.Events;
using Playbook.Engine.Runs;

namespace Playbook.Tests.Runtime;

/// <summary>
/// The steps that write only after everything that can fail in them (a tag, an untag, a stage, a set, a reminder, a
/// draft, a stop) take no savepoint: what they wrote stays when a later step fails, exactly once, and a step of theirs
/// that fails before it writes leaves nothing of itself.
/// </summary>
public sealed class WritesLastStepTests : IDisposable
{
    private const string Broken = "{% assign n = contact.company | size | times: 100000 %}{% for i in (1..n) %}x{% endfor %}Hi";

    private readonly RuntimeHarness _h = new();

    [Theory]
    [InlineData("tag: seen", "tagged", "SELECT count(*) FROM contact_tags WHERE tag = 'seen'", 1)]
    [InlineData("untag: gone", "untagged", "SELECT count(*) FROM contact_tags WHERE tag = 'gone'", 0)]
    [InlineData("stage: meeting", "staged", "SELECT count(*) FROM contacts WHERE stage = 'meeting'", 1)]
    [InlineData("set: { place: Madrid }", "set", "SELECT count(*) FROM runs WHERE vars_json LIKE '%Madrid%'", 1)]
    [InlineData("remind: call them\n    in: 1d", "reminded", "SELECT count(*) FROM tasks", 1)]
    public void Run_StepFollowedByAFailingDraft_KeepsWhatItWroteOnceAndTheDraftNothing(string step, string action, string check, long expected)
    {
        _h.Template("broken.liquid", Broken);
        _h.Playbook("marked.yaml", $$"""
            schema: 1
            name: marked
            on: invitation.received
            steps:
              - id: mark
                {{step}}
              - id: hello
                draft: { template: broken }
            """);
        var luis = _h.Contact("Luis", "Pardo", "Contoso");
        _h.Db.Contacts.AddTags(luis, ["gone"]);
        _h.Event(luis, EventKinds.InvitationReceived, daysAgo: 1);

        var report = _h.Run();

        var failure = Assert.Single(report.Failures);
        Assert.Equal(["- started", $"mark {action}", "hello failed"], _h.Journal(failure.RunId).Select(j => j[..j.IndexOf(':', StringComparison.Ordinal)]));
        Assert.Equal((RunStates.Failed, "hello"), (_h.Db.Runs.Get(failure.RunId).State, _h.Db.Runs.Get(failure.RunId).Step));
        Assert.Equal(expected, _h.Scalar(check));
        Assert.Empty(_h.Db.Drafts.List());

        // Run again: the failed run is not taken again, and nothing is written twice.
        _h.Run();
        Assert.Equal(expected, _h.Scalar(check));
        Assert.Equal(1, _h.Scalar("SELECT count(*) FROM runs"));
    }

    [Fact]
    public void Run_RemindWhoseTextFails_FailsTheRunAndWritesNoTask()
    {
        _h.Playbook("marked.yaml", $"""
            schema: 1
            name: marked
            on: invitation.received
            steps:
              - id: mark
                tag: seen
              - id: todo
                remind: "{Broken}"
                in: 1d
            """);
        var luis = _h.Contact("Luis", "Pardo", "Contoso");
        _h.Event(luis, EventKinds.InvitationReceived, daysAgo: 1);

        var report = _h.Run();

        var failure = Assert.Single(report.Failures);
        Assert.Equal(["- started", "mark tagged", "todo failed"], _h.Journal(failure.RunId).Select(j => j[..j.IndexOf(':', StringComparison.Ordinal)]));
        Assert.Equal(0, _h.Scalar("SELECT count(*) FROM tasks"));
        Assert.Equal(1, _h.Scalar("SELECT count(*) FROM contact_tags WHERE tag = 'seen'"));
    }

    public void Dispose() => _h.Dispose();
}
