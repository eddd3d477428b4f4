using Terminal.Gui.Input;

namespace Playbook.Tui.Views;

/// <summary>A key and what it does, shown in the status bar and the help; <paramref name="Run"/> null when a view handles it itself.</summary>
internal sealed record KeyHint(Key Key, string Text, Action? Run = null, bool InStatusBar = true);
