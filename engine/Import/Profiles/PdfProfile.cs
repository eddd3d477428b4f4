using Playbook.Engine.Contacts;
using UglyToad.PdfPig;

namespace Playbook.Engine.Import.Profiles;

/// <summary>
/// LinkedIn's "Save to PDF" of a profile, read with PdfPig: bounded in size and pages, checked for the profile's
/// layout (a linkedin.com/in/ URL in a Contact section and an Experience or Education heading), and never letting
/// PdfPig's own exceptions out.
/// </summary>
internal static class PdfProfile
{
    /// <summary>A saved profile is well under 1 MB; a file over this is something else.</summary>
    public const long MaxBytes = 20L << 20;

    /// <summary>A saved profile of even a long career is a handful of pages.</summary>
    public const int MaxPages = 50;

    private const string SaveAgain = "save the profile with More → Save to PDF";

    /// <summary>The profile in <paramref name="pdf"/>; <paramref name="name"/> is what errors call the file.</summary>
    public static Profile Read(Stream pdf, string name)
    {
        var bytes = Bounded(pdf, name);
        if (!ProfileReader.IsPdf(bytes))
        {
            throw new ProfileException(name, $"not a PDF (it does not start with %PDF); {SaveAgain}");
        }

        if (!EndsWithEof(bytes))
        {
            throw new ProfileException(name, $"damaged PDF (it stops before its %%EOF end marker: the file is cut short); {SaveAgain} again");
        }

        try
        {
            using var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            if (document.NumberOfPages > MaxPages)
            {
                throw new ProfileException(name, $"{document.NumberOfPages} pages, more than the {MaxPages} a saved profile can have; check that this is the profile's PDF");
            }

            var (sidebarLines, mainLines) = PdfColumns.Read(document);
            var sidebar = PdfSidebar.Read(sidebarLines);
            var main = PdfMainColumn.Read(mainLines);
            Check(name, sidebar, main);
            return new Profile
            {
                FullName = main.Name!,
                Headline = main.Headline,
                Location = main.Location,
                About = main.About,
                ProfileUrl = sidebar.ProfileUrl,
                Emails = sidebar.Emails,
                Positions = main.Positions,
                Schools = main.Schools,
                Skills = sidebar.Skills,
                Languages = sidebar.Languages,
                Certifications = sidebar.Certifications,
                SavedAt = SavedAt(document),
            };
        }
        catch (Exception e) when (e is not ProfileException and not OutOfMemoryException)
        {
            // PdfPig throws its own format exceptions and, on a malformed file, plain runtime ones: all of them mean
            // the file is damaged, and none leaves the reader.
            throw new ProfileException(name, $"damaged PDF ({OneLine(e.Message)}); {SaveAgain} again");
        }
    }

    private static void Check(string name, PdfSidebar sidebar, PdfMainColumn main)
    {
        var missing = new List<string>();
        if (sidebar.ProfileUrl is null)
        {
            missing.Add("no profile URL in a Contact section");
        }

        if (!main.HasCareerHeading)
        {
            missing.Add("no Experience or Education heading");
        }

        if (missing.Count > 0)
        {
            throw new ProfileException(name, $"not a LinkedIn profile ({string.Join(" and ", missing)}); {SaveAgain}");
        }

        if (main.Name is null)
        {
            throw new ProfileException(name, $"no name at the top of the profile (the 26 pt line above the headline); {SaveAgain}");
        }
    }

    private static byte[] Bounded(Stream pdf, string name)
    {
        if (pdf.CanSeek && pdf.Length - pdf.Position > MaxBytes)
        {
            throw TooLarge(name, pdf.Length - pdf.Position);
        }

        using var copy = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = pdf.Read(buffer)) > 0)
        {
            copy.Write(buffer, 0, read);
            if (copy.Length > MaxBytes)
            {
                throw TooLarge(name, null);
            }
        }

        return copy.ToArray();
    }

    private static ProfileException TooLarge(string name, long? length) => new(name,
        $"too large for a saved profile ({(length is { } bytes ? ProfileReader.Megabytes(bytes) + ", at most" : "more than")} {MaxBytes >> 20} MB); check that this is the profile's PDF");

    // A PDF ends with %%EOF (followed at most by a line end or some padding); a file cut short has lost it.
    private static bool EndsWithEof(ReadOnlySpan<byte> bytes) => bytes[^Math.Min(bytes.Length, 1024)..].IndexOf("%%EOF"u8) >= 0;

    private static DateTimeOffset? SavedAt(PdfDocument document) =>
        document.Information.CreationDate is null ? null : document.Information.GetCreatedDateTimeOffset();

    private static string OneLine(string message) => string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim();
}
