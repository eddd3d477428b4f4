using System.IO.Compression;
using Playbook.Engine.Import.LinkedIn;

namespace Playbook.Engine.Import;

/// <summary>
/// What a folder or a zip holds, told from the names of its files alone (a zip's are in its directory at the end, so
/// nothing is decompressed): a Google Takeout zip of calendars from a LinkedIn export, a folder of <c>.eml</c> from a
/// folder of vCards. At most <see cref="MaxNames"/> names are looked at, so a path given by mistake (a home folder)
/// costs little.
/// </summary>
internal static class ExportContents
{
    /// <summary>The most names looked at.</summary>
    public const int MaxNames = 20_000;

    private static readonly EnumerationOptions Everywhere = new() { RecurseSubdirectories = true, IgnoreInaccessible = true };

    /// <summary>
    /// The kind of export whose files <paramref name="names"/> are, or null when none is known. An X archive
    /// (<c>data/manifest.js</c>) and a Facebook download (<c>messages/inbox/</c>, its friends file) come first, whatever
    /// they are named; then calendars and mail
    /// (a LinkedIn export holds neither, a Takeout may hold CSV files too), then a LinkedIn export's files, vCards,
    /// saved profiles, and other CSV files (an address book).
    /// </summary>
    public static ExportKind? Of(IEnumerable<string> names)
    {
        bool x = false, facebook = false, calendar = false, mail = false, linkedIn = false, vcard = false, pdf = false, csv = false;
        foreach (var name in names.Take(MaxNames))
        {
            var slashed = name.Replace('\\', '/');
            x |= slashed.EndsWith("data/manifest.js", StringComparison.OrdinalIgnoreCase)
                || slashed.EndsWith("data/account.js", StringComparison.OrdinalIgnoreCase);

            // Facebook's messages and friends, in JSON or in HTML (which its importer refuses, saying to ask for JSON).
            facebook |= slashed.Contains("messages/inbox/", StringComparison.OrdinalIgnoreCase)
                || slashed.EndsWith("friends/your_friends.json", StringComparison.OrdinalIgnoreCase)
                || slashed.EndsWith("friends/friends.json", StringComparison.OrdinalIgnoreCase);
            switch (Path.GetExtension(name).ToUpperInvariant())
            {
                case ".ICS" or ".ICAL" or ".IFB":
                    calendar = true;
                    break;

                // .msf: Thunderbird's index beside each mbox file of a folder (the mbox itself has no extension).
                case ".MBOX" or ".EML" or ".MSF":
                    mail = true;
                    break;
                case ".CSV" when LinkedInExport.Classify(name) is not null:
                    linkedIn = true;
                    break;
                case ".CSV":
                    csv = true;
                    break;
                case ".VCF" or ".VCARD":
                    vcard = true;
                    break;
                case ".PDF":
                    pdf = true;
                    break;
            }
        }

        return x ? ExportKind.X
            : facebook ? ExportKind.Facebook
            : calendar ? ExportKind.Calendar
            : mail ? ExportKind.Mail
            : linkedIn ? ExportKind.LinkedIn
            : vcard ? ExportKind.VCard
            : pdf ? ExportKind.Profiles
            : csv ? ExportKind.AddressBookCsv
            : null;
    }

    /// <summary>The names of the files in <paramref name="folder"/> and its subfolders, lazily.</summary>
    public static IEnumerable<string> InFolder(string folder) => Directory.EnumerateFiles(folder, "*", Everywhere);

    /// <summary>The names of the entries of the zip <paramref name="zip"/>; none when it cannot be read as one (its importer says why).</summary>
    public static IReadOnlyList<string> InZip(string zip)
    {
        try
        {
            using var archive = ZipFile.OpenRead(zip);
            return archive.Entries.Take(MaxNames).Select(e => e.FullName).ToList();
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }
}
