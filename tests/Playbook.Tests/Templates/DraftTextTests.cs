using Playbook.Engine.Templates;

namespace Playbook.Tests.Templates;

public sealed class DraftTextTests
{
    [Theory]
    [InlineData("  Hola   Ana \t ,  ", "Hola Ana ,")]
    [InlineData("\n\n  \nHola\n\n\n\nAdiós\n\n", "Hola\n\nAdiós")]
    [InlineData("Hola\r\nAdiós\rFin", "Hola\nAdiós\nFin")]
    [InlineData("", "")]
    public void Tidy_Whitespace_CollapsesAndTrims(string rendered, string expected)
    {
        var text = DraftText.Tidy(rendered);

        Assert.Equal(expected, text);
    }

    [Fact]
    public void Prepare_TagOnlyLines_AreMarkedWithoutMovingAnyPosition()
    {
        const string source = "Hola\r\n  {% if a %}{% if b %} \r\n{{ x }}{% endif %}\n{% endif %}";

        var prepared = DraftText.Prepare(source);

        Assert.Equal("Hola\n  {% if a %}{% if b %} \uE000\n{{ x }}{% endif %}\n{% endif %}\uE000", prepared);
    }

    [Fact]
    public void Render_TagOnlyLineInsideRaw_IsKeptAsText()
    {
        var text = TemplateTestData.Render("{% raw %}\n{% if x %}\n{% endraw %}");

        Assert.Equal("{% if x %}", text);
    }
}
