using Playbook.Engine.Templates;
using Playbook.Tests.Support;
using static Playbook.Tests.Templates.TemplateTestData;

namespace Playbook.Tests.Templates;

public sealed class TemplateLibraryLoadTests
{
    [Fact]
    public void FromSources_SeveralBrokenFiles_ReportsEveryErrorWithItsPosition()
    {
        var library = Library(
            ("welcome.es.liquid", "Hola {{ contact.first_name }}\n{% if contact.company %}\nVi que estás en {{ contact.company }}.\n"),
            ("nudge.en.liquid", "Hi {{ contact.first_name\n"),
            ("thanks.liquid", "Thanks\n\n  {% foo %}\n"),
            ("fine.liquid", "All good"));

        var problems = library.Problems.Select(p => p.ToString()).ToList();

        Assert.Equal(
            [
                "nudge.en.liquid(1,25): End of tag '}}' was expected",
                "thanks.liquid(3,9): Unknown tag 'foo'",
                "welcome.es.liquid(3,39): '{% endif %}' was expected",
            ],
            problems);
        Assert.Equal(["fine", "nudge", "thanks", "welcome"], library.Names);
        Assert.True(library.Exists("welcome"));
        Assert.Equal("welcome", library.Problems[^1].Subject);
    }

    [Fact]
    public void FromSources_MisspeltFieldsVariablesAndFilters_AreReportedWithSuggestions()
    {
        const string template = """
            Hola {{ contact.firstname }},
            {% if contact.compnay %}{{ contact.compnay }}{% endif %}
            {{ contct.position | upcse }} {{ me.positions.company }} {{ me.positions.first.titel }}
            {{ event.nonsense }}
            """;

        var library = Library(("welcome.es.liquid", template));

        Assert.Equal(
            [
                "welcome.es.liquid(1,9): unknown field 'contact.firstname'. Did you mean 'contact.first_name'?",
                "welcome.es.liquid(2,7): unknown field 'contact.compnay'. Did you mean 'contact.company'?",
                "welcome.es.liquid(3,4): unknown variable 'contct'. Did you mean 'contact'?",
                "welcome.es.liquid(3,20): unknown filter 'upcse'. Did you mean 'upcase'?",
                "welcome.es.liquid(3,34): 'me.positions' is a list: write 'me.positions.first.company', or loop over it with for",
                "welcome.es.liquid(3,61): unknown field 'me.positions.first.titel'. Did you mean 'me.positions.first.title'?",
                "welcome.es.liquid(4,4): unknown field 'event.nonsense'; event has 'id', 'kind', 'contact_id', 'at', 'channel', "
                    + "'direction', 'body', 'classification', 'conversation_id', 'classification_reason', 'follow_up_on', 'referral'",
            ],
            library.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void FromSources_LocalsLoopsVarsAndOpenAnalysis_AreNotReported()
    {
        const string template = """
            {% assign greeting = 'Hola' %}{% capture who %}{{ contact.first_name }}{% endcapture %}
            {{ greeting }} {{ who }}{% for p in me.positions %}{{ p.anything }}{{ forloop.index }}{% endfor %}
            {{ vars.offer }} {{ analysis.score }} {{ contact.tags.size }} {{ contact.tags[0] }} {{ contact.first_name.size }}
            {{ somewhere_else }}
            """;

        var library = Library(("t.liquid", template));

        Assert.Empty(library.Problems);
    }

    [Theory]
    [InlineData("welcome.v2.liquid", "'v2' in 'welcome.v2.liquid' is not a language code: write a two-letter code such as es, en, pt, fr, de or it")]
    [InlineData("a.b.c.liquid", "'a.b.c.liquid' is not a template name: name template files NAME.liquid or NAME.LANG.liquid, with a name of letters, digits, '-' and '_' and a language code such as es or en")]
    [InlineData("wel come.liquid", "'wel come.liquid' is not a template name: name template files NAME.liquid or NAME.LANG.liquid, with a name of letters, digits, '-' and '_' and a language code such as es or en")]
    public void FromSources_BadFileName_IsAProblemOfTheWholeFile(string file, string message)
    {
        var library = Library((file, "Hola"));

        var problem = Assert.Single(library.Problems);
        Assert.Equal($"{file}: {message}", problem.ToString());
        Assert.Equal(0, problem.Line);
        Assert.Empty(library.Names);
    }

    [Fact]
    public void FromSources_SourceThatIsNotLiquid_IsAProblem()
    {
        var library = TemplateLibrary.FromSources([new TemplateSource("templates/README.md", "# Templates")]);

        Assert.Equal("templates/README.md: is not a template: template files end in .liquid", Assert.Single(library.Problems).ToString());
        Assert.Empty(library.Names);
    }

    [Fact]
    public void Load_UserFolderAfterBuiltIns_ReplacesTheSameNameAndLanguageOnly()
    {
        using var folder = new TempFolder();
        var builtIn = Path.GetDirectoryName(folder.Write("builtin/welcome.es.liquid", "Hola (built-in)"))!;
        folder.Write("builtin/welcome.en.liquid", "Hi (built-in)");
        folder.Write("builtin/nudge.es.liquid", "Hola otra vez {% broken");
        var user = Path.GetDirectoryName(folder.Write("user/templates/welcome.es.liquid", "Hola (mine)"))!;
        folder.Write("user/templates/nudge.es.liquid", "Hola otra vez (mine)");
        folder.Write("user/templates/notes.txt", "not a template");
        folder.Write("user/templates/.#welcome.es.liquid", "an editor's lock file");

        var library = TemplateLibrary.Load([builtIn, user, folder.File("missing")]);

        Assert.Empty(library.Problems);
        Assert.Equal("Hola (mine)", library.Render("welcome", "es", Model()).Text);
        Assert.Equal(Path.Combine(user, "welcome.es.liquid"), library.Render("welcome", "es", Model()).TemplateFile);
        Assert.Equal("Hi (built-in)", library.Render("welcome", "en", Model()).Text);
        Assert.Equal("Hola otra vez (mine)", library.Render("nudge", "es", Model()).Text);
        Assert.Equal(["nudge", "welcome"], library.Names);
    }

    [Fact]
    public void Load_FileWithByteOrderMark_ReadsTheTextWithoutIt()
    {
        using var folder = new TempFolder();
        var path = folder.Write("templates/bom.liquid", [0xEF, 0xBB, 0xBF, .. "Hola {{ contact.first_name }}"u8.ToArray()]);

        var library = TemplateLibrary.Load([Path.GetDirectoryName(path)!]);

        Assert.Equal("Hola Lucía", library.Render("bom", null, Model()).Text);
    }

    [Fact]
    public void LanguagesOf_Template_ListsItsFilesLanguages()
    {
        var library = Library(("welcome.es.liquid", "Hola"), ("welcome.EN.liquid", "Hi"), ("welcome.liquid", "Hey"));

        Assert.Equal(["", "en", "es"], library.LanguagesOf("welcome"));
        Assert.Empty(library.LanguagesOf("nudge"));
        Assert.False(library.Exists("nudge"));
    }
}
