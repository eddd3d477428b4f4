using Terminal.Gui.App;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace Playbook.Tui.Views;

/// <summary>Small modal questions: a line of text (Enter accepts, Esc cancels).</summary>
internal static class Ask
{
    /// <summary>The text typed, or null when cancelled.</summary>
    public static string? Line(IApplication app, string title, string prompt, string initial = "")
    {
        using var dialog = new Dialog { Title = title, Width = Dim.Percent(80), Height = 7 };
        var label = new Label { X = 1, Y = 0, Text = prompt };
        var field = new TextField { X = 1, Y = 1, Width = Dim.Fill(1), Text = initial };
        dialog.Add(label, field);
        dialog.AddButton(new Button { Text = "_Cancel" });
        dialog.AddButton(new Button { Text = "_OK" });
        field.SetFocus();
        app.Run(dialog);
        return dialog.Result == 1 ? field.Text : null;
    }
}
