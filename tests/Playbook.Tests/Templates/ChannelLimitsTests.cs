using Playbook.Engine.Templates;
using static Playbook.Tests.Templates.TemplateTestData;

namespace Playbook.Tests.Templates;

public sealed class ChannelLimitsTests
{
    [Theory]
    [InlineData("linkedin-note", 200)]
    [InlineData("LinkedIn_Note", 200)]
    [InlineData("linkedin", 8000)]
    [InlineData("email", null)]
    [InlineData("x", 10000)]
    [InlineData("Facebook", 20000)]
    [InlineData("in-person", null)]
    [InlineData(null, null)]
    public void LimitFor_Defaults_FreeAccountNoteLinkedInXAndFacebookMessages(string? channel, int? limit)
    {
        var found = ChannelLimits.Default.LimitFor(channel);

        Assert.Equal(limit, found);
    }

    [Fact]
    public void LimitFor_PremiumAccount_AllowsLongerNotes()
    {
        var limits = ChannelLimits.Default with { LinkedInAccount = LinkedInAccount.Premium };

        Assert.Equal(300, limits.LimitFor("linkedin-note"));
        Assert.Equal(8000, limits.LimitFor("linkedin"));
    }

    [Fact]
    public void LimitFor_ChannelsSet_WinOverDefaultsAndAccount()
    {
        var limits = new ChannelLimits
        {
            LinkedInAccount = LinkedInAccount.Premium,
            Channels = new Dictionary<string, int?> { ["LinkedIn Note"] = 250, ["linkedin"] = null, ["email"] = 2000 },
        };

        Assert.Equal(250, limits.LimitFor("linkedin-note"));
        Assert.Null(limits.LimitFor("linkedin"));
        Assert.Equal(2000, limits.LimitFor("EMAIL"));
    }

    [Fact]
    public void RenderDraft_TextOverTheNoteLimit_IsFlaggedWithExactNumbers()
    {
        var library = Library(("long.liquid", new string('a', 190) + " {{ contact.first_name }} " + new string('b', 10)));

        var draft = library.RenderDraft("long", "es", Model(), "linkedin-note", ChannelLimits.Default);

        Assert.Equal(207, draft.Length);
        Assert.Equal(200, draft.Limit);
        Assert.True(draft.IsOverLimit);
        Assert.Equal("207 characters; linkedin-note takes 200: cut 7", draft.LimitWarning);
        Assert.Equal("linkedin-note", draft.Channel);
        Assert.Equal(("long", null, "long.liquid"), (draft.Template, draft.Language, draft.TemplateFile));
    }

    [Fact]
    public void RenderDraft_TextExactlyAtTheLimit_IsNotFlagged()
    {
        var library = Library(("fits.liquid", new string('a', 200)));

        var draft = library.RenderDraft("fits", null, Model(), "linkedin-note", ChannelLimits.Default);

        Assert.Equal((200, 200, false), (draft.Length, draft.Limit, draft.IsOverLimit));
        Assert.Null(draft.LimitWarning);
    }

    [Fact]
    public void RenderDraft_ChannelWithoutLimit_IsNeverFlagged()
    {
        var library = Library(("long.liquid", new string('a', 20_000)));

        var draft = library.RenderDraft("long", null, Model(), "email", ChannelLimits.Default);

        Assert.Equal((20_000, (int?)null, false), (draft.Length, draft.Limit, draft.IsOverLimit));
    }

    [Fact]
    public void Measure_EmojiAndAccents_CountAsABrowserCounts()
    {
        var rendered = new RenderedTemplate("t", "¡Olé! 👋", "es", "t.es.liquid");

        var draft = ChannelLimits.Default.Measure(rendered, "linkedin");

        Assert.Equal(8, draft.Length);
    }
}
