using Playbook.Engine.Templates;
using static Playbook.Tests.Templates.TemplateTestData;

namespace Playbook.Tests.Templates;

public sealed class InlineTemplateTests
{
    private static readonly TemplateLibrary Templates = Library();

    [Fact]
    public void Render_RemindText_UsesTheSameNamesAsTemplates()
    {
        var inline = Templates.ParseInline("Propose a call to {{ contact.first_name }}{% if contact.company %} ({{ contact.company }}){% endif %}", "welcome.yaml", 14, 13);

        var text = inline.Render(Model());

        Assert.Empty(inline.Problems);
        Assert.Equal("Propose a call to Lucía (Tiendas Norte)", text);
    }

    [Fact]
    public void ParseInline_MisspeltField_IsPlacedInThePlaybookFile()
    {
        var inline = Templates.ParseInline("Call {{ contact.firstname }}", "welcome.yaml", 14, 13);

        Assert.Equal("welcome.yaml(14,21): unknown field 'contact.firstname'. Did you mean 'contact.first_name'?", Assert.Single(inline.Problems).ToString());
        Assert.Equal("Call", inline.Render(Model()));
    }

    [Fact]
    public void ParseInline_TextThatDoesNotParse_IsPlacedInThePlaybookFileAndCannotRender()
    {
        var inline = Templates.ParseInline("Call\n{% if contact.company %}", "welcome.yaml", 20, 7);

        Assert.Equal("welcome.yaml(21,31): '{% endif %}' was expected", Assert.Single(inline.Problems).ToString());
        var error = Assert.Throws<TemplateException>(() => inline.Render(Model()));
        Assert.Equal("welcome.yaml: the text has template errors; run 'playbook check' to see them", error.Message);
    }
}
