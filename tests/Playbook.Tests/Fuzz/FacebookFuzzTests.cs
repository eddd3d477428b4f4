using System.IO.Compression;
using Playbook.Engine.Import;
using Playbook.Engine.Import.Reports;
using Playbook.Tests.Support;

namespace Playbook.Tests.Fuzz;

/// <summary>
/// Damaged Facebook downloads, made by mutating the files of the fixture download and cutting or flipping bytes of
/// its zip with fixed seeds: each is imported, or refused with a reason and nothing stored; never an exception of
/// another kind.
/// </summary>
public sealed class FacebookFuzzTests
{
    private static readonly string Current = RepoPaths.Fixture(Path.Combine("facebook", "current"));

    [Fact]
    public void Import_MutatedFilesOfADownload_ImportOrAreListedNeverThrow()
    {
        using var test = new TestStore();
        var files = Directory.GetFiles(Current, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var random = new Random(20261206);
        var failures = new List<string>();

        for (var i = 0; i < 200; i++)
        {
            var folder = test.Folder.Folder($"mutated/{i:D3}");
            var victim = files[random.Next(files.Count)];
            string how = "";
            foreach (var file in files)
            {
                var to = Path.Combine(folder, Path.GetRelativePath(Current, file));
                Directory.CreateDirectory(Path.GetDirectoryName(to)!);
                if (file == victim)
                {
                    File.WriteAllBytes(to, FileMutations.Mutate(File.ReadAllText(file), random, out how));
                }
                else
                {
                    File.Copy(file, to);
                }
            }

            try
            {
                var report = new Importer(test.Store).Import(new ImportRequest(ExportKind.Facebook, [folder]));
                if (report.Files.Any(f => !f.Succeeded && string.IsNullOrWhiteSpace(f.Error)))
                {
                    failures.Add($"{i} ({Path.GetFileName(victim)}, {how}): a file refused without a reason");
                }
            }
            catch (ImportException)
            {
                // Refused as a whole, with a reason: fine.
            }
            catch (Exception e)
            {
                failures.Add($"{i} ({Path.GetFileName(victim)}, {how}): {e.GetType().Name}: {e.Message}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void Import_ZipCutOrFlipped_ImportsOrIsRefusedStoringNothing()
    {
        using var test = new TestStore();
        var whole = test.Folder.File("whole.zip");
        ZipFile.CreateFromDirectory(Current, whole);
        var bytes = File.ReadAllBytes(whole);
        var random = new Random(20261207);
        var failures = new List<string>();

        for (var i = 0; i < 100; i++)
        {
            var damaged = (byte[])bytes.Clone();
            string how;
            if (i % 2 == 0)
            {
                damaged = damaged[..random.Next(damaged.Length)];
                how = $"cut at {damaged.Length}";
            }
            else
            {
                var at = random.Next(damaged.Length);
                damaged[at] ^= (byte)random.Next(1, 256);
                how = $"byte {at} flipped";
            }

            var zip = test.Folder.Write($"zips/{i:D3}.zip", damaged);
            var before = test.TableCounts();
            try
            {
                new Importer(test.Store).Import(new ImportRequest(ExportKind.Facebook, [zip]));
            }
            catch (ImportException)
            {
                if (!test.TableCounts().SequenceEqual(before))
                {
                    failures.Add($"{i} ({how}): refused, but something was stored");
                }
            }
            catch (Exception e)
            {
                failures.Add($"{i} ({how}): {e.GetType().Name}: {e.Message}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
