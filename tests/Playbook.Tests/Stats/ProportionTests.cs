using Playbook.Engine.Stats;

namespace Playbook.Tests.Stats;

public sealed class ProportionTests
{
    [Theory]
    [InlineData(5, 14, 0.1634, 0.6124)]
    [InlineData(10, 100, 0.0552, 0.1744)]
    [InlineData(0, 10, 0.0, 0.2775)]
    [InlineData(10, 10, 0.7225, 1.0)]
    public void WilsonInterval_KnownCounts_MatchesTheTextbookFigures(int count, int of, double low, double high)
    {
        var rate = new Proportion(count, of);

        Assert.Equal(low, rate.Low!.Value, 4);
        Assert.Equal(high, rate.High!.Value, 4);
        Assert.InRange(rate.Rate!.Value, rate.Low!.Value, rate.High!.Value);
    }

    [Fact]
    public void Proportion_OfNothing_HasNoRateAndNoInterval()
    {
        var rate = new Proportion(0, 0);

        Assert.Null(rate.Rate);
        Assert.Null(rate.Low);
        Assert.Null(rate.High);
    }

    [Fact]
    public void FisherExact_TheTeaTastingTable_GivesItsTwoSidedPValue()
    {
        // Dieting: 1 of 12 men, 9 of 12 women; the two-sided p-value is 0.002759.
        Assert.Equal(0.002759, FisherExact.PValue(1, 12, 9, 12), 6);
    }

    [Theory]
    [InlineData(3, 30, 3, 30)]
    [InlineData(0, 5, 0, 7)]
    [InlineData(4, 4, 9, 9)]
    public void FisherExact_EqualOrDegenerateTables_AreNotSignificant(int a, int n1, int b, int n2) =>
        Assert.Equal(1.0, FisherExact.PValue(a, n1, b, n2), 6);

    [Fact]
    public void FisherExact_IsSymmetricInItsGroups() =>
        Assert.Equal(FisherExact.PValue(12, 80, 4, 75), FisherExact.PValue(4, 75, 12, 80), 10);
}
