using System.Diagnostics;
using System.Text;
using Playbook.Engine.Import.Profiles;

namespace Playbook.Benchmarks.Profiles;

/// <summary>
/// <c>dotnet run --project tests/Playbook.Benchmarks -- profile-fixtures</c>: (re)writes the profile PDFs of
/// <c>tests/fixtures/profiles/</c> (each with its <c>.source.txt</c>) and of <c>examples/profiles/</c>, then reads
/// each back and prints how long a read takes once warm.
/// </summary>
internal static class ProfileFixtures
{
    private const string Command = "dotnet run --project tests/Playbook.Benchmarks -- profile-fixtures";

    /// <summary>Writes every fixture under the repository holding the current folder (or the benchmark's binaries).</summary>
    public static void Write()
    {
        var root = RepositoryRoot();
        var fixtures = Path.Combine(root, "tests", "fixtures", "profiles");
        Directory.CreateDirectory(fixtures);

        var profiles = new (string File, ProfileSheet Sheet)[]
        {
            ("olivia-brennan-marsh.pdf", EnglishSheets.OliviaBrennanMarsh),
            ("marcus-oyelaran.pdf", EnglishSheets.MarcusOyelaran),
            ("priya-raman.pdf", EnglishSheets.PriyaRaman),
            ("lucia-ferrer-almansa.pdf", SpanishSheets.LuciaFerrerAlmansa),
            ("javier-ortega-nieto.pdf", SpanishSheets.JavierOrtegaNieto),
            ("nuria-castells-puig.pdf", SpanishSheets.NuriaCastellsPuig),
        };
        foreach (var (file, sheet) in profiles)
        {
            Fixture(fixtures, file, ProfilePdfWriter.Build(sheet), $"A LinkedIn-like \"Save to PDF\" profile of {sheet.FullName}, an invented person.");
        }

        Fixture(fixtures, "without-profile-url.pdf", ProfilePdfWriter.Build(EnglishSheets.WithoutUrl),
            "A profile's layout with no linkedin.com/in/ URL in its Contact section (an invented person): not a LinkedIn profile.");
        Fixture(fixtures, "invoice.pdf", InvoicePdf.Build(), "An invented invoice: a PDF that is not a profile.");
        var whole = ProfilePdfWriter.Build(EnglishSheets.MarcusOyelaran);
        Fixture(fixtures, "truncated.pdf", whole[..(whole.Length * 3 / 5)], "The first three fifths of marcus-oyelaran.pdf: a PDF cut short.");
        Fixture(fixtures, "garbage.pdf", Encoding.ASCII.GetBytes("%PDF-1.7\nThis is not a PDF: it has a header and an end marker and nothing in between.\n%%EOF\n"),
            "A PDF header and end marker around plain text: a damaged PDF that PdfPig cannot open.");

        var examples = Path.Combine(root, "examples", "profiles");
        Directory.CreateDirectory(examples);
        var katarzyna = Path.Combine(examples, "katarzyna-nowak.pdf");
        File.WriteAllBytes(katarzyna, ProfilePdfWriter.Build(SpanishSheets.KatarzynaNowak));
        Console.WriteLine($"wrote {Path.GetRelativePath(root, katarzyna)}");

        Measure(profiles.Select(p => Path.Combine(fixtures, p.File)).Append(katarzyna).ToList());
    }

    private static void Fixture(string folder, string file, byte[] bytes, string what)
    {
        var path = Path.Combine(folder, file);
        File.WriteAllBytes(path, bytes);
        File.WriteAllText(path + ".source.txt", $"""
            {what}
            Made for Playbook's tests by
                {Command}
            (the writer is in tests/Playbook.Benchmarks/Profiles/): the layout of LinkedIn's profile PDF, with invented
            people, companies, emails (example.com, example.org, example.net) and profile URLs. Same licence as the
            project.

            """);
        Console.WriteLine($"wrote tests/fixtures/profiles/{file} ({bytes.Length:N0} bytes)");
    }

    // The first read pays for JIT; the figure that matters is a warm read of one PDF (target under 100 ms).
    private static void Measure(List<string> paths)
    {
        var first = Stopwatch.StartNew();
        ProfileReader.Read(paths[0]);
        first.Stop();
        Console.WriteLine($"first read (JIT included): {first.Elapsed.TotalMilliseconds:N0} ms");
        foreach (var path in paths)
        {
            var times = Enumerable.Range(0, 20).Select(_ =>
            {
                var watch = Stopwatch.StartNew();
                ProfileReader.Read(path);
                return watch.Elapsed.TotalMilliseconds;
            }).Order().ToList();
            Console.WriteLine($"  {Path.GetFileName(path),-28} median {times[times.Count / 2],6:N1} ms (target under 100)");
        }
    }

    private static string RepositoryRoot()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "Playbook.sln")))
                {
                    return folder.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException("run it from inside the repository: no folder above holds Playbook.sln");
    }
}
