namespace Playbook.Engine.Import.AddressBook;

/// <summary>The address-book CSV formats read by <see cref="AddressBookCsv"/>, as named by <c>--format</c>.</summary>
public enum AddressBookFormat
{
    /// <summary>Google Contacts, new layout (<c>First Name,...,Labels</c>) or old (<c>Name,Given Name,...,Group Membership</c>).</summary>
    Google,

    /// <summary>Outlook, desktop or Outlook.com layout, English or localized headers.</summary>
    Outlook,
}
