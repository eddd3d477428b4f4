using Playbook.Engine.Catalog;
using Playbook.Tests.Support;

namespace Playbook.Tests.Catalog;

public sealed class PlaybookCatalogTests : IDisposable
{
    private const string Good = """
        schema: 1
        name: good
        on: meeting
        when: contact.Company != null
        steps:
          - id: tag
            if: HasTag("close")
            tag: met
          - id: call
            remind: "Call {{ contact.first_name }}"
        """;

    private const string BadCondition = """
        schema: 1
        name: bad-condition
        on: meeting
        when: contact.Compnay != null
        steps:
          - id: wait
            wait: 2d
            until: Replyed
        """;

    private const string UnknownKey = """
        schema: 1
        name: unknown-key
        on: meeting
        stpes:
          - { id: tag, tag: met }
        """;

    private const string MissingTemplate = """
        schema: 1
        name: missing-template
        on: meeting
        steps:
          - id: thanks
            draft: welcom
        """;

    private readonly TempFolder _folder = new();

    private string UserFolder => _folder.Folder("playbooks");

    [Fact]
    public void Load_BuiltInsOnly_AreEnabledWithoutProblems()
    {
        using var catalog = PlaybookCatalog.Load(new CatalogOptions());

        Assert.Empty(catalog.Problems);
        Assert.False(catalog.HasProblems);
        Assert.Equal(["after-meeting", "keep-in-touch", "met-at-event", "reply-received", "welcome"], catalog.Entries.Select(e => e.Definition.Name));
        Assert.All(catalog.Entries, e => Assert.Equal((PlaybookOrigin.BuiltIn, true, null), (e.Origin, e.Enabled, e.Replaced)));
        Assert.Equal(["after-meeting", "keep-in-touch", "met-at-event", "reply-received", "welcome"], catalog.Enabled.Select(p => p.Name));
        Assert.Equal("built-in/welcome.yaml", catalog.Find("welcome")?.SourceFile);
        Assert.Equal(["next-step", "nudge", "thanks", "welcome"], catalog.Templates.Names);
        Assert.Empty(catalog.Withheld);
    }

    [Fact]
    public void Load_UserFolderThatDoesNotExist_IsNoProblem()
    {
        using var catalog = PlaybookCatalog.Load(new CatalogOptions { UserFolder = _folder.File("nowhere") });

        Assert.Empty(catalog.Problems);
        Assert.Equal(5, catalog.Enabled.Count);
    }

    [Fact]
    public void Load_SeveralBrokenUserFiles_ReportsEveryProblemAtOnceAndDisablesOnlyTheBrokenPlaybooks()
    {
        var good = _folder.Write("playbooks/good.yaml", Good);
        var badCondition = _folder.Write("playbooks/bad-condition.yaml", BadCondition);
        var unknownKey = _folder.Write("playbooks/unknown-key.yaml", UnknownKey);
        var missingTemplate = _folder.Write("playbooks/missing-template.yaml", MissingTemplate);

        using var catalog = PlaybookCatalog.Load(new CatalogOptions { UserFolder = UserFolder });

        Assert.Equal(
            [
                $"{badCondition}(4,15): error CS1061: 'Contact' does not contain a definition for 'Compnay' and no accessible extension method "
                    + "'Compnay' accepting a first argument of type 'Contact' could be found",
                $"{badCondition}(8,12): error CS0103: The name 'Replyed' does not exist in the current context",
                $"{missingTemplate}(6,12): unknown template 'welcom'. Did you mean 'welcome'?",
                $"{unknownKey}(4,1): unknown key 'stpes'. Did you mean 'steps'?",
            ],
            catalog.Problems.Select(p => p.ToString()));
        Assert.True(catalog.HasProblems);
        Assert.Equal(["after-meeting", "keep-in-touch", "met-at-event", "reply-received", "welcome", "good"], catalog.Enabled.Select(p => p.Name));
        Assert.Equal(good, catalog.Find("good")?.SourceFile);
        Assert.True(catalog.Conditions.IsCompiled(ConditionKeys.When("good")));
        Assert.True(catalog.Conditions.IsCompiled(ConditionKeys.If("good", "tag")));
        Assert.Null(catalog.Find("bad-condition"));
        Assert.Null(catalog.Find("unknown-key"));
        Assert.Null(catalog.Find("missing-template"));
        var disabled = Assert.Single(catalog.Entries, e => !e.Enabled);
        Assert.Equal("bad-condition", disabled.Definition.Name);
        Assert.Equal(catalog.Problems.Take(2), disabled.Problems);
    }

    [Fact]
    public void Load_UserPlaybookOfABuiltInsName_ReplacesTheBuiltIn()
    {
        var user = _folder.Write("playbooks/mine.yaml", "schema: 1\nname: welcome\non: invitation.received\nsteps:\n  - { id: tag, tag: invited }\n");

        using var catalog = PlaybookCatalog.Load(new CatalogOptions { UserFolder = UserFolder });

        Assert.Empty(catalog.Problems);
        var entry = catalog.Entries[4];
        Assert.Equal((PlaybookOrigin.User, true, user), (entry.Origin, entry.Enabled, entry.Definition.SourceFile));
        Assert.Equal("built-in/welcome.yaml", entry.Replaced?.SourceFile);
        Assert.Same(entry.Definition, catalog.Find("welcome"));
        Assert.Equal(["after-meeting", "keep-in-touch", "met-at-event", "reply-received", "welcome"], catalog.Enabled.Select(p => p.Name));
    }

