using Playbook.Engine.Templates;
using Playbook.Tests.Support;
using static Playbook.Tests.Templates.TemplateTestData;

namespace Playbook.Tests.Templates;

/// <summary>Templates that passed their checks are remembered between loads, so a later one does not parse them until it renders.</summary>
public sealed class CheckedTemplatesTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void Load_TwiceWithTheSameCache_RemembersTheCleanTemplateAndStillRendersIt()
    {
        var templates = _folder.Folder("templates");
        _folder.Write("templates/hello.es.liquid", "Hola {{ contact.first_name }}.");
        var options = new TemplateLibraryOptions { CheckedFolder = _folder.File("cache") };

        var first = TemplateLibrary.Load([templates], options);
        var remembered = Directory.GetFiles(_folder.File("cache"));
        var second = TemplateLibrary.Load([templates], options);

        Assert.Empty(first.Problems);
        Assert.Single(remembered);
        Assert.Empty(second.Problems);
        Assert.Equal("Hola Lucía.", second.Render("hello", "es", Model()).Text);
        Assert.Equal(remembered, Directory.GetFiles(_folder.File("cache")));
    }

    [Fact]
    public void Load_ATemplateWithAProblem_IsNotRememberedAndReportsItEveryTime()
    {
        var templates = _folder.Folder("templates");
        _folder.Write("templates/hello.es.liquid", "Hola {{ contact.firstname }}.");
        var options = new TemplateLibraryOptions { CheckedFolder = _folder.File("cache") };

        var first = TemplateLibrary.Load([templates], options);
        var second = TemplateLibrary.Load([templates], options);

        Assert.Single(first.Problems);
        Assert.Equal(first.Problems, second.Problems);
        Assert.False(Directory.Exists(_folder.File("cache")) && Directory.GetFiles(_folder.File("cache")).Length > 0);
    }

    [Fact]
    public void Load_AfterAnEdit_ChecksTheNewTextAgain()
    {
        var templates = _folder.Folder("templates");
        _folder.Write("templates/hello.es.liquid", "Hola {{ contact.first_name }}.");
        var options = new TemplateLibraryOptions { CheckedFolder = _folder.File("cache") };
        TemplateLibrary.Load([templates], options);

        _folder.Write("templates/hello.es.liquid", "Hola {{ contact.frist_name }}.");
        var edited = TemplateLibrary.Load([templates], options);

        Assert.Equal("unknown field 'contact.frist_name'. Did you mean 'contact.first_name'?", Assert.Single(edited.Problems).Message);
    }

    [Fact]
    public void Load_WithAnotherAnalysisType_ChecksAgain()
    {
        var templates = _folder.Folder("templates");
        _folder.Write("templates/hello.liquid", "{{ analysis.score }}");
        var cache = _folder.File("cache");

        var withAnalysis = TemplateLibrary.Load([templates], new TemplateLibraryOptions { CheckedFolder = cache, AnalysisType = typeof(Engine.Analysis.ContactAnalysis) });
        var without = TemplateLibrary.Load([templates], new TemplateLibraryOptions { CheckedFolder = cache, AnalysisType = typeof(TemplateLibraryOptions) });

        Assert.Empty(withAnalysis.Problems);
        Assert.NotEmpty(without.Problems);
    }

    public void Dispose() => _folder.Dispose();
}
