using System.Text;
using Playbook.Engine.Playbooks.Loading;
using Playbook.Engine.Testing;

namespace Playbook.Tests.Testing;

public sealed class TestFileReaderTests
{
    private static PlaybookTestFile Read(string yaml) => TestFileReader.Read(new PlaybookSource("t.test.yaml", Encoding.UTF8.GetBytes(yaml)));

    [Fact]
    public void Read_EveryKindOfMistake_ReportsEachAtItsPlaceAtOnce()
    {
        const string yaml = """
            contacts:
              maria: { first_name: Maria }
            tests:
              - name: broken
                stpes: []
              - name: more
                events:
                  - { contact: mria, kind: invitation.recieved }
                steps:
                  - after: 7 days
                  - at: 2025-01-01
                  - run:
                    tick:
                  - sent: { contact: sam }
            """;

        var file = Read(yaml);

        Assert.Equal(
        [
            "t.test.yaml(5,5): unknown key 'stpes'. Did you mean 'steps'?",
            "t.test.yaml(8,20): unknown contact 'mria'. Did you mean 'maria'?",
            "t.test.yaml(8,32): unknown event kind 'invitation.recieved'. Did you mean 'invitation.received'?",
            "t.test.yaml(10,16): 'after': '7 days' is not a duration: write it without spaces, as in 1d12h",
            "t.test.yaml(11,13): time goes backwards: 2025-01-01T00:00Z is before the clock's time here (2026-01-05T09:00Z); a test's clock only moves on",
            "t.test.yaml(13,9): a step does one thing, and this one does 'run' already; give 'tick' a step of its own",
            "t.test.yaml(14,26): unknown contact 'sam'; define it under 'contacts:' (the file's contacts are 'maria')",
        ],
            file.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Read_ClockMovedOnThenBackByAt_IsAProblemAtTheAt()
    {
        const string yaml = """
            start: 2026-03-01T09:00Z
            contacts:
              maria: { first_name: Maria }
            tests:
              - name: back
                steps:
                  - after: 10d
                  - at: 2026-03-05T09:00Z
            """;

        var file = Read(yaml);

        Assert.Equal(
            ["t.test.yaml(8,13): time goes backwards: 2026-03-05T09:00Z is before the clock's time here (2026-03-11T09:00Z); a test's clock only moves on"],
            file.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Read_EventAfterTheStartAndATimedLoggedEvent_AreProblems()
    {
        const string yaml = """
            start: 2026-03-01
            contacts:
              maria: { first_name: Maria }
            tests:
              - name: late
                events:
                  - { contact: maria, kind: meeting, at: 2026-03-02 }
                steps:
                  - event: { contact: maria, kind: note, ago: 1d }
            """;

        var file = Read(yaml);

        Assert.Equal(
        [
            "t.test.yaml(7,46): this event is after the test starts (2026-03-01T00:00Z); log it with an 'event:' step once the clock is there",
            "t.test.yaml(9,46): an event a step logs happens at the clock's time; move the clock with 'after:' or 'at:' on the step",
        ],
            file.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Read_BadExpectations_ReportsUnknownStateContactAndKey()
    {
        const string yaml = """
            contacts:
              maria: { first_name: Maria }
            tests:
              - name: expectations
                steps:
                  - run:
                    expect:
                      drafts:
                        - { playbook: welcome, langauge: en }
                      runs:
                        - { playbook: welcome, state: wating }
                      contacts:
                        marie: { tags: [x] }
            """;

        var file = Read(yaml);

        Assert.Equal(
        [
            "t.test.yaml(9,36): unknown key 'langauge'. Did you mean 'language'?",
            "t.test.yaml(11,43): unknown run state 'wating'. Did you mean 'waiting'?",
            "t.test.yaml(13,13): unknown contact 'marie'. Did you mean 'maria'?",
        ],
            file.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Read_TimesAtTheEdgesOfTheCalendar_AreHeldThereRatherThanThrown()
    {
        const string yaml = """
            start: 0001-01-01
            contacts:
              maria: { first_name: Maria }
            tests:
              - name: early
                events:
                  - { contact: maria, kind: note, ago: 3650d }
                steps:
                  - at: 9999-12-31
                  - after: 3650d
            """;

        var file = Read(yaml);

        Assert.Empty(file.Problems);
        Assert.Equal(DateTimeOffset.MinValue, Assert.Single(Assert.Single(file.Tests).Events).At);
    }

    [Fact]
    public void Read_EmptyFile_SaysWhatATestFileNeeds()
    {
        var file = Read("# nothing yet\n");

        Assert.Equal(
            ["t.test.yaml: the file is empty; a test file needs 'contacts:' and 'tests:'; see 'playbook new test NAME' for a starter"],
            file.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Read_WellWrittenFile_HasTheContactsTestsAndSteps()
    {
        const string yaml = """
            me: { first_name: Ana, signature: Ana, goals: [{ name: clients, keywords: [shop], propose: a call }] }
            contacts:
              maria: { first_name: Maria, skills: [Shopify], positions: [{ company: Sol, start: 2019-03 }] }
            tests:
              - name: one
                events:
                  - { contact: maria, kind: invitation.received, ago: 2h }
                steps:
                  - run:
                  - after: 1d
                    sent: welcome/welcome
                    expect:
                      runs: [{ playbook: welcome, wake_in: 7d }]
            """;

        var file = Read(yaml);

        Assert.Empty(file.Problems);
        Assert.Equal("Ana", file.Me.Signature);
        Assert.Equal("a call", Assert.Single(file.Me.Goals).Propose);
        var contact = Assert.Single(file.Contacts);
        Assert.Equal("Sol", Assert.Single(contact.Profile!.Positions).Company);
        var test = Assert.Single(file.Tests);
        Assert.Equal(TestFileReader.DefaultStart - TimeSpan.FromHours(2), Assert.Single(test.Events).At);
        Assert.Equal([TestActions.Run, TestActions.Sent], test.Steps.Select(s => s.Action));
        Assert.Equal(("welcome", "welcome"), (test.Steps[1].Draft!.Playbook, test.Steps[1].Draft!.Step));
        Assert.Equal(TimeSpan.FromDays(7), Assert.Single(test.Steps[1].Expect!.Runs).WakeIn!.Value);
    }
}
