using System.Text.RegularExpressions;
using Playbook.Engine.Import.Csv;

namespace Playbook.Engine.Import.AddressBook;

/// <summary>Tells the address-book layout of a CSV from its header.</summary>
internal static partial class LayoutDetector
{
    /// <summary>The layout of <paramref name="header"/>, or null when it is none of the four.</summary>
    public static AddressBookLayout? Detect(CsvHeader header)
    {
        if (IsGoogle(header))
        {
            return IsGoogleOld(header) ? AddressBookLayout.GoogleOld : AddressBookLayout.GoogleNew;
        }

        if (IsOutlook(header))
        {
            return IsOutlookDesktop(header) ? AddressBookLayout.OutlookDesktop : AddressBookLayout.OutlookCom;
        }

        return null;
    }

    /// <summary>The format a layout belongs to.</summary>
    public static AddressBookFormat FormatOf(AddressBookLayout layout) =>
        layout is AddressBookLayout.GoogleNew or AddressBookLayout.GoogleOld ? AddressBookFormat.Google : AddressBookFormat.Outlook;

    /// <summary>How a message names the layout: "a Google Contacts CSV (new layout)".</summary>
    public static string Describe(AddressBookLayout layout) => layout switch
    {
        AddressBookLayout.GoogleNew => "a Google Contacts CSV (new layout)",
        AddressBookLayout.GoogleOld => "a Google Contacts CSV (old layout)",
        AddressBookLayout.OutlookDesktop => "an Outlook CSV (desktop layout)",
        _ => "an Outlook CSV (Outlook.com layout)",
    };

    /// <summary>How a message names the format: "a Google Contacts CSV".</summary>
    public static string Describe(AddressBookFormat format) =>
        format == AddressBookFormat.Google ? "a Google Contacts CSV" : "an Outlook CSV";

    /// <summary>Google's numbered columns (<c>E-mail 1 - Value</c>) or its label column.</summary>
    private static bool IsGoogle(CsvHeader header) =>
        header.Has("Labels") || header.Has("Group Membership") || header.Names.Any(n => GoogleSlotColumn().IsMatch(n));

    private static bool IsGoogleOld(CsvHeader header) =>
        header.Has("Given Name") || header.Has("Family Name") || header.Has("Group Membership")
        || header.Names.Any(n => GoogleTypeColumn().IsMatch(n));

    /// <summary>An Outlook e-mail column, or a name column together with a column only Outlook has.</summary>
    private static bool IsOutlook(CsvHeader header)
    {
        var emails = Enumerable.Range(1, OutlookHeaderNames.MaxEmails).Any(n => header.IndexOf(OutlookHeaderNames.EmailAddress(n)) >= 0);
        if (emails)
        {
            return true;
        }

        var names = header.IndexOf(OutlookHeaderNames.FirstName) >= 0 || header.IndexOf(OutlookHeaderNames.LastName) >= 0;
        var outlookOnly = header.IndexOf(OutlookHeaderNames.Categories) >= 0
            || header.IndexOf(OutlookHeaderNames.WebPages) >= 0
            || header.Has("Job Title")
            || header.Names.Any(OutlookHeaderNames.IsPhone);
        return names && outlookOnly;
    }

    private static bool IsOutlookDesktop(CsvHeader header) =>
        header.IndexOf(OutlookHeaderNames.DesktopOnly) >= 0
        || Enumerable.Range(1, OutlookHeaderNames.MaxEmails).Any(n =>
            header.IndexOf(OutlookHeaderNames.EmailType(n)) >= 0 || header.IndexOf(OutlookHeaderNames.EmailDisplayName(n)) >= 0);

    [GeneratedRegex(@"^(E-?mail|Phone|Website|Address|Organization|Relation|Event|IM|Custom Field|External ID) \d+ - ", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GoogleSlotColumn();

    [GeneratedRegex(@"^[\p{L} -]+ \d+ - Type$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GoogleTypeColumn();
}
