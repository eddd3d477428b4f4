using Playbook.Engine.Contacts;
using Playbook.Engine.Events;

namespace Playbook.Tests.Runtime;

/// <summary>Pending drafts written again when what is known of their contact changes (a profile read, an import).</summary>
public sealed class RedraftTests : IDisposable
{
    private readonly RuntimeHarness _h = new();

    public RedraftTests()
    {
        _h.Me = _h.Me with { Positions = [new Position("Contoso", "Consultora", new PartialDate(2018, null), new PartialDate(2022, null), "Madrid")] };
        _h.Template("hello.liquid", """
            Hola {{ contact.first_name }}.
            {% if analysis.is_low_fit %}¿Qué te trajo por aquí?{% else %}Compartimos {{ analysis.common_ground | join: ", " }}.{% endif %}
            """);
        _h.Playbook("hello.yaml", """
            schema: 1
            name: hello
            on: invitation.received
            steps:
              - id: look
                analyse:
              - id: hello
                draft: { template: hello, channel: linkedin }
            """);
    }

    [Fact]
    public void Redraft_ContactNowAtAFormerEmployer_WritesTheDraftAgainAndJournalsWhy()
    {
        var pablo = Invited("Pablo", "Serrano");
        var draft = Assert.Single(_h.Db.Drafts.List());
        Assert.Equal("Hola Pablo.\n¿Qué te trajo por aquí?", draft.Body);
        _h.Store.Execute($"UPDATE contacts SET company = 'Contoso' WHERE id = {pablo}");

        var outcomes = _h.Runtime.Redraft([pablo]);

        var outcome = Assert.Single(outcomes);
        var expected = $"draft {draft.Id} redrafted: the analysis changed (score 0.00 → 0.35; now in common: Contoso)";
        Assert.Equal((draft.Id, pablo, true, expected), (outcome.DraftId, outcome.ContactId, outcome.Rewritten, outcome.Message));
        var redrafted = _h.Db.Drafts.Get(draft.Id);
        Assert.Equal("Hola Pablo.\nCompartimos Contoso.", redrafted.Body);
        Assert.Equal(["Contoso"], redrafted.Analysis!.FormerColleagues);
        Assert.Null(redrafted.Note);
        Assert.Equal($"hello redrafted: {expected}", _h.Journal(_h.OnlyRun().Id)[^1]);
    }

    [Fact]
    public void Redraft_TemplateThatHitsALimitForTheChangedContact_KeepsTheDraftAndJournalsWhy()
    {
        _h.Template("hello.liquid", "{% assign n = contact.company | size | times: 100000 %}{% for i in (1..n) %}x{% endfor %}Hola {{ contact.first_name }}.");
        var pablo = Invited("Pablo", "Serrano");
        var draft = Assert.Single(_h.Db.Drafts.List());
        _h.Store.Execute($"UPDATE contacts SET company = 'Contoso' WHERE id = {pablo}");

        var outcome = Assert.Single(_h.Runtime.Redraft([pablo]));

        var expected = $"draft {draft.Id} kept as it was: writing it again failed: {Path.Combine(_h.Playbooks, "templates", "hello.liquid")}: "
            + "rendering stopped: the range (1..700000) has 700,000 numbers; a range may have at most 10,000";
        Assert.Equal((false, expected), (outcome.Rewritten, outcome.Message));
        Assert.Equal("Hola Pablo.", _h.Db.Drafts.Get(draft.Id).Body);
        Assert.Equal($"hello redrafted: {expected}", _h.Journal(_h.OnlyRun().Id)[^1]);
    }

    [Fact]
    public void Redraft_DraftThePersonEdited_KeepsTheirTextWithANote()
    {
        var pablo = Invited("Pablo", "Serrano");
        var draft = _h.Db.Drafts.Edit(Assert.Single(_h.Db.Drafts.List()).Id, "Hola Pablo, ¡bienvenido!");
        _h.Store.Execute($"UPDATE contacts SET company = 'Contoso' WHERE id = {pablo}");

        var outcome = Assert.Single(_h.Runtime.Redraft([pablo]));

        Assert.False(outcome.Rewritten);
        var kept = _h.Db.Drafts.Get(draft.Id);
        Assert.Equal("Hola Pablo, ¡bienvenido!", kept.Body);
        Assert.Equal("the analysis changed (score 0.00 → 0.35; now in common: Contoso) after you edited this draft; your text was kept", kept.Note);
        Assert.Equal(["Contoso"], kept.Analysis!.FormerColleagues);
        Assert.Equal($"hello redrafted: draft {draft.Id} kept as edited: the analysis changed (score 0.00 → 0.35; now in common: Contoso)", _h.Journal(_h.OnlyRun().Id)[^1]);
    }

    [Fact]
    public void Redraft_NothingNewKnown_LeavesTheDraftAndTheJournalAlone()
    {
        var pablo = Invited("Pablo", "Serrano");
        var journal = _h.Journal(_h.OnlyRun().Id);

        var outcomes = _h.Runtime.Redraft([pablo]);

        Assert.Empty(outcomes);
        Assert.Equal(journal, _h.Journal(_h.OnlyRun().Id));
    }

    [Fact]
    public void Redraft_OneContact_TouchesOnlyThatContactsPendingDrafts()
    {
        var pablo = Invited("Pablo", "Serrano");
        var lucia = Invited("Lucía", "Peña");
        var sent = _h.Db.Drafts.List().Single(d => d.ContactId == lucia);
        _h.Runtime.MarkSent(sent.Id);
        _h.Store.Execute($"UPDATE contacts SET company = 'Contoso' WHERE id IN ({pablo}, {lucia})");

        var outcomes = _h.Runtime.Redraft([lucia]);

        Assert.Empty(outcomes);
        Assert.Equal("Hola Pablo.\n¿Qué te trajo por aquí?", _h.Db.Drafts.List().Single(d => d.ContactId == pablo).Body);
        Assert.Equal("Hola Lucía.\n¿Qué te trajo por aquí?", _h.Db.Drafts.Get(sent.Id).Body);
    }

    [Fact]
    public void Edit_SameText_DoesNotCountAsAnEdit()
    {
        Invited("Pablo", "Serrano");
        var draft = Assert.Single(_h.Db.Drafts.List());

        var same = _h.Db.Drafts.Edit(draft.Id, draft.Body);
        var edited = _h.Db.Drafts.Edit(draft.Id, draft.Body + " :)");

        Assert.Null(same.EditedAt);
        Assert.Equal(_h.Now, edited.EditedAt);
    }

    private long Invited(string first, string last)
    {
        var id = _h.Contact(first, last);
        _h.Event(id, EventKinds.InvitationReceived, daysAgo: 1);
        _h.Run();
        return id;
    }

    public void Dispose() => _h.Dispose();
}
