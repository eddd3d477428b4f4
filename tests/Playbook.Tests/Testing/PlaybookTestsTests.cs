using System.Text;
using Playbook.Engine.Catalog;
using Playbook.Engine.Playbooks.Loading;
using Playbook.Engine.Testing;

namespace Playbook.Tests.Testing;

public sealed class PlaybookTestsTests(BuiltInCatalogFixture fixture) : IClassFixture<BuiltInCatalogFixture>
{
    private const string Header = """
        me: { first_name: Ana, signature: Ana }
        contacts:
          maria: { first_name: Maria, last_name: Lopez, company: Sol Shoes, location: "London, United Kingdom" }
          sam: { first_name: Sam, last_name: Reed }
        tests:
          - name: the test
            events:
              - { contact: maria, kind: invitation.received, ago: 1h }
            steps:

        """;

    private TestFileResult Run(string steps) =>
        PlaybookTests.Run(new PlaybookSource("t.test.yaml", Encoding.UTF8.GetBytes(Header + steps)), fixture.Catalog, fixture.Clock);

    [Fact]
    public void Run_BuiltInTests_EveryTestPasses()
    {
        var results = BuiltInPlaybooks.Tests.Select(t => PlaybookTests.Run(t, fixture.Catalog, fixture.Clock)).ToList();

        var failures = results.SelectMany(r => r.Problems.Select(p => p.ToString()).Concat(r.Tests.SelectMany(t => t.Failures.Select(f => $"{t.Name}: {f}")))).ToList();
        Assert.Empty(failures);
        Assert.True(results.Sum(r => r.Tests.Count) >= 15, "the built-in tests were not all read");
    }

