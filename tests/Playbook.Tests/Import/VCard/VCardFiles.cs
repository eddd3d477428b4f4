using System.Text;
using Playbook.Engine.Import.VCard;
using Playbook.Engine.Import.Writing;
using Playbook.Tests.Support;

namespace Playbook.Tests.Import.VCard;

/// <summary>Where the real-world vCard fixtures and the examples are, and a short way to read bytes as a .vcf.</summary>
internal static class VCardFiles
{
    /// <summary>The repository root: the folder holding Playbook.sln, above the test binaries.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>A file of <c>tests/fixtures/vcard/</c>, e.g. <c>ez-vcard/gmail-single.vcf</c>.</summary>
    public static string Fixture(string relativePath) => RepoPaths.Fixture(Path.Combine("vcard", relativePath));

    /// <summary>Every row of the fixture at <paramref name="relativePath"/>.</summary>
    public static List<SourceRow> ReadFixture(string relativePath)
    {
        using var stream = File.OpenRead(Fixture(relativePath));
        return VCardReader.Read(stream, Path.GetFileName(relativePath)).ToList();
    }

    /// <summary>Every row of <paramref name="bytes"/> read as a file called <paramref name="fileName"/>.</summary>
    public static List<SourceRow> Read(byte[] bytes, string fileName = "contacts.vcf")
    {
        using var stream = new MemoryStream(bytes);
        return VCardReader.Read(stream, fileName).ToList();
    }

    /// <summary>The UTF-8 bytes of <paramref name="text"/>, no BOM.</summary>
    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>The bytes of several parts in a row.</summary>
    public static byte[] Concat(params byte[][] parts) => parts.SelectMany(part => part).ToArray();

    /// <summary>The facts of a row that must have been read.</summary>
    public static ContactFacts Facts(SourceRow row) =>
        row.Facts ?? throw new Xunit.Sdk.XunitException($"line {row.Line} was skipped: {row.Problem}");

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Playbook.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Playbook.sln above {AppContext.BaseDirectory}");
    }
}
