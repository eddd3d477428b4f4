using Playbook.Engine.Contacts;
using Playbook.Engine.Events;

namespace Playbook.Tests.Runtime;

/// <summary>The analysis in runs: the <c>analyse</c> step, <c>analysis</c> in conditions and templates, the evidence kept with drafts.</summary>
public sealed class AnalysisRunTests : IDisposable
{
    private const string Analysed = """
        schema: 1
        name: hello
        on: invitation.received
        steps:
          - id: look
            analyse:
          - id: cold
            if: analysis.IsLowFit
            tag: low-fit
          - id: hello
            draft: { template: hello, channel: linkedin }
        """;

    private readonly RuntimeHarness _h = new();

    public AnalysisRunTests()
    {
        _h.Me = _h.Me with
        {
            Positions = [new Position("Contoso", "Consultora", new PartialDate(2018, null), new PartialDate(2022, null), "Madrid")],
            Skills = ["Shopify"],
            Goals = [new Goal("find e-commerce clients", ["tienda online"], "a call") { Proposals = new Dictionary<string, string> { ["es"] = "una llamada" } }],
        };
        _h.Template("hello.liquid", """
            Hola {{ contact.first_name }}.
            {% if analysis.is_low_fit %}¿Qué te trajo por aquí?{% else %}Compartimos {{ analysis.common_ground | join: ", " }}. ¿Te apetece {{ analysis.best_goal.propose }}?{% endif %}
            """);
    }

    [Fact]
    public void Run_AnalyseStep_JournalsTheEvidenceAndTheDraftNamesTheCommonGroundAndKeepsIt()
    {
        _h.Playbook("hello.yaml", Analysed);
        var pablo = _h.Contact("Pablo", "Serrano", company: "Contoso");
        _h.Event(pablo, EventKinds.InvitationReceived, daysAgo: 1, body: "Hola Ana, tengo una tienda online de vinos");

        _h.Run();

        var run = _h.OnlyRun();
        Assert.Equal(
            "look analysed: score 0.60; former colleague Contoso (company); goal 'find e-commerce clients' (invitation: una tienda online de vinos); their work 'una tienda online de vinos' (invitation)",
            _h.Journal(run.Id)[1]);
        Assert.Equal("cold skipped: skipped: 'if' is false (analysis.IsLowFit)", _h.Journal(run.Id)[2]);
        var draft = Assert.Single(_h.Db.Drafts.List());
        Assert.Equal("Hola Pablo.\nCompartimos Contoso, tienda online. ¿Te apetece una llamada?", draft.Body);
        var analysis = Assert.IsType<Playbook.Engine.Analysis.ContactAnalysis>(draft.Analysis);
        Assert.Equal((0.6, "find e-commerce clients"), (analysis.Score, analysis.BestGoal?.Name));
        Assert.Equal(["Contoso"], analysis.FormerColleagues);
        Assert.Equal(
            [("former-colleague", "company", "Contoso"), ("goal", "invitation", "una tienda online de vinos"), ("work", "invitation", "una tienda online de vinos")],
            analysis.Evidence.Select(m => (m.Kind, m.Field, m.Words)));
        Assert.DoesNotContain("low-fit", _h.Db.Contacts.Find(pablo)!.Tags);
    }

    [Fact]
    public void Run_NothingInCommon_TagsLowFitAndStillWelcomesAskingWhatBroughtThem()
    {
        _h.Playbook("hello.yaml", Analysed);
        var iker = _h.Contact("Iker", "Sarasola", company: "Astilleros del Norte");
        _h.Event(iker, EventKinds.InvitationReceived, daysAgo: 1);

        _h.Run();

        Assert.Equal(["low-fit"], _h.Db.Contacts.Find(iker)!.Tags);
        Assert.Equal([iker], _h.Db.Contacts.Search("low-fit").Select(c => c.Id));
        Assert.Equal([iker], _h.Db.Contacts.Search(tag: "low-fit").Select(c => c.Id));
        var draft = Assert.Single(_h.Db.Drafts.List());
        Assert.Equal("Hola Iker.\n¿Qué te trajo por aquí?", draft.Body);
        Assert.True(draft.Analysis!.IsLowFit);
        Assert.Equal("look analysed: score 0.00; low fit", _h.Journal(_h.OnlyRun().Id)[1]);
    }

    [Fact]
    public void Run_WhenReadsTheScore_OnlyContactsAboveItGetARun()
    {
        _h.Playbook("hello.yaml", """
            schema: 1
            name: hello
            on: invitation.received
            when: analysis.Score > 0.3
            steps:
              - id: hello
                draft: { template: hello }
            """);
        var pablo = _h.Contact("Pablo", "Serrano", company: "Contoso");
        var iker = _h.Contact("Iker", "Sarasola", company: "Astilleros del Norte");
        _h.Event(pablo, EventKinds.InvitationReceived, daysAgo: 1, body: "¿Vendes en tu tienda online?");
        _h.Event(iker, EventKinds.InvitationReceived, daysAgo: 1);

        var report = _h.Run();

        Assert.Equal(pablo, _h.OnlyRun().ContactId);
        Assert.Equal(1, report.SkippedByWhen);
        var draft = Assert.Single(_h.Db.Drafts.List());
        Assert.Null(draft.Analysis);
        Assert.Equal("Hola Pablo.\nCompartimos Contoso, tienda online. ¿Te apetece una llamada?", draft.Body);
    }

    [Fact]
    public void Run_NudgeAfterARestart_IsStillWrittenWithTheAnalysis()
    {
        _h.Playbook("hello.yaml", Analysed + """

              - id: wait
                wait: 7d
              - id: nudge
                draft: { template: hello }
            """);
        var pablo = _h.Contact("Pablo", "Serrano", company: "Contoso");
        _h.Event(pablo, EventKinds.InvitationReceived, daysAgo: 1);
        _h.Run();
        _h.Runtime.MarkSent(Assert.Single(_h.Db.Drafts.List()).Id, _h.Now);

        _h.Advance(TimeSpan.FromDays(8));
        _h.Tick();

        var nudge = Assert.Single(_h.Db.Drafts.List(status: null), d => d.Step == "nudge");
        Assert.Equal(["Contoso"], nudge.Analysis!.FormerColleagues);
        Assert.Contains("Compartimos Contoso", nudge.Body, StringComparison.Ordinal);
    }

    public void Dispose() => _h.Dispose();
}
