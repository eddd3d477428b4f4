namespace Playbook.Engine.Import.AddressBook;

/// <summary>
/// One numbered group of Google columns, such as <c>E-mail 2 - Label</c> (<c>- Type</c> in the old layout) and
/// <c>E-mail 2 - Value</c>; -1 for a column the header lacks.
/// </summary>
internal sealed record GoogleSlot(int Label, int Value);
