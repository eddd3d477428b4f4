using Playbook.Engine.Import.Reports;
using Playbook.Engine.Import.X;
using Playbook.Tests.Import.X;
using Playbook.Tests.Support;

namespace Playbook.Tests.Fuzz;

/// <summary>
/// Damaged X archives, made with fixed seeds by mutating each file of the archive fixture, and by cutting short and
/// corrupting its zip: each is imported, with what could not be read listed, or refused with a reason; never an
/// exception of another kind.
/// </summary>
public sealed class XArchiveFuzzTests
{
    private static readonly string[] Files =
        ["manifest.js", "account.js", "direct-messages.js", "direct-messages-part1.js", "direct-messages-group.js", "follower.js", "following.js", "tweets.js"];

    [Fact]
    public void Import_MutatedFileOfTheArchive_ImportsTheRestOrRefusesWithAReason()
    {
        using var test = new TestStore();
        var folder = XArchives.With(test.Folder, "account.js", File.ReadAllText(Path.Combine(XArchives.Folder, "data", "account.js")));
        var random = new Random(20261206);
        var failures = new List<string>();

        for (var i = 0; i < 320; i++)
        {
            var name = Files[i % Files.Length];
            var target = Path.Combine(folder, "data", name);
            var original = File.ReadAllText(Path.Combine(XArchives.Folder, "data", name));
            File.WriteAllBytes(target, FileMutations.Mutate(original, random, out var how));
            try
            {
                var report = new XImporter(test.Store).Import(folder);
                if (report.Skips.Any(s => string.IsNullOrWhiteSpace(s.Reason)) || report.Files.Any(f => !f.Succeeded && string.IsNullOrWhiteSpace(f.Error)))
                {
                    failures.Add($"{i} {name} ({how}): a skip or failure without a reason");
                }
            }
            catch (ImportException e) when (e.Reason.Length > 0)
            {
                // Refused whole, with a reason: an archive without its owner, say.
            }
            catch (Exception e)
            {
                failures.Add($"{i} {name} ({how}): {e.GetType().Name}: {e.Message}");
            }
            finally
            {
                File.WriteAllText(target, original);
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void Import_ZipCutShortOrCorrupted_IsRefusedOrImportsWhatItCan()
    {
        using var test = new TestStore();
        var zip = File.ReadAllBytes(XArchives.Zip(test.Folder, "source.zip"));
        var random = new Random(20261207);
        var failures = new List<string>();

        for (var i = 0; i < 80; i++)
        {
            var bytes = (byte[])zip.Clone();
            string how;
            if (i % 2 == 0)
            {
                var length = random.Next(0, bytes.Length);
                bytes = bytes[..length];
                how = $"cut at {length}";
            }
            else
            {
                var at = random.Next(bytes.Length);
                bytes[at] ^= (byte)random.Next(1, 256);
                how = $"byte {at} changed";
            }

            var path = test.Folder.Write($"twitter-{i:D3}.zip", bytes);
            try
            {
                new XImporter(test.Store).Import(path);
            }
            catch (ImportException e) when (e.Reason.Length > 0)
            {
                // Refused whole, with a reason.
            }
            catch (Exception e)
            {
                failures.Add($"{i} ({how}): {e.GetType().Name}: {e.Message}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
