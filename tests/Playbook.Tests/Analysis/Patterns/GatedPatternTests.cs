using System.Text.RegularExpressions;
using Playbook.Engine.Analysis.Replies.Patterns;

namespace Playbook.Tests.Analysis.Patterns;

public sealed class GatedPatternTests
{
    /// <summary>A pattern whose expression, compiled to code by .NET, fails over <see cref="Text"/> where the interpreter does not.</summary>
    private const string Failing = @"(?:(?:(?>\d{0,2}^{0,2}){1,2}?é{2}\1|1b+\.|[ab]{2}\1| \. ?){1,2}\.([^a](?=1^+[^a]){1,2}){1,2}?|ba\b*[a-c]\1){1,2}?b$";
    private const string Text = "cc\u0663a .1c ";

    [Fact]
    public void Run_ACompiledExpressionThatFails_RunsTheInterpretedOneFromThenOn()
    {
        var interpreted = new Regex(Failing, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
        Assert.Throws<IndexOutOfRangeException>(() =>
            Places(new Regex(Failing, RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromMilliseconds(100))));
        var pattern = new GatedPattern(interpreted, gated: false, runsBeforeCompiled: 1);
        Assert.NotEqual(RegexOptions.None, pattern.Regex.Options & RegexOptions.Compiled);

        var places = pattern.Run(Text, Places);

        Assert.Equal(Places(interpreted), places);
        Assert.Equal(RegexOptions.None, pattern.Regex.Options & RegexOptions.Compiled);
        Assert.Equal(interpreted.IsMatch(Text), pattern.IsMatch(Text));
    }

    [Fact]
    public void Run_ATimeOut_IsNotAFailureOfTheCompiledCode()
    {
        var slow = new Regex(@"^(a+)+$", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(1));
        var pattern = new GatedPattern(slow, gated: false, runsBeforeCompiled: 1);
        var text = new string('a', 40) + "!";

        Assert.Throws<RegexMatchTimeoutException>(() => pattern.Run(text, regex => regex.IsMatch(text)));
        Assert.NotEqual(RegexOptions.None, pattern.Regex.Options & RegexOptions.Compiled);
    }

    private static string Places(Regex regex) => string.Join(",", regex.Matches(Text).Select(m => $"{m.Index}:{m.Length}"));
}