    [Fact]
    public void Tests_EveryBuiltInPlaybook_HasATestFileNamedAfterIt()
    {
        var playbooks = BuiltInPlaybooks.Playbooks.Select(p => PlaybookTests.PlaybookOf(p.File).Replace(".yaml", "", StringComparison.Ordinal));

        var tested = BuiltInPlaybooks.Tests.Select(t => PlaybookTests.PlaybookOf(t.File));

        Assert.Equal(playbooks.Order(StringComparer.Ordinal), tested.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Run_WrongLanguageAndWords_FailsAtEachWithWhatWasExpectedAndFound()
    {
        var result = Run("""
                  - run:
                    expect:
                      drafts:
                        - { playbook: welcome, contact: maria, language: es, contains: [Hi Maria, una llamada], not_contains: [Sol] }
            """);

        var test = Assert.Single(result.Tests);
        Assert.False(test.Passed);
        var language = test.Failures[0];
        Assert.Equal("t.test.yaml(13,62): draft welcome/welcome for maria: expected language 'es'; it is 'en'", language.ToString());
        Assert.Equal(("es", "en"), (language.Expected, language.Actual));
        Assert.StartsWith("t.test.yaml(13,87): draft welcome/welcome for maria: expected the text to contain 'una llamada'; it reads: \"Hi Maria, thanks for connecting!", test.Failures[1].ToString(), StringComparison.Ordinal);
        Assert.Equal(2, test.Failures.Count);
    }

    [Fact]
    public void Run_ADraftNotExpected_FailsAtTheDraftsKey()
    {
        var result = Run("""
                  - run:
                    expect:
                      drafts: []
            """);

        Assert.Equal(
            ["t.test.yaml(12,11): the step also wrote 1 draft the test does not expect: welcome/welcome for maria"],
            Assert.Single(result.Tests).Failures.Select(f => f.ToString()));
    }

    [Fact]
    public void Run_NudgeExpectedSixDaysAfterSent_FailsAndPassesAtSeven()
    {
        var result = Run("""
                  - run:
                  - sent: welcome
                  - after: 6d
                    tick:
                    expect:
                      drafts: [{ playbook: welcome, step: nudge }]
                  - after: 1d
                    tick:
                    expect:
                      drafts: [{ playbook: welcome, step: nudge }]
            """);

        Assert.Equal(
            ["t.test.yaml(15,20): expected a draft of welcome/nudge; the step wrote no other draft"],
            Assert.Single(result.Tests).Failures.Select(f => f.ToString()));
    }

    [Fact]
    public void Run_SelectorThatPicksNoDraft_FailsAtTheSelectorListingThePending()
    {
        var result = Run("""
                  - run:
                  - sent: nudge
            """);

        Assert.Equal(
            ["t.test.yaml(11,15): no pending draft is any playbook/nudge; pending: welcome/welcome for maria"],
            Assert.Single(result.Tests).Failures.Select(f => f.ToString()));
    }

    [Fact]
    public void Run_RunsContactsAndTasks_FailWithWhereTheyStand()
    {
        var result = Run("""
                  - run:
                    expect:
                      runs:
                        - { playbook: welcome, contact: maria, state: none }
                        - { playbook: met-at-event, state: waiting }
                      contacts:
                        maria: { tags: [close], stage: replied }
                      tasks: [{ contains: call }]
            """);

        Assert.Equal(
        [
            "t.test.yaml(13,59): expected no run of welcome for maria; there is run 1, waiting at 'wait' for draft 1 to be sent",
            "t.test.yaml(14,15): expected a run of met-at-event; there is none",
            "t.test.yaml(16,29): expected maria to be tagged 'close'; their tags are low-fit",
            "t.test.yaml(16,44): expected maria at stage 'replied'; they are at 'new'",
            "t.test.yaml(17,19): expected a task; the step wrote no other task",
        ],
            Assert.Single(result.Tests).Failures.Select(f => f.ToString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Run_DiscardAndAnUnknownPlaybook_StopTheRunAndFailAtTheAction()
    {
        var result = Run("""
                  - run: [welcome]
                  - discard: { contact: maria }
                    expect:
                      runs: [{ playbook: welcome, contact: maria, state: stopped }]
                  - run: [welcom]
            """);

        Assert.Equal(
            ["t.test.yaml(14,9): the step 'run' failed: unknown playbook 'welcom'. Did you mean 'welcome'?; list them with 'playbook playbooks'"],
            Assert.Single(result.Tests).Failures.Select(f => f.ToString()));
    }

    [Fact]
    public void Run_AnEventStep_IsLoggedAtTheClocksTimeAndStartsItsPlaybook()
    {
        var result = Run("""
                  - after: 2d
                    event: { contact: sam, kind: meeting, body: the meetup }
                  - run: [met-at-event]
                    expect:
                      runs: [{ playbook: met-at-event, contact: sam, state: waiting, step: pause, wake_in: 2d }]
                  - after: 2d
                    tick:
                    expect:
                      drafts: [{ playbook: met-at-event, contact: sam, contains: [the meetup] }]
            """);

        Assert.Empty(Assert.Single(result.Tests).Failures);
    }

    [Fact]
    public void Run_TwoTests_EachStartsFromAFreshStore()
    {
        var steps = """
                  - run:
                    expect:
                      drafts: [{ playbook: welcome, contact: maria }]
              - name: the second test
                events:
                  - { contact: maria, kind: invitation.received, ago: 1h }
                steps:
                  - run:
                    expect:
                      drafts: [{ playbook: welcome, contact: maria }]
                      runs: [{ playbook: welcome, contact: maria, state: waiting, step: wait }]
            """;

        var result = Run(steps);

        Assert.Equal(2, result.Tests.Count);
        Assert.All(result.Tests, t => Assert.Empty(t.Failures));
    }

    [Fact]
    public void Run_FileWithAProblem_RunsNoTest()
    {
        var result = Run("""
                  - run:
                    expect: { draft: [] }
            """);

        Assert.Empty(result.Tests);
        Assert.Equal(["t.test.yaml(11,19): unknown key 'draft'. Did you mean 'drafts'?"], result.Problems.Select(p => p.ToString()));
        Assert.False(result.Passed);
    }
}
