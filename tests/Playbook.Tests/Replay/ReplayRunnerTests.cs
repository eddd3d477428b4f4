using Playbook.Engine.Replay;

namespace Playbook.Tests.Replay;

public sealed class ReplayRunnerTests
{
    [Theory]
    [InlineData("2026-11-29T10:47:00Z", "2026-11-30T00:00:00Z")]
    [InlineData("2026-11-29T23:59:59Z", "2026-11-30T00:00:00Z")]
    [InlineData("2026-11-30T00:00:00Z", "2026-11-30T00:00:00Z")]
    [InlineData("2026-11-29T23:30:00-02:00", "2026-12-01T00:00:00Z")]
    public void PassAfter_Instant_IsTheMidnightUtcAtOrAfterIt(string instant, string expected)
    {
        var pass = ReplayRunner.PassAfter(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), pass);
        Assert.Equal(TimeSpan.Zero, pass.Offset);
    }

    [Fact]
    public void Set_NewInstant_IsWhatTheClockReadsInUtc()
    {
        var clock = new ReplayClock(new DateTimeOffset(2023, 2, 15, 0, 0, 0, TimeSpan.Zero));

        clock.Set(new DateTimeOffset(2024, 6, 4, 2, 0, 0, TimeSpan.FromHours(2)));

        Assert.Equal(new DateTimeOffset(2024, 6, 4, 0, 0, 0, TimeSpan.Zero), clock.GetUtcNow());
        Assert.Equal(TimeSpan.Zero, clock.GetUtcNow().Offset);
    }
}
