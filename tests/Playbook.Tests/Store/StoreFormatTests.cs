using System.Globalization;
using Playbook.Engine.Store;

namespace Playbook.Tests.Store;

/// <summary>Instants are written as every build wrote them: the UTC time to the tick, with a 'Z'.</summary>
public sealed class StoreFormatTests
{
    [Fact]
    public void Instant_AnyTimeAndOffset_WritesTheTextEarlierBuildsWrote()
    {
        var random = new Random(20261207);
        var instants = new List<DateTimeOffset>
        {
            DateTimeOffset.MinValue, DateTimeOffset.MaxValue, new(1, 1, 1, 0, 0, 0, TimeSpan.Zero), new(999, 12, 31, 23, 59, 59, TimeSpan.Zero),
            new(2026, 3, 29, 1, 30, 0, TimeSpan.FromHours(2)), new DateTimeOffset(2026, 12, 31, 23, 59, 59, 999, TimeSpan.FromHours(-11)).AddTicks(9_999),
        };
        for (var i = 0; i < 10_000; i++)
        {
            var ticks = (long)(random.NextDouble() * (DateTime.MaxValue.Ticks - TimeSpan.TicksPerDay)) + TimeSpan.TicksPerDay;
            instants.Add(new DateTimeOffset(ticks, TimeSpan.Zero).ToOffset(TimeSpan.FromMinutes(random.Next(-14 * 60, 14 * 60 + 1))));
        }

        Assert.All(instants, instant => Assert.Equal(
            instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture), StoreFormat.Instant(instant)));
    }

    [Fact]
    public void Instant_ReadBack_IsTheSameInstant()
    {
        var instant = new DateTimeOffset(2026, 2, 10, 10, 0, 0, TimeSpan.FromHours(1)).AddTicks(1_234_567);

        Assert.Equal(instant, StoreFormat.ParseInstant(StoreFormat.Instant(instant)));
    }

    [Fact]
    public void ParseInstant_TheStoresTextOfAnyTime_IsTheInstantInUtc_AsTheCustomFormatReadIt()
    {
        var random = new Random(20261208);
        var texts = new List<string> { StoreFormat.Instant(DateTimeOffset.MinValue), StoreFormat.Instant(DateTimeOffset.MaxValue) };
        for (var i = 0; i < 10_000; i++)
        {
            texts.Add(StoreFormat.Instant(new DateTimeOffset((long)(random.NextDouble() * DateTime.MaxValue.Ticks), TimeSpan.Zero)));
        }

        Assert.All(texts, text =>
        {
            var read = StoreFormat.ParseInstant(text);
            Assert.Equal(TimeSpan.Zero, read.Offset);
            Assert.Equal(
                DateTimeOffset.ParseExact(text, "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal).UtcTicks,
                read.UtcTicks);
        });
    }

    [Theory]
    [InlineData("2026-11-17T09:01:23Z", "2026-11-17T09:01:23.0000000+00:00")]
    [InlineData("2026-11-17T09:01:23.1234567+01:00", "2026-11-17T08:01:23.1234567+00:00")]
    [InlineData("2026-11-17T09:01:23.1234567", "2026-11-17T09:01:23.1234567+00:00")]
    [InlineData("2026-11-17", "2026-11-17T00:00:00.0000000+00:00")]
    public void ParseInstant_OtherIsoForms_AreReadInUtc(string text, string expected)
    {
        Assert.Equal(expected, StoreFormat.ParseInstant(text).ToString("O", CultureInfo.InvariantCulture));
    }
}
