using System.Globalization;
using Playbook.Engine.Import.LinkedIn;

namespace Playbook.Tests.Import.LinkedIn;

/// <summary>The survey's quick reading of messages.csv's dates against the full reading of LinkedIn's dates.</summary>
public sealed class ExportSurveyTests
{
    [Theory]
    [InlineData("2025-06-01 14:03:22 UTC")]
    [InlineData("2024-02-29 23:59:59 UTC")]
    [InlineData("2025-02-29 10:00:00 UTC")]
    [InlineData("2025-13-01 10:00:00 UTC")]
    [InlineData("2025-00-10 10:00:00 UTC")]
    [InlineData("2025-04-31 10:00:00 UTC")]
    [InlineData("2025-06-01 24:00:00 UTC")]
    [InlineData("2025-06-01 23:60:00 UTC")]
    [InlineData("2025-06-01 23:00:60 UTC")]
    [InlineData("0000-06-01 10:00:00 UTC")]
    [InlineData("2025-06-01 14:03:22 GMT")]
    [InlineData("2025-06-01T14:03:22 UTC")]
    [InlineData("2025-06-0a 14:03:22 UTC")]
    [InlineData(" 2025-06-01 14:03:22 UTC")]
    [InlineData("2025-06-01 14:03 UTC")]
    [InlineData("1/29/26, 2:37 PM")]
    [InlineData("2025-06-01T23:30:00+02:00")]
    [InlineData("")]
    [InlineData(null)]
    public void TryDayOfInstant_AnyText_GivesTheDayTheFullReadingGives(string? text)
    {
        var full = LinkedInDates.TryParseInstant(text, out var instant);

        var quick = ExportSurvey.TryDayOfInstant(text, out var day);

        Assert.Equal(full, quick);
        Assert.Equal(full ? DateOnly.FromDateTime(instant.UtcDateTime) : default, day);
    }

    [Fact]
    public void TryDayOfInstant_RandomTextsOfTheShape_GiveTheDayTheFullReadingGives()
    {
        var random = new Random(23);
        for (var i = 0; i < 20_000; i++)
        {
            // Numbers in and out of range, and now and then a character that is not a digit.
            var text = string.Create(CultureInfo.InvariantCulture,
                $"{random.Next(0, 10_000):0000}-{random.Next(0, 14):00}-{random.Next(0, 33):00} {random.Next(0, 26):00}:{random.Next(0, 62):00}:{random.Next(0, 62):00} UTC");
            if (random.Next(20) == 0)
            {
                var at = random.Next(text.Length);
                text = text[..at] + "x/ 9:"[random.Next(5)] + text[(at + 1)..];
            }

            var full = LinkedInDates.TryParseInstant(text, out var instant);
            var quick = ExportSurvey.TryDayOfInstant(text, out var day);

            Assert.True(full == quick, text);
            Assert.True((full ? DateOnly.FromDateTime(instant.UtcDateTime) : default) == day, text);
        }
    }
}
