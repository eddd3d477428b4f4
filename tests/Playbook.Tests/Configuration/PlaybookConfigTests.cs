using Playbook.Engine.Configuration;
using Playbook.Engine.Contacts;

namespace Playbook.Tests.Configuration;

public sealed class PlaybookConfigTests
{
    private static readonly MeProfile FromExport = new()
    {
        FirstName = "Ana",
        LastName = "García Ruiz",
        Headline = "Consultora de e-commerce",
        Skills = ["Shopify"],
        Languages = [new Language("Spanish", "Native or bilingual proficiency")],
        Signature = "A. García",
    };

    [Fact]
    public void ApplyTo_SettingsThatSpeak_WinOverTheExport()
    {
        var config = new PlaybookConfig
        {
            Goals = [new Goal("find clients", ["shopify"], "a call")],
            Languages = [new Language("English", null)],
            Interests = ["marketplaces"],
            Signature = "Ana",
        };

        var me = config.ApplyTo(FromExport);

        Assert.Equal("find clients", Assert.Single(me.Goals).Name);
        Assert.Equal([new Language("English", null)], me.Languages);
        Assert.Equal(["marketplaces"], me.Interests);
        Assert.Equal("Ana", me.Signature);
        Assert.Equal("Consultora de e-commerce", me.Headline);
        Assert.Equal(["Shopify"], me.Skills);
        Assert.Equal("Ana García Ruiz", me.FullName);
    }

    [Fact]
    public void ApplyTo_EmptySettings_KeepsTheExport()
    {
        var me = PlaybookConfig.Empty.ApplyTo(FromExport);

        Assert.Equal([new Language("Spanish", "Native or bilingual proficiency")], me.Languages);
        Assert.Equal("A. García", me.Signature);
        Assert.Empty(me.Goals);
    }
}
