using Playbook.Engine.Events;

namespace Playbook.Tests.Runtime;

/// <summary><c>instead_of</c>: a playbook takes another over for the events its <c>when</c> matches, and exactly one of them runs.</summary>
public sealed class InsteadOfTests : IDisposable
{
    private const string HelloAcme = """
        schema: 1
        name: hello-acme
        on: invitation.received
        instead_of: hello
        when: contact.Company == "Acme"
        max_age: 14d
        steps:
          - id: hello
            draft: { template: hello-acme }
        """;

    private readonly RuntimeHarness _h = new RuntimeHarness().WithHello();

    public InsteadOfTests() => _h.Template("hello-acme.liquid", "Hi {{ contact.first_name }}, a word from one Acme fan to another.");

    [Fact]
    public void Run_ReplacementWhenMatches_RunsInsteadOfTheNamedPlaybookAndTheOthersKeepIt()
    {
        _h.Playbook("hello-acme.yaml", HelloAcme);
        var ana = _h.Contact("Ana", "Ruiz", "Acme");
        var bo = _h.Contact("Bo", "Lind", "Globex");
        var anaInvitation = _h.Event(ana, EventKinds.InvitationReceived, daysAgo: 1);
        _h.Event(bo, EventKinds.InvitationReceived, daysAgo: 1);

        var report = _h.Run();

        var runs = _h.Db.Runs.List().OrderBy(r => r.ContactId).Select(r => (r.Playbook, r.ContactId)).ToList();
        Assert.Equal([("hello-acme", ana), ("hello", bo)], runs);
        Assert.Equal((2, 1, 1), (report.RunsStarted, report.SkippedInsteadOf, report.SkippedByWhen));
        var acmeRun = _h.Db.Runs.List().Single(r => r.Playbook == "hello-acme");
        Assert.Contains($"(event {anaInvitation}), instead of hello, version", _h.Journal(acmeRun.Id)[0], StringComparison.Ordinal);
        Assert.Equal(
            ["Bo: Hi Bo, thanks for connecting!", "Ana: Hi Ana, a word from one Acme fan to another."],
            _h.Db.Drafts.List().OrderBy(d => d.ContactId == ana).Select(d => $"{(d.ContactId == ana ? "Ana" : "Bo")}: {d.Body}"));
    }

    [Fact]
    public void Run_Again_StartsNoSecondRunOfEither()
    {
        _h.Playbook("hello-acme.yaml", HelloAcme);
        var ana = _h.Contact("Ana", "Ruiz", "Acme");
        _h.Event(ana, EventKinds.InvitationReceived, daysAgo: 1);
        _h.Run();
        using (var command = _h.Db.Connection.CreateCommand())
        {
            // The contact moves on: the replacement's 'when' no longer matches, but it ran for the event already.
            command.CommandText = "UPDATE contacts SET company = 'Globex'";
            command.ExecuteNonQuery();
        }

        var again = _h.Run();

        Assert.Equal((0, 1), (again.RunsStarted, again.SkippedInsteadOf));
        Assert.Equal("hello-acme", _h.OnlyRun().Playbook);
    }

    [Fact]
    public void Run_NamedPlaybookRanBeforeTheReplacementWasWritten_ReplacementStartsNoSecondRun()
    {
        var ana = _h.Contact("Ana", "Ruiz", "Acme");
        _h.Event(ana, EventKinds.InvitationReceived, daysAgo: 1);
        _h.Run();
        _h.Playbook("hello-acme.yaml", HelloAcme);

        var report = _h.Run();

        Assert.Equal((0, 1), (report.RunsStarted, report.SkippedInsteadOf));
        Assert.Equal("hello", _h.OnlyRun().Playbook);
    }

    [Fact]
    public void Run_ReplacementSwitchedOffByAProblem_NamedPlaybookRunsAsUsual()
    {
        _h.Playbook("hello-acme.yaml", HelloAcme.Replace("instead_of: hello", "instead_of: helo", StringComparison.Ordinal));
        var ana = _h.Contact("Ana", "Ruiz", "Acme");
        _h.Event(ana, EventKinds.InvitationReceived, daysAgo: 1);

        var report = _h.Run();

        Assert.Equal((1, 0), (report.RunsStarted, report.SkippedInsteadOf));
        Assert.Equal("hello", _h.OnlyRun().Playbook);
    }

