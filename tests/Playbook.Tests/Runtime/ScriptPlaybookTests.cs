using Playbook.Engine.Events;
using Playbook.Engine.Runs;
using Playbook.Engine.Runtime;

namespace Playbook.Tests.Runtime;

/// <summary>Playbooks written as C# scripts: compiled with the YAML conditions, run only once trusted, through the same runtime.</summary>
public sealed class ScriptPlaybookTests : IDisposable
{
    private const string Scoring = """
        #load "helpers.csx"

        Declare("scoring")
            .On(EventKinds.InvitationReceived).MaxAge(Days(14))
            .When(c => HasCompany(c))
            .Step("score", s =>
            {
                s.Set("score", s.Analysis.Score);
                if (s.Store.Contacts(tag: "client").Count > 0)
                {
                    s.Tag("warm");
                }

                s.Remind($"Look at {s.Contact.FirstName}'s company", Days(1));
            })
            .Draft("hello", c => c.Contact.Company == "Contoso" ? "hello" : "other")
            .If(c => !c.HasTag("do-not-write"));
        """;

    private readonly RuntimeHarness _h = new();

    public ScriptPlaybookTests()
    {
        _h.Template("hello.liquid", "Hola {{ contact.first_name }} ({{ vars.score }}).");
        _h.Template("other.liquid", "Hi {{ contact.first_name }}.");
        File.WriteAllText(Path.Combine(_h.Playbooks, "helpers.csx"), "bool HasCompany(ConditionContext c) => c.Contact.Company != null;\n");
    }

    [Fact]
    public void Load_UntrustedScript_CompilesAndIsRefusedSayingWhichCommandTrustsIt()
    {
        _h.Playbook("scoring.csx", Scoring);

        var catalog = _h.Catalog;

        Assert.Empty(catalog.Problems);
        var script = Assert.Single(catalog.Scripts);
        Assert.False(script.Trusted);
        Assert.Empty(script.Playbooks);
        Assert.Null(catalog.Find("scoring"));
        Assert.Equal($"{script.File}: the script is not trusted; after reading it, run 'playbook trust {script.File}' to let it run", script.Refusal);
    }

    [Fact]
    public void Run_TrustedScript_TakesItsStepsThroughTheRuntimeAndJournal()
    {
        _h.Playbook("scoring.csx", Scoring);
        _h.Trust("scoring.csx");
        var ana = _h.Contact("Ana", "Ruiz", company: "Contoso");
        var luis = _h.Contact("Luis", "Gil");
        _h.Db.Contacts.AddTags(luis, ["client"]);
        _h.Event(ana, EventKinds.InvitationReceived, daysAgo: 1);
        _h.Event(luis, EventKinds.InvitationReceived, daysAgo: 1);

        var report = _h.Run();

        Assert.Empty(report.Failures);
        Assert.Equal(1, report.SkippedByWhen);
        var run = _h.OnlyRun();
        Assert.Equal((ana, RunStates.Done), (run.ContactId, run.State));
        Assert.Equal(["warm"], _h.Db.Contacts.Find(ana)!.Tags);
        Assert.Equal("Look at Ana's company", Assert.Single(_h.Db.Tasks.List()).Text);
        Assert.Equal("Hola Ana (0).", Assert.Single(_h.Db.Drafts.List()).Body);
        Assert.Equal(
            ["score set", "score tagged", "score reminded", "hello drafted"],
            _h.Db.Runs.Journal(run.Id).Skip(1).SkipLast(1).Select(j => $"{j.Step} {j.Action}"));
    }

    [Fact]
    public void Load_ScriptOrAHelperEditedAfterTrust_IsRefusedAgain()
    {
        _h.Playbook("scoring.csx", Scoring);
        _h.Trust("scoring.csx");
        Assert.NotNull(_h.Catalog.Find("scoring"));

        File.AppendAllText(Path.Combine(_h.Playbooks, "helpers.csx"), "// edited\n");
        _h.Reload();

        Assert.Null(_h.Catalog.Find("scoring"));
        Assert.False(Assert.Single(_h.Catalog.Scripts).Trusted);
    }

