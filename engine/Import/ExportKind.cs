namespace Playbook.Engine.Import;

/// <summary>The kinds of export Playbook imports; <see cref="Importer.KindOf"/> tells which one a path holds.</summary>
public enum ExportKind
{
    /// <summary>A LinkedIn data export: the zip as downloaded, the folder it unpacks to, or one of its CSV files.</summary>
    LinkedIn,

    /// <summary>vCard files (2.1, 3.0, 4.0), or folders of them.</summary>
    VCard,

    /// <summary>Google Contacts or Outlook CSV files, or folders of them.</summary>
    AddressBookCsv,

    /// <summary>LinkedIn profiles saved as PDF ("More → Save to PDF"), or folders of them (a downloads folder).</summary>
    Profiles,

    /// <summary>iCalendar files (<c>.ics</c>), folders of them, or a Google Takeout zip of them: meetings with known contacts.</summary>
    Calendar,
    /// <summary>Mail: mbox files, <c>.eml</c> files, or folders of them.</summary>
    Mail,

    /// <summary>An X archive: the zip as downloaded (<c>twitter-YYYY-MM-DD-&lt;hash&gt;.zip</c>) or the folder it unpacks to.</summary>
    X,
    /// <summary>A Facebook "Download your information" in JSON: the zip as downloaded, or the folder it unpacks to.</summary>
    Facebook,
}
