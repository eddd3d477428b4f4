namespace Playbook.Engine.Import.AddressBook;

/// <summary>The header layouts that <see cref="LayoutDetector"/> recognises, two per <see cref="AddressBookFormat"/>.</summary>
internal enum AddressBookLayout
{
    /// <summary>Google Contacts since 2023: <c>First Name,Middle Name,Last Name,...,Labels,E-mail 1 - Label,E-mail 1 - Value,...</c>.</summary>
    GoogleNew,

    /// <summary>Google Contacts "Google CSV" before 2023: <c>Name,Given Name,...,Group Membership,E-mail 1 - Type,...</c>.</summary>
    GoogleOld,

    /// <summary>Outlook for Windows or Mac: e-mail addresses with their type and display name columns.</summary>
    OutlookDesktop,

    /// <summary>Outlook.com (and new Outlook): e-mail addresses without type columns.</summary>
    OutlookCom,
}