    [Fact]
    public void Load_ScriptThatDoesNotCompile_ReportsEveryErrorAtTheUsersFileAndLine()
    {
        _h.Playbook("broken.csx", """
            Declare("broken")
                .On(EventKinds.InvitationReceived)
                .Step("a", s => s.Tag(missing))
                .Step("b", s => s.Stage(42));
            """);

        var problems = _h.Catalog.Problems.Select(p => p.ToString()).ToList();

        var file = Path.Combine(_h.Playbooks, "broken.csx");
        Assert.Equal(2, problems.Count);
        Assert.StartsWith($"{file}(3,27): error CS0103: The name 'missing' does not exist", problems[0], StringComparison.Ordinal);
        Assert.StartsWith($"{file}(4,29): error CS1503:", problems[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("System.IO.File.Exists(\"/etc/passwd\")", 34, "error PB0104: a playbook script may not use files ('System.IO')")]
    [InlineData("typeof(global::Playbook.Engine.Store.ContactStore) != null", 58, "error PB0104: a playbook script may not use the store's internals ('Playbook.Engine.Store')")]
    [InlineData("new Microsoft.Data.Sqlite.SqliteConnection(\"\") != null", 41, "error CS0234: The type or namespace name 'Data' does not exist")]
    public void Load_ScriptReachingForFilesOrTheStore_IsRefusedWhereItDoesSo(string code, int column, string message)
    {
        _h.Playbook("reach.csx", $$"""
            Declare("reach")
                .On(EventKinds.InvitationReceived)
                .Step("a", s => { if ({{code}}) s.Tag("x"); });
            """);

        var problem = _h.Catalog.Problems[0];

        Assert.StartsWith(message, problem.Message, StringComparison.Ordinal);
        Assert.Equal((3, column), (problem.Line, problem.Column));
    }

    [Fact]
    public void Run_StepThatNeverReturnsOrThrows_FailsItsRunWithScriptLineAndTheBatchGoesOn()
    {
        // The body ignores its token and spins past its limit, until the test lets it go through a process-wide
        // switch; it then says it has left, so that no abandoned thread spins on for the rest of the test run.
        var letGo = $"Playbook.Tests.SpinLetGo.{Guid.NewGuid():N}";
        var left = $"Playbook.Tests.SpinLeft.{Guid.NewGuid():N}";
        _h.Playbook("slow.csx", $$"""
            Declare("slow")
                .On(EventKinds.InvitationReceived)
                .TimeLimit(TimeSpan.FromMilliseconds(200))
                .Step("spin", s =>
                {
                    if (s.Contact.FirstName == "Ana") { while (AppContext.GetData("{{letGo}}") is null) { } AppContext.SetData("{{left}}", true); }
                    if (s.Contact.FirstName == "Luis") { throw new InvalidOperationException("no Luis"); }
                    s.Tag("seen");
                });
            """);
        _h.Trust("slow.csx");
        var ana = _h.Contact("Ana", "Ruiz");
        var luis = _h.Contact("Luis", "Gil");
        var eva = _h.Contact("Eva", "Sanz");
        foreach (var id in new[] { ana, luis, eva })
        {
            _h.Event(id, EventKinds.InvitationReceived, daysAgo: 1);
        }

        RunReport report;
        try
        {
            report = _h.Run();
        }
        finally
        {
            AppContext.SetData(letGo, true);
        }

        var file = Path.Combine(_h.Playbooks, "slow.csx");
        Assert.Equal(2, report.Failures.Count);
        Assert.Equal(
            $"{file}(4,1): step 'spin' of 'slow' ran longer than its limit of 0.2 s for Ana Ruiz and was abandoned; check Cancellation in long loops, or raise the limit with .TimeLimit(...)",
            report.Failures.Single(f => f.ContactId == ana).Reason);
        Assert.StartsWith($"{file}(7,46): step 'spin' of 'slow' threw InvalidOperationException: no Luis", report.Failures.Single(f => f.ContactId == luis).Reason, StringComparison.Ordinal);
        Assert.Equal(["seen"], _h.Db.Contacts.Find(eva)!.Tags);
        Assert.Empty(_h.Db.Contacts.Find(ana)!.Tags);
        Assert.True(
            SpinWait.SpinUntil(() => AppContext.GetData(left) is not null, TimeSpan.FromSeconds(30)),
            "the abandoned step still spins after the test let it go");
    }

    [Fact]
    public void Load_SecondCatalogWithTheSameScripts_ReadsTheCompiledCodeFromTheCache()
    {
        _h.Playbook("scoring.csx", Scoring);
        _h.Trust("scoring.csx");
        Assert.False(_h.Catalog.Conditions.FromCache);

        _h.Reload();

        Assert.True(_h.Catalog.Conditions.FromCache);
        Assert.NotNull(_h.Catalog.Find("scoring"));
    }

    [Theory]
    [InlineData("Declare(\"no-trigger\").Tag(\"a\", \"x\");", 1, "playbook 'no-trigger' has no trigger; call .On(EventKinds.InvitationReceived) or .Every(Days(90))")]
    [InlineData("Declare(\"Bad Name\").On(EventKinds.Meeting).Tag(\"a\", \"x\");", 1, "playbook name 'Bad Name' should be lower-case letters, digits, '-' and '_'")]
    [InlineData("Declare(\"early-if\")\n    .If(c => true);", 1, "the script threw InvalidOperationException while declaring its playbooks: playbook 'early-if': If() applies to the step before it; add a step first")]
    [InlineData("Declare(\"twice\").On(EventKinds.Meeting)\n    .Tag(\"a\", \"x\")\n    .Tag(\"a\", \"y\");", 3, "duplicate step id 'a' in playbook 'twice'")]
    [InlineData("Declare(\"no-template\").On(EventKinds.Meeting)\n    .Draft(\"a\", \"helo\");", 2, "unknown template 'helo'. Did you mean 'hello'?")]
    [InlineData("Declare(\"forever\").Every(TimeSpan.MaxValue)\n    .Tag(\"a\", \"x\");", 1, "Every() is given more than 3650d; a duration may be at most 3650d (about 10 years)")]
    [InlineData("Declare(\"always\").Every(TimeSpan.Zero)\n    .Tag(\"a\", \"x\");", 1, "Every() is given no time; give it a period such as Days(90)")]
    [InlineData("Declare(\"old\").On(EventKinds.Meeting).MaxAge(Days(4000))\n    .Tag(\"a\", \"x\");", 1, "MaxAge() is given more than 3650d; a duration may be at most 3650d (about 10 years)")]
    [InlineData("Declare(\"long-wait\").On(EventKinds.Meeting)\n    .Wait(\"a\", TimeSpan.MaxValue);", 2, "Wait() is given more than 3650d; a duration may be at most 3650d (about 10 years)")]
    [InlineData("Declare(\"past\").On(EventKinds.Meeting)\n    .Remind(\"a\", \"Call\", Days(-1));", 2, "Remind() is given a negative time; give it zero or more, such as Days(7)")]
    public void Load_TrustedScriptThatMisusesTheApi_ReportsItAtItsLineAndDeclaresNothing(string code, int line, string message)
    {
        _h.Playbook("misuse.csx", code);
        _h.Trust("misuse.csx");

        var problem = Assert.Single(_h.Catalog.Problems);

        Assert.Equal((Path.Combine(_h.Playbooks, "misuse.csx"), line, message), (problem.File, problem.Line, problem.Message));
        Assert.Empty(_h.Catalog.Enabled);
    }

    [Fact]
    public void Load_TrustedScriptWithOneBadDeclare_DeclaresNoneOfItsPlaybooks()
    {
        _h.Playbook("two.csx", "Declare(\"good\").On(EventKinds.Meeting).Tag(\"a\", \"x\");\nDeclare(\"bad\").Tag(\"a\", \"x\");\n");
        _h.Trust("two.csx");

        var catalog = _h.Catalog;

        Assert.Equal(
            $"{Path.Combine(_h.Playbooks, "two.csx")}(2,1): playbook 'bad' has no trigger; call .On(EventKinds.InvitationReceived) or .Every(Days(90))",
            Assert.Single(catalog.Problems).ToString());
        Assert.Null(catalog.Find("good"));
        Assert.Empty(Assert.Single(catalog.Scripts, s => s.File.EndsWith("two.csx", StringComparison.Ordinal)).Playbooks);
    }

    [Fact]
    public void Load_TrustedScriptClaimingTheNameOfAYamlPlaybook_DeclaresNoneOfItsPlaybooks()
    {
        _h.Playbook("met.yaml", "schema: 1\nname: met\non: meeting\nsteps:\n  - { id: tag, tag: met }\n");
        _h.Playbook("two.csx", "Declare(\"good\").On(EventKinds.Meeting).Tag(\"a\", \"x\");\nDeclare(\"met\").On(EventKinds.Meeting).Tag(\"a\", \"y\");\n");
        _h.Trust("two.csx");

        var catalog = _h.Catalog;

        Assert.Equal(
            $"{Path.Combine(_h.Playbooks, "two.csx")}(2,1): playbook 'met' is also defined in {Path.Combine(_h.Playbooks, "met.yaml")}; give one of them another name",
            Assert.Single(catalog.Problems).ToString());
        Assert.Null(catalog.Find("good"));
        Assert.NotNull(catalog.Find("met"));
    }

    [Fact]
    public void Load_EveryScriptInTheDocsPage_Compiles()
    {
        var page = File.ReadAllText(Path.Combine(Support.RepoPaths.Root, "docs", "scripts.md")).ReplaceLineEndings("\n");
        var blocks = System.Text.RegularExpressions.Regex.Matches(page, "```csharp\n(.*?)```", System.Text.RegularExpressions.RegexOptions.Singleline)
            .Select(m => m.Groups[1].Value).Where(b => b.Contains("Declare(", StringComparison.Ordinal) && !b.Contains("#load", StringComparison.Ordinal)).ToList();

        for (var i = 0; i < blocks.Count; i++)
        {
            File.WriteAllText(Path.Combine(_h.Playbooks, $"doc{i}.csx"), blocks[i]);
        }

        _h.Reload();

        Assert.True(blocks.Count >= 2, $"only {blocks.Count} scripts found in docs/scripts.md");
        Assert.Empty(_h.Catalog.Problems);
        Assert.Equal(blocks.Count, _h.Catalog.Scripts.Count(s => s.Compiled && Path.GetFileName(s.File).StartsWith("doc", StringComparison.Ordinal)));
    }

    [Fact]
    public void Run_ScriptDraftOnTheLastChannel_IsForTheChannelOfTheLatestMessage()
    {
        _h.Playbook("after.csx", """
            Declare("after").On(EventKinds.Meeting)
                .Draft("thanks", "other", channel: "last");
            """);
        _h.Trust("after.csx");
        var ana = _h.Contact("Ana", "Ruiz");
        _h.Db.Events.Add(ana, EventKinds.MessageReceived, _h.Now.AddDays(-1), "Escríbeme aquí", "x");
        _h.Db.Events.Add(ana, EventKinds.Meeting, _h.Now.AddHours(-1), "Café", "calendar");

        _h.Run();

        var draft = Assert.Single(_h.Db.Drafts.List());
        Assert.Equal(("after", "x", "Hi Ana."), (draft.Playbook, draft.Channel, draft.Body));
    }

    public void Dispose() => _h.Dispose();
}
