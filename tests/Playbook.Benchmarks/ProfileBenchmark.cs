using System.Diagnostics;
using System.Globalization;
using Playbook.Benchmarks.Profiles;
using Playbook.Engine.Import.Profiles;
using Playbook.Engine.Store;

namespace Playbook.Benchmarks;

/// <summary>
/// Reading saved profiles: one PDF in process (the first, with the JIT, and then each of many), and
/// <c>import profiles</c> of a folder of 500 PDFs into a store holding their contacts.
/// </summary>
internal static class ProfileBenchmark
{
    private const int Profiles = 500;

    public static void Run(string work)
    {
        var folder = Directory.CreateDirectory(Path.Combine(work, "profiles")).FullName;
        ProfileSheet[] sheets =
        [
            EnglishSheets.OliviaBrennanMarsh, EnglishSheets.MarcusOyelaran, EnglishSheets.PriyaRaman,
            SpanishSheets.LuciaFerrerAlmansa, SpanishSheets.JavierOrtegaNieto, SpanishSheets.NuriaCastellsPuig,
        ];
        var files = new List<string>();
        for (var i = 0; i < Profiles; i++)
        {
            var path = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"Profile ({i}).pdf"));
            ProfilePdfWriter.Write(Variant(sheets[i % sheets.Length], i), path);
            files.Add(path);
        }

        Console.WriteLine($"Profiles: {Profiles} saved profile PDFs ({files.Sum(f => new FileInfo(f).Length) / 1024:N0} KB), English and Spanish, 1 to 3 pages");

        var clock = Stopwatch.StartNew();
        ProfileReader.Read(files[0]);
        Console.WriteLine($"  first PDF read in process (JIT included): {clock.Elapsed.TotalMilliseconds:N0} ms");
        var each = new List<double>();
        foreach (var path in files.Take(100))
        {
            clock.Restart();
            ProfileReader.Read(path);
            each.Add(clock.Elapsed.TotalMilliseconds);
        }

        each.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  one PDF read, next 100: median {each[each.Count / 2]:0.0} ms, 95th percentile {each[(int)(each.Count * 0.95)]:0.0} ms, slowest {each[^1]:0.0} ms (target < 100 ms)"));

        using var store = ContactStore.Open(Path.Combine(work, "profiles.db"), TimeProvider.System);
        var memory = Process.GetCurrentProcess();
        clock.Restart();
        var report = new ProfileImporter(store).Import([folder]);
        var elapsed = clock.Elapsed;
        memory.Refresh();
        var file = report.Files.Single();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  import profiles of the folder: {elapsed.TotalSeconds:0.00} s ({Profiles / elapsed.TotalSeconds:N0} profiles/s; {file.Added} added, {file.Skips.Count} skipped), peak working set {memory.PeakWorkingSet64 / 1024 / 1024:N0} MB"));
        clock.Restart();
        var again = new ProfileImporter(store).Import([folder]);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  the same folder again: {clock.Elapsed.TotalSeconds:0.00} s ({again.Files.Single().Unchanged} unchanged)"));
    }

    /// <summary>The sheet of person <paramref name="i"/>: the same profile under a name, URL and email of its own.</summary>
    private static ProfileSheet Variant(ProfileSheet sheet, int i)
    {
        var suffix = i.ToString(CultureInfo.InvariantCulture);
        return sheet with
        {
            FullName = $"{sheet.FullName} {suffix}",
            Contact = [.. sheet.Contact.Select(c => c.Label == "LinkedIn" ? c with { Value = $"{c.Value}-{suffix}" }
                : c.Value.Contains('@', StringComparison.Ordinal) ? c with { Value = c.Value.Replace("@", $"+{suffix}@", StringComparison.Ordinal) }
                : c)],
        };
    }
}
