using System.Diagnostics;
using System.Reflection;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace Playbook.Tests.Analysis.Patterns;

/// <summary>
/// No pattern generated at build time compiles to a matcher with a method so large that the JIT leaves it
/// unoptimized. Past a size the JIT compiles a method as it would at its first call and never better, and ReadyToRun
/// leaves it out of the image: the sales cues' matcher, 31,812 bytes of IL in a release build (51,587 in a debug one),
/// read a note eight times slower than the others, while the recruiters', 20,805 bytes (33,424), is optimized. The
/// limit lies between the two. A list of alternatives that grows past it is split in patterns matched as one (see
/// <c>NoteReader.FirstMatches</c>).
/// </summary>
public sealed class GeneratedPatternSizeTests(ITestOutputHelper output)
{
    [Fact]
    public void EveryGeneratedPattern_ItsMatcher_IsSmallEnoughForTheJitToOptimize()
    {
        var engine = typeof(Engine.Runs.Run).Assembly;
        var limit = engine.GetCustomAttribute<DebuggableAttribute>()?.IsJITOptimizerDisabled == true ? 40_000 : 24_000;
        var matchers = new[] { engine, Assembly.Load("playbook") }
            .SelectMany(a => a.GetTypes())
            .Where(t => typeof(RegexRunner).IsAssignableFrom(t))
            .Select(t => (Name: t.FullName!, Bytes: t.GetMethods(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.DeclaredOnly)
                .Max(m => m.GetMethodBody()?.GetILAsByteArray()?.Length ?? 0)))
            .OrderByDescending(m => m.Bytes)
            .ToList();
        foreach (var (name, bytes) in matchers.Take(5))
        {
            output.WriteLine($"{bytes} bytes of IL (limit {limit}): {name}");
        }

        Assert.True(matchers.Count > 100, $"only {matchers.Count} generated patterns found");
        Assert.All(matchers, m => Assert.True(m.Bytes <= limit, $"{m.Name}: {m.Bytes} bytes of IL, more than {limit}"));
    }
}