    [Fact]
    public void Load_BrokenUserPlaybookOfABuiltInsName_WithholdsTheBuiltIn()
    {
        var user = _folder.Write("playbooks/welcome.yaml", "schema: 1\nname: welcome\non: invitation.recieved\nsteps:\n  - { id: tag, tag: invited }\n");

        using var catalog = PlaybookCatalog.Load(new CatalogOptions { UserFolder = UserFolder });

        Assert.Equal(
            [$"{user}(3,5): unknown trigger 'invitation.recieved'. Did you mean 'invitation.received'?"],
            catalog.Problems.Select(p => p.ToString()));
        Assert.Null(catalog.Find("welcome"));
        var withheld = Assert.Single(catalog.Withheld);
        Assert.Equal(("built-in/welcome.yaml", user), (withheld.BuiltIn.SourceFile, withheld.UserFile));
        Assert.Equal(["after-meeting", "keep-in-touch", "met-at-event", "reply-received"], catalog.Enabled.Select(p => p.Name));
    }

    [Fact]
    public void Load_UserTemplateOfABuiltInsNameAndLanguage_ReplacesOnlyThatFile()
    {
        var mine = _folder.Write("playbooks/templates/welcome.es.liquid", "¡Hola {{ contact.first_name }}!");

        using var catalog = PlaybookCatalog.Load(new CatalogOptions { UserFolder = UserFolder });

        Assert.Empty(catalog.Problems);
        Assert.Equal(["en", "es"], catalog.Templates.LanguagesOf("welcome"));
        var model = Templates.TemplateTestData.Model();
        var spanish = catalog.Templates.Render("welcome", "es", model);
        var english = catalog.Templates.Render("welcome", "en", model);
        Assert.Equal(("¡Hola Lucía!", mine), (spanish.Text, spanish.TemplateFile));
        Assert.Equal("built-in/templates/welcome.en.liquid", english.TemplateFile);
    }

    [Fact]
    public void Load_BrokenTemplateADraftUses_DisablesThePlaybooksThatDraftWithIt()
    {
        var template = _folder.Write("playbooks/templates/nudge.en.liquid", "Hi {{ contact.first_name\n");

        using var catalog = PlaybookCatalog.Load(new CatalogOptions { UserFolder = UserFolder });

        var problem = template + "(1,25): End of tag '}}' was expected";
        Assert.Equal([problem], catalog.Problems.Select(p => p.ToString()));
        var welcome = Assert.Single(catalog.Entries, e => e.Definition.Name == "welcome");
        Assert.False(welcome.Enabled);
        Assert.Equal([problem], welcome.Problems.Select(p => p.ToString()));
        Assert.Equal(["after-meeting", "keep-in-touch", "met-at-event", "reply-received"], catalog.Enabled.Select(p => p.Name));
    }

    [Fact]
    public void Load_RemindTextWithAnUnknownName_IsAProblemAtItsPlaceAndDisablesThePlaybook()
    {
        var file = _folder.Write("playbooks/call.yaml", "schema: 1\nname: call\non: meeting\nsteps:\n  - id: call\n    remind: Call {{ contact.firstname }} today\n");

        using var catalog = PlaybookCatalog.Load(new CatalogOptions { UserFolder = UserFolder });

        Assert.Equal(
            [$"{file}(6,21): unknown field 'contact.firstname'. Did you mean 'contact.first_name'?"],
            catalog.Problems.Select(p => p.ToString()));
        Assert.Null(catalog.Find("call"));
        Assert.Equal(catalog.Problems[0], Assert.Single(catalog.RemindText("call", "call").Problems));
    }

    [Fact]
    public void RemindText_BuiltInStep_IsParsedOnceWithoutProblems()
    {
        using var catalog = PlaybookCatalog.Load(new CatalogOptions());

        var text = catalog.RemindText("welcome", "call");

        Assert.Empty(text.Problems);
        Assert.Same(text, catalog.RemindText("welcome", "call"));
        Assert.Throws<ArgumentException>(() => catalog.RemindText("welcome", "nudge"));
    }

    [Fact]
    public void Load_CheckPathFile_IsLoadedAsAUserPlaybookWithTheTemplatesBesideIt()
    {
        var file = _folder.Write("elsewhere/thanks.yaml", "schema: 1\nname: thanks\non: meeting\nsteps:\n  - { id: thanks, draft: thanks }\n");
        _folder.Write("elsewhere/templates/thanks.liquid", "Thanks, {{ contact.first_name }}!");

        using var catalog = PlaybookCatalog.Load(new CatalogOptions { CheckPaths = [file] });

        Assert.Empty(catalog.Problems);
        Assert.Equal((PlaybookOrigin.User, file), (catalog.Entries[^1].Origin, catalog.Find("thanks")?.SourceFile));
        Assert.Equal(["next-step", "nudge", "thanks", "welcome"], catalog.Templates.Names);
    }

    [Fact]
    public void Load_WithoutBuiltIns_HasOnlyTheUsersPlaybooks()
    {
        _folder.Write("playbooks/good.yaml", Good);

        using var catalog = PlaybookCatalog.Load(new CatalogOptions { UserFolder = UserFolder, IncludeBuiltIns = false });

        Assert.Empty(catalog.Problems);
        Assert.Equal(["good"], catalog.Enabled.Select(p => p.Name));
        Assert.Empty(catalog.Templates.Names);
    }

    [Fact]
    public void Dispose_Catalog_UnloadsTheConditions()
    {
        _folder.Write("playbooks/good.yaml", Good);
        var catalog = PlaybookCatalog.Load(new CatalogOptions { UserFolder = UserFolder });

        catalog.Dispose();

        Assert.Throws<ObjectDisposedException>(() => catalog.Conditions.Evaluate(ConditionKeys.When("good"), Scripting.ConditionSamples.Context()));
    }

    public void Dispose() => _folder.Dispose();
}
