using Playbook.Engine.Playbooks.Loading;
using Playbook.Engine.Testing;
using Playbook.Tests.Support;
using Playbook.Tests.Testing;

namespace Playbook.Tests.Fuzz;

/// <summary>
/// Mutates the built-in playbooks' test files as broken and hostile files come (see <see cref="FileMutations"/>) and
/// reads each: nothing may escape as an exception, and every problem names its file and a line (or the whole file).
/// Some of the mutated files that still read are run too, and may fail their expectations but never throw. A fixed
/// seed: a failure is reproduced by running the test again.
/// </summary>
public sealed class TestFileFuzzTests(BuiltInCatalogFixture fixture) : IClassFixture<BuiltInCatalogFixture>
{
    private const int Seed = 20260105;
    private const int Cases = 300;
    private const int Runs = 25;

    [Fact]
    public void Read_MutatedTestFiles_NeverThrowAndPositionEveryProblem()
    {
        var random = new Random(Seed);
        var files = Directory.GetFiles(Path.Combine(RepoPaths.Root, "playbooks")).Where(PlaybookLoader.IsTestFile)
            .Order(StringComparer.Ordinal).Select(f => (Name: Path.GetFileName(f), Text: File.ReadAllText(f))).ToList();
        var crashes = new List<string>();
        var problems = 0;
        var ran = 0;

        for (var i = 0; i < Cases; i++)
        {
            var (name, text) = files[random.Next(files.Count)];
            var bytes = FileMutations.Mutate(text, random, out var how);
            var what = $"case {i} ({name}: {how})";
            try
            {
                var source = new PlaybookSource(name, bytes);
                var found = PlaybookTests.Check(source);
                problems += found.Count;
                Assert.All(found, p => Assert.True(p.File == name && (p.Line > 0 || p.Column == 0), $"{what}: {p}"));
                if (found.Count == 0 && ran < Runs)
                {
                    ran++;
                    var result = PlaybookTests.Run(source, fixture.Catalog, fixture.Clock);
                    Assert.All(result.Tests.SelectMany(t => t.Failures), f => Assert.True(f.File == name && f.Line > 0, $"{what}: {f}"));
                }
            }
            catch (Exception e) when (e is not Xunit.Sdk.XunitException)
            {
                crashes.Add($"{what}: {e.GetType().Name}: {e.Message}");
            }
        }

        Assert.Empty(crashes);
        Assert.True(problems > Cases / 2, $"only {problems} problems in {Cases} mutated files: the mutations are too mild");
        Assert.True(ran > 0, "no mutated file read well enough to run");
    }
}
