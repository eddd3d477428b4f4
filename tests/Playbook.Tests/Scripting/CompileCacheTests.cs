using Playbook.Engine.Scripting;
using Playbook.Tests.Support;

namespace Playbook.Tests.Scripting;

public sealed class CompileCacheTests
{
    private static readonly List<ConditionSource> Sources = ConditionSamples.Many(
        "contact.Company != null && DaysSinceLastInteraction > 30",
        "event.Body.Contains(\"coffee\")",
        "contact.Nope",
        "System.IO.File.Exists(\"/etc/passwd\")");

    [Fact]
    public void Compile_SameConditionsTwice_SecondLoadsFromTheCacheWithTheSameProblems()
    {
        using var folder = new TempFolder();
        using var first = ConditionCompiler.Compile(Sources, folder.Path);

        using var second = ConditionCompiler.Compile(Sources, folder.Path);

        Assert.False(first.FromCache);
        Assert.True(second.FromCache);
        Assert.Equal(first.Problems, second.Problems);
        Assert.True(second.Evaluate("c0", ConditionSamples.Context()));
        Assert.True(second.Evaluate("c1", ConditionSamples.Context()));
        Assert.False(second.IsCompiled("c2"));
        Assert.False(second.IsCompiled("c3"));
    }

    [Fact]
    public void Compile_ConditionMoved_MissesTheCache()
    {
        using var folder = new TempFolder();
        using var first = ConditionCompiler.Compile(Sources, folder.Path);
        var moved = Sources.Select(s => s with { Line = s.Line + 1 }).ToList();

        using var second = ConditionCompiler.Compile(moved, folder.Path);

        Assert.False(second.FromCache);
        Assert.Equal(first.Problems.Select(p => p.Line + 1), second.Problems.Select(p => p.Line));
    }

    [Fact]
    public void Compile_Cached_LeavesOneAssemblyAndOneManifestAndNoTemporaryFile()
    {
        using var folder = new TempFolder();

        using var conditions = ConditionCompiler.Compile(Sources, folder.Path);

        var files = Directory.GetFiles(folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(2, files.Count);
        Assert.Matches("^[0-9a-f]{64}\\.dll$", files[0]);
        Assert.Equal(Path.ChangeExtension(files[0], ".manifest"), files[1]);
    }

    [Fact]
    public void Compile_DamagedAssemblyInTheCache_CompilesAgainAndRepairsTheEntry()
    {
        using var folder = new TempFolder();
        ConditionCompiler.Compile(Sources, folder.Path).Dispose();
        var assembly = Directory.GetFiles(folder.Path, "*.dll").Single();
        File.WriteAllBytes(assembly, [0x4d, 0x5a, 0, 0]);

        using var repaired = ConditionCompiler.Compile(Sources, folder.Path);
        using var again = ConditionCompiler.Compile(Sources, folder.Path);

        Assert.False(repaired.FromCache);
        Assert.True(again.FromCache);
        Assert.True(again.Evaluate("c0", ConditionSamples.Context()));
    }

    [Fact]
    public void Compile_DamagedManifest_CompilesAgain()
    {
        using var folder = new TempFolder();
        ConditionCompiler.Compile(Sources, folder.Path).Dispose();
        File.WriteAllText(Directory.GetFiles(folder.Path, "*.manifest").Single(), "playbook-conditions\t4\nimage\t");

        using var conditions = ConditionCompiler.Compile(Sources, folder.Path);

        Assert.False(conditions.FromCache);
        Assert.Equal(2, conditions.Problems.Count);
    }

    [Fact]
    public void Compile_EveryConditionFails_CachesTheProblemsWithoutAnAssembly()
    {
        using var folder = new TempFolder();
        var sources = ConditionSamples.Many("contact.Nope");
        ConditionCompiler.Compile(sources, folder.Path).Dispose();

        using var cached = ConditionCompiler.Compile(sources, folder.Path);

        Assert.True(cached.FromCache);
        Assert.Equal("all.yaml(1,15): error CS1061", Assert.Single(cached.Problems).ToString()[..28]);
        Assert.Empty(Directory.GetFiles(folder.Path, "*.dll"));
    }
}
