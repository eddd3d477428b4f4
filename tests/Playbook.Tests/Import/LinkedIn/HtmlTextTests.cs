using Playbook.Engine.Import.LinkedIn;

namespace Playbook.Tests.Import.LinkedIn;

public sealed class HtmlTextTests
{
    [Fact]
    public void ToText_SponsoredMessageOfThe2023Fixture_IsPlainTextWithLineBreaks()
    {
        const string html = "<p class=\"spinmail-quill-editor__spin-break\">Hi %FIRSTNAME%,</p><p>Our <strong>webinar</strong> is free &amp; online.</p>";

        Assert.True(HtmlText.LooksLikeHtml(html));
        Assert.Equal("Hi %FIRSTNAME%,\nOur webinar is free & online.", HtmlText.ToText(html));
    }

    [Fact]
    public void ToText_ListOfThe2026Fixture_BecomesDashedLinesAfterABlankLine()
    {
        const string html = "<p class=\"spinmail-quill-editor__spin-break\">Hi Jordan,</p><ul><li>Remote</li><li>Senior</li></ul>";

        Assert.Equal("Hi Jordan,\n\n- Remote\n- Senior", HtmlText.ToText(html));
    }

    [Theory]
    [InlineData("one<br>two<br/>three<br />four", "one\ntwo\nthree\nfour")]
    [InlineData("<p>para one</p><p></p><p></p><p>para two</p>", "para one\n\npara two")]
    [InlineData("<div>caf&eacute; &lt;3 &#8364;5&nbsp;off</div>", "café <3 €5 off")]
    [InlineData("<a href=\"https://example.com\">the link</a>", "the link")]
    public void ToText_Markup_IsReadableText(string html, string text)
    {
        Assert.Equal(text, HtmlText.ToText(html));
    }

    [Theory]
    [InlineData("Thanks for the intro, free Thursday?")]
    [InlineData("if a < b && c > d")]
    [InlineData("Use List<string> here")]
    public void LooksLikeHtml_PlainText_IsFalse(string text)
    {
        Assert.False(HtmlText.LooksLikeHtml(text));
    }
}
