namespace Playbook.Engine.Stats;

/// <summary>A share of a count with its 95% Wilson score interval, which stays honest for small counts and rates near 0 or 1.</summary>
/// <param name="Count">How many succeeded.</param>
/// <param name="Of">Out of how many.</param>
public readonly record struct Proportion(int Count, int Of)
{
    private const double Z = 1.959963984540054;

    /// <summary>The share, or null when <see cref="Of"/> is 0.</summary>
    public double? Rate => Of == 0 ? null : (double)Count / Of;

    /// <summary>The lower end of the 95% interval (null when <see cref="Of"/> is 0).</summary>
    public double? Low => Of == 0 ? null : Bound(-1);

    /// <summary>The upper end of the 95% interval (null when <see cref="Of"/> is 0).</summary>
    public double? High => Of == 0 ? null : Bound(+1);

    private double Bound(int sign)
    {
        if (sign > 0 ? Count == Of : Count == 0)
        {
            return sign > 0 ? 1 : 0;
        }

        var n = (double)Of;
        var p = Count / n;
        var z2 = Z * Z;
        var centre = p + z2 / (2 * n);
        var spread = Z * Math.Sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        var bound = (centre + sign * spread) / (1 + z2 / n);
        return Math.Clamp(bound, 0, 1);
    }
}
