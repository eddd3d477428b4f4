using Playbook.Engine.Import.LinkedIn;

namespace Playbook.Tests.Import.LinkedIn;

public sealed class LinkedInDatesTests
{
    [Theory]
    [InlineData("08 Feb 2026", 2026, 2, 8)]
    [InlineData("8 Feb 2026", 2026, 2, 8)]
    [InlineData(" 07 Jun 2026 ", 2026, 6, 7)]
    [InlineData("2026-02-08", 2026, 2, 8)]
    public void TryParseDay_ConnectionsDate_IsTheDay(string text, int year, int month, int day)
    {
        Assert.True(LinkedInDates.TryParseDay(text, out var parsed));
        Assert.Equal(new DateOnly(year, month, day), parsed);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("32 Jan 2023")]
    [InlineData("Feb 2026")]
    public void TryParseDay_NotADay_IsFalse(string? text)
    {
        Assert.False(LinkedInDates.TryParseDay(text, out _));
    }

    [Theory]
    [InlineData("1/29/26, 2:37 PM", "2026-01-29T14:37:00Z")]
    [InlineData("10/2/23, 11:05 AM", "2023-10-02T11:05:00Z")]
    [InlineData("1/29/26, 2:37\u202FPM", "2026-01-29T14:37:00Z")]
    [InlineData("12/31/2025, 11:59 PM", "2025-12-31T23:59:00Z")]
    [InlineData("2025-06-01 14:03:22 UTC", "2025-06-01T14:03:22Z")]
    [InlineData("2026-02-01T08:00:00Z", "2026-02-01T08:00:00Z")]
    [InlineData("2026-02-01T09:00:00+01:00", "2026-02-01T08:00:00Z")]
    public void TryParseInstant_ExportDate_IsTheInstantInUtc(string text, string expected)
    {
        Assert.True(LinkedInDates.TryParseInstant(text, out var instant));
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), instant);
        Assert.Equal(TimeSpan.Zero, instant.Offset);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("last week")]
    [InlineData("13/29/26, 2:37 PM")]
    public void TryParseInstant_NotAnInstant_IsFalse(string? text)
    {
        Assert.False(LinkedInDates.TryParseInstant(text, out _));
    }

    [Fact]
    public void TryParseInstant_ThousandsOfMessageDatesRightAndWrong_TheInstantTheFormatsGive()
    {
        var random = new Random(20261213);
        const string other = "0123456789 -:UTCutc\u0663\u00A0+Z";
        var read = 0;

        for (var i = 0; i < 20_000; i++)
        {
            // Each field of the form anywhere from 0 to its largest count of digits, and now and then a character changed.
            var text = string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"{random.Next(10_000):D4}-{random.Next(14):D2}-{random.Next(33):D2} {random.Next(26):D2}:{random.Next(62):D2}:{random.Next(62):D2} UTC").ToCharArray();
            if (random.Next(4) == 0)
            {
                text[random.Next(text.Length)] = other[random.Next(other.Length)];
            }

            var date = new string(text);

            var fast = LinkedInDates.TryParseInstant(date, out var instant);
            var formats = LinkedInDates.TryParseFormats(date, out var expected);

            Assert.True((formats, expected, expected.Offset) == (fast, instant, instant.Offset), $"'{date}': formats {formats} {expected:o}, read {fast} {instant:o}");
            read += LinkedInDates.TryParseMessageInstant(date, out _) ? 1 : 0;
        }

        Assert.True(read > 5_000, $"only {read} dates read digit by digit");
    }
}
