using Playbook.Engine.Catalog;
using Playbook.Tests.Support;

namespace Playbook.Tests.Catalog;

/// <summary>Broken and hostile user files beside good ones: the others load, the broken one is its problems, nothing throws.</summary>
public sealed class PlaybookCatalogHostileTests : IDisposable
{
    private const string Good = "schema: 1\nname: good\non: meeting\nsteps:\n  - { id: tag, tag: met }\n";

    private static readonly string[] BuiltIns = ["after-meeting", "keep-in-touch", "met-at-event", "reply-received", "welcome"];

    private readonly TempFolder _folder = new();

    private string UserFolder => _folder.Folder("playbooks");

    [Theory]
    [InlineData("schema: 1\nname: broken\non: [meeting\nsteps:\n  - { id: t, tag: x }\n",
        "(3,5): invalid YAML: this '[' is not closed before line 4; close it with ']', or indent the lines inside it further")]
    [InlineData("...\nschema: 1\nname: broken\n", "(1,1): invalid YAML: '...' ends the document here, yet more follows; remove this line")]
    public void Load_OneFileYamlDotNetFailsOn_IsOnePositionedProblemAndEverythingElseLoads(string broken, string problem)
    {
        // Made check, playbooks, run and tick fail with "unexpected error", running nothing.
        var file = _folder.Write("playbooks/broken.yaml", broken);
        _folder.Write("playbooks/good.yaml", Good);

        using var catalog = PlaybookCatalog.Load(new CatalogOptions { UserFolder = UserFolder });

        Assert.Equal([file + problem], catalog.Problems.Select(p => p.ToString()));
        Assert.Equal([.. BuiltIns, "good"], catalog.Enabled.Select(p => p.Name));
    }

    [Theory]
    [InlineData("schema: 1\nname: welcome\non: [invitation.received\nsteps:\n  - { id: t, tag: x }\n")]
    [InlineData("...\nschema: 1\nname: welcome\n")]
    [InlineData("{{{{{{{{{{{{{{{{")]
    [InlineData("")]
    public void Load_UserWelcomeWhoseYamlCannotBeRead_WithholdsTheBuiltInWelcome(string broken)
    {
        // The built-in welcome ran in the place of the user's broken welcome.yaml.
        var file = _folder.Write("playbooks/welcome.yaml", broken);

        using var catalog = PlaybookCatalog.Load(new CatalogOptions { UserFolder = UserFolder });

        Assert.Null(catalog.Find("welcome"));
        var withheld = Assert.Single(catalog.Withheld);
        Assert.Equal(("built-in/welcome.yaml", file), (withheld.BuiltIn.SourceFile, withheld.UserFile));
        Assert.Equal(["after-meeting", "keep-in-touch", "met-at-event", "reply-received"], catalog.Enabled.Select(p => p.Name));
        Assert.All(catalog.Problems, p => Assert.Equal(file, p.File));
    }

    [Fact]
    public void Load_UserFileOfMoreThanOneMegabyte_IsOneProblemAndWithholdsTheBuiltInOfItsStem()
    {
        var file = _folder.Write("playbooks/reply-received.yaml", "schema: 1\n# " + new string('x', 1024 * 1024) + "\n");

        using var catalog = PlaybookCatalog.Load(new CatalogOptions { UserFolder = UserFolder });

        Assert.Equal([$"{file}: the file is 1,048,589 bytes; a YAML file may be at most 1 MB (1,048,576 bytes)"], catalog.Problems.Select(p => p.ToString()));
        Assert.Equal("reply-received", Assert.Single(catalog.Withheld).BuiltIn.Name);
    }

    [Fact]
    public void Load_FileWithEveryKindOfProblem_ReportsThemAllInOnePass()
    {
        // Check stopped at the unknown template: the condition and the remind text were checked only once it was fixed.
        var file = _folder.Write("playbooks/all.yaml", """
            schema: 1
            name: all
            on: meeting
            when: contact.Compnay != null
            max_age: 740000d
            steps:
              - id: thanks
                draft: welcom
              - id: call
                remind: Call {{ contact.firstname }}
                in: 1d
              - id: wait
                wait: 7dd
            """);

        using var catalog = PlaybookCatalog.Load(new CatalogOptions { UserFolder = UserFolder });

        Assert.Equal(
            [
                $"{file}(4,15): error CS1061: 'Contact' does not contain a definition for 'Compnay' and no accessible extension method "
                    + "'Compnay' accepting a first argument of type 'Contact' could be found",
                $"{file}(5,10): '740000d' is too long: a duration may be at most 3650d (about 10 years)",
                $"{file}(8,12): unknown template 'welcom'. Did you mean 'welcome'?",
                $"{file}(10,21): unknown field 'contact.firstname'. Did you mean 'contact.first_name'?",
                $"{file}(13,11): '7dd' is not a duration: unknown unit 'dd'; use w (weeks), d (days), h (hours), m (minutes) or s (seconds), as in 7d or 1d12h",
            ],
            catalog.Problems.Select(p => p.ToString()));
        Assert.Equal(BuiltIns, catalog.Enabled.Select(p => p.Name));
    }

    [Fact]
    public void Load_BrokenFileWithAConditionThatCompiles_ReportsOnlyTheFilesProblem()
    {
        var file = _folder.Write("playbooks/x.yaml", "schema: 1\nname: x\non: meeting\nwhen: contact.Company != null\nstpes: []\n");

        using var catalog = PlaybookCatalog.Load(new CatalogOptions { UserFolder = UserFolder });

        Assert.Equal([$"{file}(5,1): unknown key 'stpes'. Did you mean 'steps'?"], catalog.Problems.Select(p => p.ToString()));
    }

    public void Dispose() => _folder.Dispose();
}
