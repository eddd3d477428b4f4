using Playbook.Engine.Time;

namespace Playbook.Tests.Time;

public sealed class DurationTests
{
    [Theory]
    [InlineData("7d", 7 * 24 * 60)]
    [InlineData("14d", 14 * 24 * 60)]
    [InlineData("12h", 12 * 60)]
    [InlineData("90m", 90)]
    [InlineData("30m", 30)]
    [InlineData("2w", 14 * 24 * 60)]
    [InlineData("1d12h", 36 * 60)]
    [InlineData("1w2d3h4m", (9 * 24 * 60) + (3 * 60) + 4)]
    [InlineData(" 7d ", 7 * 24 * 60)]
    [InlineData("0m", 0)]
    [InlineData("3650d", 3650 * 24 * 60)]
    [InlineData("521w3d", 3650 * 24 * 60)]
    public void TryParse_Duration_IsThatManyMinutes(string text, int minutes)
    {
        var parsed = Duration.TryParse(text, out var value, out var error);

        Assert.True(parsed, error);
        Assert.Equal(TimeSpan.FromMinutes(minutes), value);
    }

    [Fact]
    public void Parse_Seconds_AreAUnitToo()
    {
        var value = Duration.Parse("1m30s");

        Assert.Equal(TimeSpan.FromSeconds(90), value);
    }

    [Theory]
    [InlineData("", "a duration is missing; write one such as 7d, 12h or 1d12h")]
    [InlineData("7", "'7' is not a duration: 7 has no unit; use w (weeks), d (days), h (hours), m (minutes) or s (seconds), as in 7d or 1d12h")]
    [InlineData("1d12", "'1d12' is not a duration: 12 has no unit; use w (weeks), d (days), h (hours), m (minutes) or s (seconds), as in 7d or 1d12h")]
    [InlineData("7days", "'7days' is not a duration: unknown unit 'days'; use w (weeks), d (days), h (hours), m (minutes) or s (seconds), as in 7d or 1d12h")]
    [InlineData("1y", "'1y' is not a duration: unknown unit 'y'; use w (weeks), d (days), h (hours), m (minutes) or s (seconds), as in 7d or 1d12h")]
    [InlineData("7D", "'7D' is not a duration: unknown unit 'D'; use w (weeks), d (days), h (hours), m (minutes) or s (seconds), as in 7d or 1d12h")]
    [InlineData("d7", "'d7' is not a duration: a number comes before each unit, as in 7d")]
    [InlineData("-7d", "'-7d' is not a duration: it cannot be negative")]
    [InlineData("1.5d", "'1.5d' is not a duration: use whole numbers, as in 1d12h rather than 1.5d")]
    [InlineData("12h1d", "'12h1d' is not a duration: write each unit once, largest first, as in 1d12h")]
    [InlineData("1d1d", "'1d1d' is not a duration: write each unit once, largest first, as in 1d12h")]
    [InlineData("7 d", "'7 d' is not a duration: write it without spaces, as in 1d12h")]
    [InlineData("7d!", "'7d!' is not a duration: unexpected '!'; use w (weeks), d (days), h (hours), m (minutes) or s (seconds), as in 7d or 1d12h")]
    [InlineData("99999999999999999999w", "'99999999999999999999w' is too long: a duration may be at most 3650d (about 10 years)")]
    [InlineData("99999999999w", "'99999999999w' is too long: a duration may be at most 3650d (about 10 years)")]
    [InlineData("740000d", "'740000d' is too long: a duration may be at most 3650d (about 10 years)")]
    [InlineData("3650d1s", "'3650d1s' is too long: a duration may be at most 3650d (about 10 years)")]
    [InlineData("521w4d", "'521w4d' is too long: a duration may be at most 3650d (about 10 years)")]
    public void TryParse_NotADuration_SaysWhyAndHowToWriteOne(string text, string message)
    {
        var parsed = Duration.TryParse(text, out _, out var error);

        Assert.False(parsed);
        Assert.Equal(message, error);
    }

    [Fact]
    public void Parse_NotADuration_ThrowsFormatExceptionWithTheReason()
    {
        var error = Assert.Throws<FormatException>(() => Duration.Parse("7days"));

        Assert.StartsWith("'7days' is not a duration: unknown unit 'days'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("14d", "14d")]
    [InlineData("2w", "14d")]
    [InlineData("90m", "1h30m")]
    [InlineData("1d12h", "1d12h")]
    [InlineData("0m", "0m")]
    [InlineData("1m30s", "1m30s")]
    public void Format_ParsedDuration_WritesDaysAndSmallerUnits(string text, string formatted)
    {
        var value = Duration.Parse(text);

        Assert.Equal(formatted, Duration.Format(value));
    }
}
