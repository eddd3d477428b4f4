namespace Playbook.Engine.Stats;

/// <summary>
/// Fisher's exact test on a 2×2 table (successes and failures of two groups): the two-sided p-value of seeing a
/// split at least as uneven if both groups converted alike. Exact at any count, so it can say "not yet" honestly
/// while an A/B test is small.
/// </summary>
public static class FisherExact
{
    /// <summary>The two-sided p-value for <paramref name="a"/> of <paramref name="n1"/> against <paramref name="b"/> of <paramref name="n2"/>.</summary>
    public static double PValue(int a, int n1, int b, int n2)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(a);
        ArgumentOutOfRangeException.ThrowIfNegative(b);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(a, n1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(b, n2);
        var n = n1 + n2;
        var successes = a + b;
        if (n1 == 0 || n2 == 0 || successes == 0 || successes == n)
        {
            return 1;
        }

        var logFactorial = new double[n + 1];
        for (var i = 2; i <= n; i++)
        {
            logFactorial[i] = logFactorial[i - 1] + Math.Log(i);
        }

        // P(X = k) for X hypergeometric: k successes in group 1 given the margins.
        double LogP(int k) =>
            logFactorial[n1] - logFactorial[k] - logFactorial[n1 - k]
            + logFactorial[n2] - logFactorial[successes - k] - logFactorial[n2 - successes + k]
            - (logFactorial[n] - logFactorial[successes] - logFactorial[n - successes]);

        var observed = LogP(a);
        var p = 0.0;
        for (var k = Math.Max(0, successes - n2); k <= Math.Min(successes, n1); k++)
        {
            var logP = LogP(k);
            if (logP <= observed + 1e-7)
            {
                p += Math.Exp(logP);
            }
        }

        return Math.Min(1, p);
    }
}
