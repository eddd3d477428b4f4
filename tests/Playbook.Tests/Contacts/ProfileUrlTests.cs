using Playbook.Engine.Contacts;

namespace Playbook.Tests.Contacts;

public sealed class ProfileUrlTests
{
    [Theory]
    [InlineData("https://www.linkedin.com/in/ines-okafor-l-3b2a91", "ines-okafor-l-3b2a91")]
    [InlineData("https://www.linkedin.com/in/Ines-Okafor-L-3B2A91/", "ines-okafor-l-3b2a91")]
    [InlineData("http://linkedin.com/in/ines-okafor-l-3b2a91?trk=public_profile", "ines-okafor-l-3b2a91")]
    [InlineData("linkedin.com/in/ines-okafor-l-3b2a91#experience", "ines-okafor-l-3b2a91")]
    [InlineData("https://pt.linkedin.com/in/ines-okafor-l-3b2a91/details/skills", "ines-okafor-l-3b2a91")]
    [InlineData("https://www.linkedin.com/in/zo%C3%AB-brandt", "zoë-brandt")]
    [InlineData("https://www.linkedin.com/in/zoë-brandt", "zoë-brandt")]
    [InlineData("https://www.linkedin.com/in/ZO%C3%8B-BRANDT", "zoë-brandt")]
    [InlineData("Website: https://www.linkedin.com/in/wren-hale and more", "wren-hale")]
    public void KeyOf_ProfileUrl_IsTheLowerCasedDecodedSlug(string url, string key)
    {
        Assert.Equal(key, ProfileUrl.KeyOf(url));
        Assert.True(ProfileUrl.IsProfileUrl(url));
    }

    [Fact]
    public void KeyOf_PercentEncodedAndDecodedSlugs_AreOnePerson()
    {
        Assert.Equal(ProfileUrl.KeyOf("https://www.linkedin.com/in/zo%C3%AB-brandt"), ProfileUrl.KeyOf("linkedin.com/in/Zoë-Brandt/"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("https://www.linkedin.com/company/contoso")]
    [InlineData("https://www.linkedin.com/in/")]
    [InlineData("https://example.com/in/ana")]
    [InlineData("ana@example.com")]
    public void KeyOf_NotAProfileUrl_IsNull(string? url)
    {
        Assert.Null(ProfileUrl.KeyOf(url));
        Assert.False(ProfileUrl.IsProfileUrl(url));
    }

    [Fact]
    public void KeyOf_UrlsAskedAgainInAnyOrder_EachHasItsOwnKey()
    {
        // The key of the last URL read is kept for that very string: asking again, or for another URL between, is the same.
        string[] urls = ["https://www.linkedin.com/in/Ana-Lima", "https://www.linkedin.com/in/bo%C3%A9", "https://example.com/in/x", "linkedin.com/in/ana-lima/"];
        string?[] keys = ["ana-lima", "boé", null, "ana-lima"];
        var random = new Random(7);

        for (var i = 0; i < 200; i++)
        {
            var which = random.Next(urls.Length);
            Assert.Equal(keys[which], ProfileUrl.KeyOf(urls[which]));
            Assert.Equal(keys[which], ProfileUrl.KeyOf(urls[which]));
            Assert.Equal(keys[which], ProfileUrl.KeyOf(new string(urls[which].AsSpan())));
        }
    }

    [Fact]
    public void KeyOf_BrokenPercentEncoding_KeepsTheSlugAsWritten()
    {
        Assert.Equal("ana%zz", ProfileUrl.KeyOf("https://www.linkedin.com/in/Ana%ZZ"));
    }

    [Theory]
    [InlineData("www.linkedin.com/in/li-erran-li-552aa217", "https://www.linkedin.com/in/li-erran-li-552aa217")]
    [InlineData("linkedin.com/in/Lucia-Ferrer-Almansa-7a3b91/", "https://www.linkedin.com/in/lucia-ferrer-almansa-7a3b91")]
    [InlineData("https://es.linkedin.com/in/zo%C3%AB-brandt?trk=x", "https://www.linkedin.com/in/zo%C3%AB-brandt")]
    [InlineData("https://www.linkedin.com/in/zoë-brandt", "https://www.linkedin.com/in/zo%C3%AB-brandt")]
    public void Canonical_ProfileUrl_IsTheUrlPlaybookWrites(string url, string canonical)
    {
        var written = ProfileUrl.Canonical(url);

        Assert.Equal(canonical, written);
    }

    [Fact]
    public void Canonical_NotAProfileUrl_IsNull()
    {
        var written = ProfileUrl.Canonical("www.cs.example.edu/~lierranli");

        Assert.Null(written);
    }
}