    [Fact]
    public void Run_EventOlderThanTheReplacementsMaxAge_NamedPlaybookTakesIt()
    {
        _h.Playbook("hello-acme.yaml", HelloAcme.Replace("max_age: 14d", "max_age: 2d", StringComparison.Ordinal));
        var ana = _h.Contact("Ana", "Ruiz", "Acme");
        _h.Event(ana, EventKinds.InvitationReceived, daysAgo: 5);

        var report = _h.Run();

        Assert.Equal((1, 0), (report.RunsStarted, report.SkippedInsteadOf));
        Assert.Equal("hello", _h.OnlyRun().Playbook);
    }

    [Fact]
    public void Run_ChainOfReplacements_OnlyTheLastThatMatchesRuns()
    {
        _h.Playbook("hello-acme.yaml", HelloAcme);
        _h.Playbook("hello-ana.yaml", HelloAcme
            .Replace("name: hello-acme", "name: hello-ana", StringComparison.Ordinal)
            .Replace("instead_of: hello", "instead_of: hello-acme", StringComparison.Ordinal)
            .Replace("contact.Company == \"Acme\"", "contact.FirstName == \"Ana\"", StringComparison.Ordinal));
        var ana = _h.Contact("Ana", "Ruiz", "Acme");
        var cy = _h.Contact("Cy", "Ruiz", "Acme");
        var otherAna = _h.Contact("Ana", "Lee", "Globex");
        var dan = _h.Contact("Dan", "Lee", "Globex");
        foreach (var contact in new[] { ana, cy, otherAna, dan })
        {
            _h.Event(contact, EventKinds.InvitationReceived, daysAgo: 1);
        }

        _h.Run();

        var runs = _h.Db.Runs.List().OrderBy(r => r.ContactId).Select(r => (r.Playbook, r.ContactId)).ToList();
        Assert.Equal([("hello-ana", ana), ("hello-acme", cy), ("hello-ana", otherAna), ("hello", dan)], runs);
    }

    [Fact]
    public void Run_TrustedScriptInsteadOf_TakesOverTheEventsItsWhenMatches()
    {
        _h.Playbook("acme.csx", """
            Declare("acme")
                .On(EventKinds.InvitationReceived).MaxAge(Days(14))
                .InsteadOf("hello")
                .When(c => c.Contact.Company == "Acme")
                .Draft("hello", "hello-acme");
            """);
        _h.Trust("acme.csx");
        var ana = _h.Contact("Ana", "Ruiz", "Acme");
        var bo = _h.Contact("Bo", "Lind", "Globex");
        _h.Event(ana, EventKinds.InvitationReceived, daysAgo: 1);
        _h.Event(bo, EventKinds.InvitationReceived, daysAgo: 1);

        var report = _h.Run();

        Assert.Empty(_h.Catalog.Problems);
        Assert.Equal("hello", _h.Catalog.Find("acme")!.InsteadOf);
        var runs = _h.Db.Runs.List().OrderBy(r => r.ContactId).Select(r => (r.Playbook, r.ContactId)).ToList();
        Assert.Equal([("acme", ana), ("hello", bo)], runs);
        Assert.Equal(1, report.SkippedInsteadOf);
    }

    [Fact]
    public void Check_ScriptInsteadOfNoPlaybook_IsAProblemAtItsLine()
    {
        _h.Playbook("acme.csx", """
            Declare("acme")
                .On(EventKinds.InvitationReceived)
                .InsteadOf("helo")
                .Draft("hello", "hello-acme");
            """);
        _h.Trust("acme.csx");

        var problem = Assert.Single(_h.Catalog.Problems);

        Assert.Equal(("acme.csx", 3), (Path.GetFileName(problem.File), problem.Line));
        Assert.StartsWith("unknown playbook 'helo'. Did you mean 'hello'?", problem.Message, StringComparison.Ordinal);
        Assert.Null(_h.Catalog.Find("acme"));
    }

    [Fact]
    public void Check_ChainLongerThanTheRuntimeFollows_IsAProblemOfItsLastPlaybook()
    {
        for (var i = 1; i <= 16; i++)
        {
            _h.Playbook($"chain-{i:00}.yaml", HelloAcme.Replace("name: hello-acme", $"name: chain-{i:00}", StringComparison.Ordinal)
                .Replace("instead_of: hello", i == 1 ? "instead_of: hello" : $"instead_of: chain-{i - 1:00}", StringComparison.Ordinal));
        }

        var problem = Assert.Single(_h.Catalog.Problems);

        Assert.Equal("chain-16.yaml(4,13): 'instead_of: chain-15' makes a chain of more than 16 playbooks, each taking over the next; let some of them take over the same playbook instead",
            $"{Path.GetFileName(problem.File)}({problem.Line},{problem.Column}): {problem.Message}");
        Assert.Equal(16, _h.Catalog.Enabled.Count);
    }

