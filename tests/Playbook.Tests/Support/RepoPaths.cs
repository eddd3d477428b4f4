namespace Playbook.Tests.Support;

/// <summary>
/// Where the repository, its examples and its real-world fixtures are, found from the test binaries:
/// the repository root is the folder holding Playbook.sln; the fixtures live in <c>tests/fixtures</c>
/// inside it, each file with a <c>.source.txt</c> beside it naming where it came from.
/// </summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> RootFolder = new(FindRoot);

    /// <summary>The folder holding Playbook.sln.</summary>
    public static string Root => RootFolder.Value;

    /// <summary>The repository's examples folder.</summary>
    public static string Examples => System.IO.Path.Combine(Root, "examples");

    /// <summary>The example LinkedIn export, zipped as downloaded.</summary>
    public static string ExampleZip => System.IO.Path.Combine(Examples, "Basic_LinkedInDataExport_11-30-2026.zip");

    /// <summary>The example LinkedIn export, unzipped.</summary>
    public static string ExampleFolder => System.IO.Path.Combine(Examples, "linkedin-export");

    /// <summary>The real-world fixtures: <c>tests/fixtures</c> in the repository.</summary>
    public static string Fixtures
    {
        get
        {
            var path = System.IO.Path.Combine(Root, "tests", "fixtures");
            return Directory.Exists(path)
                ? path
                : throw new DirectoryNotFoundException($"the real-world fixtures are missing: they belong in the repository at {path} (tests/fixtures beside Playbook.sln)");
        }
    }

    /// <summary>A file of the real-world fixtures, such as <c>vcard/ez-vcard/gmail-single.vcf</c>.</summary>
    public static string Fixture(string relativePath) => Existing(System.IO.Path.Combine(Fixtures, relativePath));

    /// <summary>A file of the org-signal LinkedIn fixtures, such as <c>2023_Connections.csv</c>.</summary>
    public static string OrgSignal(string file) => Fixture(System.IO.Path.Combine("linkedin", "org-signal", file));

    /// <summary>A file of the silkyrich LinkedIn fixtures, such as <c>Skills.csv</c>.</summary>
    public static string SilkyRich(string file) => Fixture(System.IO.Path.Combine("linkedin", "silkyrich", file));

    /// <summary>A file of the profile fixtures (saved PDFs and copied pages), such as <c>marcus-oyelaran.pdf</c>.</summary>
    public static string Profile(string file) => Fixture(System.IO.Path.Combine("profiles", file));

    private static string Existing(string path) =>
        File.Exists(path) || Directory.Exists(path) ? path : throw new FileNotFoundException($"fixture {path} is missing", path);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "Playbook.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException($"no folder above {AppContext.BaseDirectory} holds Playbook.sln");
    }
}
