using Playbook.Engine.Configuration;
using Playbook.Engine.Templates;

namespace Playbook.Tests.Configuration;

public sealed class ConfigLoaderLimitsTests
{
    [Fact]
    public void Parse_LimitsSection_SetsTheAccountAndEachChannel()
    {
        const string yaml = """
            me:
              signature: Ana
            limits:
              linkedin_account: Premium
              channels:
                linkedin: 1000
                LinkedIn_Note: 280
                email: none
                x: 10000
            """;

        var config = Parse(yaml);

        Assert.Equal("Ana", config.Signature);
        Assert.Equal(LinkedInAccount.Premium, config.Limits.LinkedInAccount);
        Assert.Equal(1000, config.Limits.LimitFor("linkedin"));
        Assert.Equal(280, config.Limits.LimitFor("linkedin-note"));
        Assert.Null(config.Limits.LimitFor("email"));
        Assert.Equal(10000, config.Limits.LimitFor("x"));
        Assert.Equal(["linkedin", "linkedin-note", "email", "x"], config.Limits.Channels.Keys);
    }

    [Fact]
    public void Parse_AccountOnly_PicksTheNoteLimitAndKeepsTheOtherDefaults()
    {
        var config = Parse("limits:\n  linkedin_account: premium\n");

        Assert.Equal(300, config.Limits.LimitFor(ChannelLimits.LinkedInNote));
        Assert.Equal(8000, config.Limits.LimitFor(ChannelLimits.LinkedIn));
        Assert.Null(config.Limits.LimitFor(ChannelLimits.Email));
    }

    [Fact]
    public void Parse_NoLimitsSection_IsAFreeAccountsDefaults()
    {
        var config = Parse("me:\n  signature: Ana\n");

        Assert.Same(ChannelLimits.Default, config.Limits);
        Assert.Equal(200, config.Limits.LimitFor(ChannelLimits.LinkedInNote));
    }

    [Fact]
    public void Parse_LimitsBeforeMe_KeepsBothSections()
    {
        var config = Parse("limits:\n  linkedin_account: premium\nme:\n  signature: Ana\n");

        Assert.Equal(LinkedInAccount.Premium, config.Limits.LinkedInAccount);
        Assert.Equal("Ana", config.Signature);
    }

    [Theory]
    [InlineData("limits:\n  linkedin: 300\n", "config.yaml(2,3): unknown key 'linkedin' in 'limits'; the keys are 'linkedin_account', 'channels'")]
    [InlineData("limits: 300\n", "config.yaml(1,9): 'limits' should be a mapping of keys to values")]
    [InlineData("limits:\n  linkedin_account: business\n", "config.yaml(2,21): 'linkedin_account' should be 'free' or 'premium', not 'business'")]
    [InlineData("limits:\n  linkedin_account:\n", "config.yaml(2,20): 'linkedin_account' should be 'free' or 'premium'")]
    [InlineData("limits:\n  channels: [linkedin]\n", "config.yaml(2,13): 'channels' should be a mapping of keys to values")]
    [InlineData("limits:\n  channels:\n    linkedin: lots\n", "config.yaml(3,15): the limit of 'linkedin' should be a number of characters above 0, or 'none'; not 'lots'")]
    [InlineData("limits:\n  channels:\n    linkedin: 0\n", "config.yaml(3,15): the limit of 'linkedin' should be a number of characters above 0, or 'none'; not '0'")]
    [InlineData("limits:\n  channels:\n    linkedin: -5\n", "config.yaml(3,15): the limit of 'linkedin' should be a number of characters above 0, or 'none'; not '-5'")]
    [InlineData("limits:\n  channels:\n    linkedin: 2.5\n", "config.yaml(3,15): the limit of 'linkedin' should be a number of characters above 0, or 'none'; not '2.5'")]
    [InlineData("limits:\n  channels:\n    linkedin:\n", "config.yaml(3,14): the limit of 'linkedin' should be a number of characters above 0, or 'none'")]
    [InlineData("limits:\n  channels:\n    email: [1, 2]\n", "config.yaml(3,12): the limit of 'email' should be a single value")]
    [InlineData("limits:\n  channels:\n    linkedin_note: 250\n    LinkedIn-Note: 300\n", "config.yaml(4,5): the channel 'LinkedIn-Note' is set twice (as 'linkedin-note'); keep one")]
    public void Parse_LimitsMistake_ThrowsNamingLineColumnAndWhatToChange(string yaml, string message)
    {
        var error = Assert.Throws<ConfigException>(() => Parse(yaml));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Parse_ChannelWrittenTwiceTheSameWay_IsADuplicateKeyWithItsPositionAndTheRestIsStillRead()
    {
        var error = Assert.Throws<ConfigException>(() => Parse("limits:\n  channels:\n    email: 100\n    email: 200\n    linkedin: 0\n"));

        Assert.Equal(
            "config.yaml(4,5): duplicate key 'email'; the first is at line 3\n"
            + "config.yaml(5,15): the limit of 'linkedin' should be a number of characters above 0, or 'none'; not '0'",
            error.Message);
    }

    private static PlaybookConfig Parse(string yaml) => ConfigLoader.Parse(new StringReader(yaml), "config.yaml");
}