    [Fact]
    public void Run_TwoPlaybooksTakeOverTheSameOneAndBothMatch_TheFirstInFileOrderRuns()
    {
        _h.Playbook("hello-acme.yaml", HelloAcme);
        _h.Playbook("hello-ana.yaml", HelloAcme
            .Replace("name: hello-acme", "name: hello-ana", StringComparison.Ordinal)
            .Replace("contact.Company == \"Acme\"", "contact.FirstName == \"Ana\"", StringComparison.Ordinal));
        var ana = _h.Contact("Ana", "Ruiz", "Acme");
        var otherAna = _h.Contact("Ana", "Lee", "Globex");
        var cy = _h.Contact("Cy", "Ruiz", "Acme");
        var dan = _h.Contact("Dan", "Lee", "Globex");
        foreach (var contact in new[] { ana, otherAna, cy, dan })
        {
            _h.Event(contact, EventKinds.InvitationReceived, daysAgo: 1);
        }

        _h.Run();
        var again = _h.Run();

        var runs = _h.Db.Runs.List().OrderBy(r => r.ContactId).Select(r => (r.Playbook, r.ContactId)).ToList();
        Assert.Equal([("hello-acme", ana), ("hello-ana", otherAna), ("hello-acme", cy), ("hello", dan)], runs);
        Assert.Equal(0, again.RunsStarted);
    }

    [Fact]
    public void Check_InsteadOfMistakes_AreProblemsAtTheValue()
    {
        _h.Playbook("helo-typo.yaml", HelloAcme.Replace("name: hello-acme", "name: helo-typo", StringComparison.Ordinal)
            .Replace("instead_of: hello", "instead_of: helo", StringComparison.Ordinal));
        _h.Playbook("self.yaml", HelloAcme.Replace("name: hello-acme", "name: self", StringComparison.Ordinal)
            .Replace("instead_of: hello", "instead_of: self", StringComparison.Ordinal));
        _h.Playbook("on-meeting.yaml", HelloAcme.Replace("name: hello-acme", "name: on-meeting", StringComparison.Ordinal)
            .Replace("on: invitation.received", "on: meeting", StringComparison.Ordinal));
        _h.Playbook("round-a.yaml", HelloAcme.Replace("name: hello-acme", "name: round-a", StringComparison.Ordinal)
            .Replace("instead_of: hello", "instead_of: round-b", StringComparison.Ordinal));
        _h.Playbook("round-b.yaml", HelloAcme.Replace("name: hello-acme", "name: round-b", StringComparison.Ordinal)
            .Replace("instead_of: hello", "instead_of: round-a", StringComparison.Ordinal));

        var problems = _h.Catalog.Problems.Select(p => $"{Path.GetFileName(p.File)}({p.Line},{p.Column}): {p.Message}").ToList();

        Assert.Equal(
            [
                "helo-typo.yaml(4,13): unknown playbook 'helo'. Did you mean 'hello'? ('instead_of' names the playbook this one takes over)",
                "on-meeting.yaml(4,13): 'instead_of: hello' names a playbook on invitation.received, and this one is on meeting; a playbook takes over only one with the same 'on'",
                "round-a.yaml(4,13): 'instead_of' goes round in a circle (round-a -> round-b -> round-a); remove 'instead_of' from one of them",
                "round-b.yaml(4,13): 'instead_of' goes round in a circle (round-b -> round-a -> round-b); remove 'instead_of' from one of them",
                "self.yaml(4,13): 'instead_of: self' names this playbook itself; name the playbook this one takes over for the events its 'when' matches, such as welcome",
            ],
            problems);
        Assert.Equal(["hello"], _h.Catalog.Enabled.Select(p => p.Name));
    }

    [Fact]
    public void Why_ReplacementMatches_SaysTheNamedPlaybookStepsAsideAsRunThenDoes()
    {
        _h.Playbook("hello-acme.yaml", HelloAcme);
        var ana = _h.Contact("Ana", "Ruiz", "Acme");
        _h.Event(ana, EventKinds.InvitationReceived, daysAgo: 1);

        var verdicts = _h.Runtime.Why(ana).Verdicts;
        var report = _h.Run();

        var hello = verdicts.Single(v => v.Playbook == "hello");
        Assert.Equal((Engine.Runtime.Why.WhyOutcomes.InsteadOf, "another playbook runs instead of 'hello' for this event (its 'instead_of: hello')"), (hello.Outcome, hello.Reason));
        Assert.Equal(Engine.Runtime.Why.WhyOutcomes.Pending, verdicts.Single(v => v.Playbook == "hello-acme").Outcome);
        Assert.Equal((1, 1), (report.RunsStarted, report.SkippedInsteadOf));
    }

    public void Dispose() => _h.Dispose();
}
