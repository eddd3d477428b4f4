using Playbook.Engine.Templates;
using Playbook.Tests.Support;
using static Playbook.Tests.Templates.TemplateTestData;

namespace Playbook.Tests.Templates;

/// <summary>Templates are shared: whatever one holds, it fails its own draft at worst, never the process.</summary>
public sealed class TemplateLimitsTests
{
    private static string Repeat(string text, int times) => string.Concat(Enumerable.Repeat(text, times));

    [Fact]
    public void FromSources_FiveThousandNestedIfs_IsRefusedWhereTheNestingPassesTheLimitInsteadOfCrashing()
    {
        var template = "Hola\n" + Repeat("{% if true %}", 5_000) + "x" + Repeat("{% endif %}", 5_000);

        var library = Library(("deep.liquid", template));

        Assert.Equal(
            [
                "deep.liquid(1,1): the template has 120,006 characters; a template may have at most 65,536",
                "deep.liquid(2,1301): blocks ({% if %}, {% for %}, ...) nest more than 100 deep here; a template may nest at most 100",
            ],
            library.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void FromSources_ThousandNestedIfsInASmallFile_IsRefusedAtTheNesting()
    {
        var template = Repeat("{%if 1%}", 1_000) + "x" + Repeat("{%endif%}", 1_000);

        var library = Library(("deep.liquid", template));

        Assert.Equal(
            "deep.liquid(1,801): blocks ({% if %}, {% for %}, ...) nest more than 100 deep here; a template may nest at most 100",
            Assert.Single(library.Problems).ToString());
    }

    [Fact]
    public void FromSources_HundredNestedBlocks_IsFine()
    {
        var template = Repeat("{% if true %}{% for i in (1..1) %}", 50) + "x" + Repeat("{% endfor %}{% endif %}", 50);

        var text = Render(template);

        Assert.Equal("x", text);
    }

    [Fact]
    public void FromSources_NestedBlocksInsideRawAndComment_AreNotCounted()
    {
        var inner = Repeat("{% if true %}", 150);
        var template = "{% raw %}" + inner + "{% endraw %}{% comment %}" + inner + "{% endcomment %}done";

        var text = Render(template);

        Assert.Equal(inner + "done", text);
    }

    [Theory]
    [InlineData("(", "1", ")", 36)]
    [InlineData("a[", "0", "]", 69)]
    public void FromSources_DeeplyNestedBrackets_AreRefusedAtTheirDepth(string open, string inner, string close, int column)
    {
        var library = Library(("t.liquid", "{{ " + Repeat(open, 40) + inner + Repeat(close, 40) + " }}"));

        Assert.Equal(
            $"t.liquid(1,{column}): parentheses and brackets nest more than 32 deep here; a tag may nest at most 32",
            Assert.Single(library.Problems).ToString());
    }

    [Fact]
    public void FromSources_TwoThousandChainedFilters_IsRefusedAtTheTag()
    {
        var template = "Hola\n  {{ contact.first_name" + Repeat(" | append: 'b'", 2_000) + " }}";

        var library = Library(("t.liquid", template));

        Assert.Equal(
            "t.liquid(2,3): this tag chains 2,000 filters and operators; a tag may chain at most 200: split it with {% assign %}",
            Assert.Single(library.Problems).ToString());
    }

    [Fact]
    public void FromSources_ThousandsOfAnds_IsRefusedAtTheTag()
    {
        var template = "{% if " + string.Join(" and ", Enumerable.Repeat("true", 5_000)) + " %}x{% endif %}";

        var library = Library(("t.liquid", template));

        Assert.Equal(
            "t.liquid(1,1): this tag chains 4,999 filters and operators; a tag may chain at most 200: split it with {% assign %}",
            Assert.Single(library.Problems).ToString());
    }

    [Fact]
    public void FromSources_RangeOfTwoBillion_IsRefusedAtCheck()
    {
        var library = Library(("loop.liquid", "Hola\n{% for i in (1..2000000000) %}{{ i }}{% endfor %}"));

        Assert.Equal(
            "loop.liquid(2,13): the range (1..2000000000) has 2,000,000,000 numbers; a range may have at most 10,000",
            Assert.Single(library.Problems).ToString());
    }

    [Fact]
    public void Render_RangeOfTwoBillionThroughAVariable_FailsTheDraftWithTheLimitInsteadOfFillingTheMemory()
    {
        var library = Library(("loop.liquid", "{% assign n = 2000000000 %}{% for i in (1..n) %}{{ i }}{% endfor %}"));

        var error = Assert.Throws<TemplateException>(() => library.Render("loop", null, Model()));

        Assert.Empty(library.Problems);
        Assert.Equal(
            "loop.liquid: rendering stopped: the range (1..2000000000) has 2,000,000,000 numbers; a range may have at most 10,000",
            error.Message);
    }

    [Theory]
    [InlineData("{% include 'signature' %}", "t.liquid(2,7): '{% include %}' is not supported: a template cannot read other templates or files; write the text in this one")]
    [InlineData("{%- render 'signature', name: 'x' -%}", "t.liquid(2,7): '{% render %}' is not supported: a template cannot read other templates or files; write the text in this one")]
    public void FromSources_IncludeOrRender_IsRefusedAtCheckWhereItIsWritten(string tag, string expected)
    {
        var library = Library(("t.liquid", "Hola\nBest, " + tag));

        Assert.Equal(expected, Assert.Single(library.Problems).ToString());
    }

    [Fact]
    public void Render_TextThatDoublesInALoop_StopsAtTheTextLimit()
    {
        var library = Library(("t.liquid", "{% assign s = 'xxxxxxxxxx' %}{% for i in (1..60) %}{% assign s = s | append: s %}{% endfor %}{{ s | size }}"));

        var error = Assert.Throws<TemplateException>(() => library.Render("t", null, Model()));

        Assert.Equal("t.liquid: rendering stopped: the filter 'append' would make a text of about 1,310,720 characters; a text may have at most 1,000,000", error.Message);
    }

    [Fact]
    public void Render_CaptureThatDoublesInALoop_StopsAtTheTextLimit()
    {
        var library = Library(("t.liquid", "{% assign s = 'xxxxxxxxxx' %}{% for i in (1..60) %}{% capture s %}{{ s }}{{ s }}{% endcapture %}{% endfor %}{{ s | size }}"));

        var error = Assert.Throws<TemplateException>(() => library.Render("t", null, Model()));

        Assert.Equal("t.liquid: rendering stopped: the text captured in 's' grew past 1,000,000 characters", error.Message);
    }

    [Fact]
    public void Render_ReplaceThatMultipliesTheText_StopsBeforeMakingIt()
    {
        var library = Library(("t.liquid", "{% assign a = '" + new string('a', 100) + "' %}"
            + "{% assign b = a | replace: 'a', a %}{% assign c = b | replace: 'a', b %}{{ c | size }}"));

        var error = Assert.Throws<TemplateException>(() => library.Render("t", null, Model()));

        Assert.Equal("t.liquid: rendering stopped: the filter 'replace' would make a text of about 100,000,000 characters; a text may have at most 1,000,000", error.Message);
    }

    [Fact]
    public void Render_ManyLargeCapturesInALoop_StopsWhenTheRenderHasDoneItsWork()
    {
        var library = Library(("t.liquid", "{% assign s = 'xxxxxxxxxx' %}{% for i in (1..16) %}{% assign s = s | append: s %}{% endfor %}"
            + "{% for i in (1..5000) %}{% capture c %}{{ s }}{% endcapture %}{% endfor %}done"));

        var error = Assert.Throws<TemplateException>(() => library.Render("t", null, Model()));

        Assert.Equal("t.liquid: rendering stopped: it wrote and filtered more than 10,000,000 characters; is a loop or a filter making too much text?", error.Message);
    }

    [Fact]
    public void Render_FormatWithAHugeWidth_StopsBeforeMakingIt()
    {
        var library = Library(("t.liquid", "{{ '{0,999999999}' | format_string: 'x' }}"));

        var error = Assert.Throws<TemplateException>(() => library.Render("t", null, Model()));

        Assert.Equal("t.liquid: rendering stopped: the filter 'format_string' would make a text of about 1,000,000,025 characters; a text may have at most 1,000,000", error.Message);
    }

    [Fact]
    public void Render_CaptureAndIfChanged_StillWorkAsLiquidSays()
    {
        var text = Render("{% capture greeting %}Hola {{ contact.first_name }}{% endcapture %}{{ greeting }}!"
            + "{% for i in (1..3) %}{% ifchanged %}[{{ contact.company }}]{% endifchanged %}{% endfor %}{{ (3..5) | join: ',' }}");

        Assert.Equal("Hola Lucía![Tiendas Norte]3,4,5", text);
    }

    [Fact]
    public void FromSources_TemplateOverTheSizeLimit_IsRefusedWithoutParsing()
    {
        var library = Library(("big.liquid", new string('x', 70_000)));

        Assert.Equal("big.liquid(1,1): the template has 70,000 characters; a template may have at most 65,536", Assert.Single(library.Problems).ToString());
    }

    [Fact]
    public void Load_TemplateFileOverTheSizeLimit_IsRefusedBeforeItIsRead()
    {
        using var folder = new TempFolder();
        var big = folder.Write("templates/big.liquid", new string('x', 70_000));
        folder.Write("templates/fine.liquid", "Hola");

        var library = TemplateLibrary.Load([folder.File("templates")]);

        Assert.Equal($"{big}(1,1): the file has 70,000 bytes; a template may have at most 65,536", Assert.Single(library.Problems).ToString());
        Assert.Equal(["fine"], library.Names);
    }
}
