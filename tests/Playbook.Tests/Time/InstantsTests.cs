using Playbook.Engine.Time;

namespace Playbook.Tests.Time;

public sealed class InstantsTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Plus_WithinTheCalendar_IsTheSum()
    {
        var sum = Instants.Plus(At, TimeSpan.FromDays(7));

        Assert.Equal(At.AddDays(7), sum);
    }

    [Fact]
    public void Plus_LongestDurationFromTheLastDay_IsTheLastInstant()
    {
        var last = new DateTimeOffset(9999, 12, 31, 0, 0, 0, TimeSpan.Zero);

        var sum = Instants.Plus(last, Duration.Max);

        Assert.Equal(DateTimeOffset.MaxValue, sum);
    }

    [Fact]
    public void Minus_LongestDurationFromTheFirstDay_IsTheFirstInstant()
    {
        var first = new DateTimeOffset(1, 1, 2, 0, 0, 0, TimeSpan.Zero);

        var difference = Instants.Minus(first, Duration.Max);

        Assert.Equal(DateTimeOffset.MinValue, difference);
    }

    [Fact]
    public void Minus_TheMostNegativeSpan_IsTheLastInstant()
    {
        var difference = Instants.Minus(At, TimeSpan.MinValue);

        Assert.Equal(DateTimeOffset.MaxValue, difference);
    }

    [Fact]
    public void Plus_OffsetInstant_IsTheSameInstantInUtc()
    {
        var madrid = new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(1));

        var sum = Instants.Plus(madrid, TimeSpan.FromHours(1));

        Assert.Equal((At.AddHours(1), TimeSpan.Zero), (sum, sum.Offset));
    }
}
