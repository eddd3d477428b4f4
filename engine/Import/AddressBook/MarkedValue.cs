namespace Playbook.Engine.Import.AddressBook;

/// <summary>One value of a Google multi-value cell, and whether it was marked primary with <c>* </c>.</summary>
internal sealed record MarkedValue(string Value, bool Primary);
