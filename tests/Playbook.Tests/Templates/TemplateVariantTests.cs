using static Playbook.Tests.Templates.TemplateTestData;

namespace Playbook.Tests.Templates;

public sealed class TemplateVariantTests
{
    [Theory]
    [InlineData("es", "Hola", "es", "welcome.es.liquid")]
    [InlineData("ES", "Hola", "es", "welcome.es.liquid")]
    [InlineData("es-MX", "Hola", "es", "welcome.es.liquid")]
    [InlineData("fr", "Hey", null, "welcome.liquid")]
    [InlineData(null, "Hey", null, "welcome.liquid")]
    public void Render_LanguageAndNeutralFiles_PicksTheLanguageElseTheNeutralFile(string? language, string text, string? used, string file)
    {
        var library = Library(("welcome.es.liquid", "Hola"), ("welcome.en.liquid", "Hi"), ("welcome.liquid", "Hey"));

        var rendered = library.Render("welcome", language, Model());

        Assert.Equal(text, rendered.Text);
        Assert.Equal(used, rendered.Language);
        Assert.Equal(file, rendered.TemplateFile);
        Assert.Equal("welcome", rendered.Template);
    }

    [Fact]
    public void Render_NoSuchLanguageNorNeutralFile_FallsBackToEnglish()
    {
        var library = Library(("welcome.es.liquid", "Hola"), ("welcome.en.liquid", "Hi"), ("welcome.de.liquid", "Hallo"));

        var rendered = library.Render("welcome", "fr", Model());

        Assert.Equal(("Hi", "en"), (rendered.Text, rendered.Language));
    }

    [Fact]
    public void Render_NoEnglishEither_FallsBackToTheFirstLanguageInCodeOrder()
    {
        var library = Library(("welcome.pt.liquid", "Olá"), ("welcome.es.liquid", "Hola"), ("welcome.it.liquid", "Ciao"));

        var rendered = library.Render("welcome", "fr", Model());

        Assert.Equal(("Hola", "es"), (rendered.Text, rendered.Language));
    }
}
