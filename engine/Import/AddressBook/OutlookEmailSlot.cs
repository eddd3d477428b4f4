using Playbook.Engine.Import.Csv;

namespace Playbook.Engine.Import.AddressBook;

/// <summary>The columns of one Outlook e-mail address: the address, its type and display name (-1 when absent).</summary>
internal sealed record OutlookEmailSlot(int Address, int Type, int DisplayName)
{
    /// <summary>
    /// The address of the row, or null when it is empty or an Exchange path (type <c>EX</c>, or a value such as
    /// <c>/o=ExchangeLabs/ou=.../cn=Recipients/cn=...</c>) that no mail can be sent to from outside.
    /// </summary>
    public string? Value(string[] fields)
    {
        var address = CsvHeader.Cell(fields, Address);
        var type = CsvHeader.Cell(fields, Type);
        if (address is null || string.Equals(type, "EX", StringComparison.OrdinalIgnoreCase)
            || address.StartsWith("/o=", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return address;
    }
}
