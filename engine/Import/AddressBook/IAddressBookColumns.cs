using Playbook.Engine.Import.Writing;

namespace Playbook.Engine.Import.AddressBook;

/// <summary>The columns of one address-book layout, found in its header, and how a row of them reads.</summary>
internal interface IAddressBookColumns
{
    /// <summary>What the row <paramref name="fields"/> says about a person (possibly nobody).</summary>
    ContactFacts Map(string[] fields);
}
