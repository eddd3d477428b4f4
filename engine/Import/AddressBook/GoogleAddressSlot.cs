namespace Playbook.Engine.Import.AddressBook;

/// <summary>One numbered Google address: <c>Address 1 - Label</c> (or <c>- Type</c>) and its city, region and country.</summary>
internal sealed record GoogleAddressSlot(int Label, AddressColumns Place);
