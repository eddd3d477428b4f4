using Playbook.Engine.Configuration;

namespace Playbook.Tests.Configuration;

/// <summary>The <c>replies</c> section of <c>config.yaml</c>: how long after an out-of-office's return a follow-up waits.</summary>
public sealed class ConfigLoaderRepliesTests
{
    private static PlaybookConfig Parse(string yaml) => ConfigLoader.Parse(new StringReader(yaml), "config.yaml");

    [Fact]
    public void Parse_BackAfterWorkingDays_SetsTheWorkingDaysAfterAReturn()
    {
        var config = Parse("replies:\n  back_after_working_days: 3\n");

        Assert.Equal(3, config.BackAfterWorkingDays);
        Assert.Equal(2, Parse("me:\n  signature: Ana\n").BackAfterWorkingDays);
        Assert.Equal(0, Parse("replies: { back_after_working_days: 0 }\n").BackAfterWorkingDays);
    }

    [Theory]
    [InlineData("replies:\n  back_after_working_days: two\n",
        "config.yaml(2,28): 'back_after_working_days' should be a whole number of working days from 0 to 30, such as 2; not 'two'")]
    [InlineData("replies:\n  back_after_working_days: -1\n",
        "config.yaml(2,28): 'back_after_working_days' should be a whole number of working days from 0 to 30, such as 2; not '-1'")]
    [InlineData("replies:\n  back_after_working_days: 45\n",
        "config.yaml(2,28): 'back_after_working_days' should be a whole number of working days from 0 to 30, such as 2; not '45'")]
    [InlineData("replies:\n  back_after: 2\n", "config.yaml(2,3): unknown key 'back_after' in 'replies'; the keys are 'back_after_working_days'")]
    [InlineData("replies: 2\n", "config.yaml(1,10): 'replies' should be a mapping of keys to values")]
    public void Parse_RepliesMistake_ThrowsNamingLineColumnAndWhatToChange(string yaml, string message)
    {
        var error = Assert.Throws<ConfigException>(() => Parse(yaml));

        Assert.Equal(message, error.Message);
    }
}
