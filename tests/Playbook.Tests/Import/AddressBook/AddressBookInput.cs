using System.Text;
using Playbook.Engine.Import.AddressBook;
using Playbook.Engine.Import.Writing;
using Playbook.Tests.Support;

namespace Playbook.Tests.Import.AddressBook;

/// <summary>Builds address-book CSV files for the tests and reads them.</summary>
internal static class AddressBookInput
{
    public const string GoogleNewHeader =
        "First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,Phonetic Last Name,Name Prefix,Name Suffix,"
        + "Nickname,File As,Organization Name,Organization Title,Organization Department,Birthday,Notes,Photo,Labels,"
        + "E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,Phone 1 - Label,Phone 1 - Value,"
        + "Phone 2 - Label,Phone 2 - Value,Address 1 - Label,Address 1 - Formatted,Address 1 - Street,Address 1 - City,"
        + "Address 1 - PO Box,Address 1 - Region,Address 1 - Postal Code,Address 1 - Country,Address 1 - Extended Address,"
        + "Website 1 - Label,Website 1 - Value,Website 2 - Label,Website 2 - Value";

    public const string OutlookDesktopHeader =
        "First Name,Middle Name,Last Name,Title,Suffix,Initials,Web Page,Gender,Birthday,Anniversary,Location,Language,"
        + "Internet Free Busy,Notes,E-mail Address,E-mail 2 Address,E-mail 3 Address,Primary Phone,Home Phone,Home Phone 2,"
        + "Mobile Phone,Pager,Home Fax,Home Address,Home Street,Home City,Home State,Home Postal Code,Home Country,"
        + "Company Main Phone,Business Phone,Business Fax,Company,Job Title,Department,Business City,Business State,"
        + "Business Country,E-mail Type,E-mail Display Name,E-mail 2 Type,E-mail 2 Display Name,Categories,Private";

    public const string OutlookComHeader =
        "First Name,Middle Name,Last Name,Title,Suffix,Nickname,Given Yomi,Surname Yomi,E-mail Address,E-mail 2 Address,"
        + "E-mail 3 Address,Home Phone,Home Phone 2,Business Phone,Business Phone 2,Mobile Phone,Car Phone,Other Phone,"
        + "Primary Phone,Pager,Business Fax,Home Fax,Other Fax,Company Main Phone,Callback,Radio Phone,Telex,TTY/TDD Phone,"
        + "IMAddress,Company,Department,Job Title,Office Location,Business Street,Business City,Business State,"
        + "Business Postal Code,Business Country/Region,Home Street,Home City,Home State,Home Postal Code,"
        + "Home Country/Region,Personal Web Page,Web Page,Birthday,Anniversary,Categories,Notes";

    /// <summary>A row of <paramref name="header"/> with the given cells filled (quoted) and the others empty.</summary>
    public static string Row(string header, params (string Column, string Value)[] cells)
    {
        var names = header.Split(',');
        var fields = new string[names.Length];
        Array.Fill(fields, "");
        foreach (var (column, value) in cells)
        {
            var index = Array.IndexOf(names, column);
            if (index < 0)
            {
                throw new ArgumentException($"no column '{column}' in the header", nameof(cells));
            }

            fields[index] = "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        }

        return string.Join(',', fields);
    }

    /// <summary>The lines of a CSV file, CRLF-terminated.</summary>
    public static string CsvText(params string[] lines) => string.Concat(lines.Select(l => l + "\r\n"));

    /// <summary>The text in <paramref name="encoding"/>, with its byte-order mark when <paramref name="bom"/>.</summary>
    public static byte[] Bytes(string text, Encoding encoding, bool bom = false) =>
        bom ? [.. encoding.GetPreamble(), .. encoding.GetBytes(text)] : encoding.GetBytes(text);

    public static List<SourceRow> Read(string text, AddressBookFormat? format = null) =>
        Read(Encoding.UTF8.GetBytes(text), format);

    public static List<SourceRow> Read(byte[] bytes, AddressBookFormat? format = null, string fileName = "contacts.csv")
    {
        using var stream = new MemoryStream(bytes);
        return AddressBookCsv.Read(stream, fileName, format).ToList();
    }

    /// <summary>The facts of the only row, which must have been read.</summary>
    public static ContactFacts Single(List<SourceRow> rows)
    {
        var row = Assert.Single(rows);
        Assert.Null(row.Problem);
        return row.Facts!;
    }

    /// <summary>The repository folder (the one holding Playbook.sln).</summary>
    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Playbook.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"no Playbook.sln above {AppContext.BaseDirectory}");
    }

    /// <summary>A real-world file of <c>tests/fixtures/</c>, e.g. <c>google-outlook/google_old_layout_google_contacts.csv</c>.</summary>
    public static string Fixture(string relativePath) => RepoPaths.Fixture(relativePath);
}
