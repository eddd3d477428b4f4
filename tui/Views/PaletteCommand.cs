namespace Playbook.Tui.Views;

/// <summary>A command of the palette: what it is called, its key when it has one, and what it does.</summary>
internal sealed record PaletteCommand(string Name, string Key, Action Run);
