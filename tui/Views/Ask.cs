using Terminal.Gui.App;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace Playbook.Tui.Views;

/// <summary>Small modal questions: a line of text (Enter accepts, Esc cancels), or a text of many lines (Ctrl+S accepts).</summary>
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

    /// <summary>A person's name and email, prefilled (Enter or OK accepts, Esc cancels); null when cancelled.</summary>
    public static (string Name, string Email)? Person(IApplication app, string title, string prompt, string name, string email)
    {
        using var dialog = new Dialog { Title = title, Width = Dim.Percent(80), Height = 11 };
        var label = new Label { X = 1, Y = 0, Text = prompt };
        var nameLabel = new Label { X = 1, Y = 2, Text = "Name: " };
        var nameField = new TextField { X = 8, Y = 2, Width = Dim.Fill(1), Text = name };
        var emailLabel = new Label { X = 1, Y = 3, Text = "Email:" };
        var emailField = new TextField { X = 8, Y = 3, Width = Dim.Fill(1), Text = email };
        dialog.Add(label, nameLabel, nameField, emailLabel, emailField);
        dialog.AddButton(new Button { Text = "_Cancel" });
        dialog.AddButton(new Button { Text = "_Add" });
        nameField.SetFocus();
        app.Run(dialog);
        return dialog.Result == 1 ? (nameField.Text.Trim(), emailField.Text.Trim()) : null;
    }

    /// <summary>
    /// Text of many lines, pasted or typed (Enter is a new line; Ctrl+S or the Read button accepts, Esc cancels); null
    /// when cancelled.
    /// </summary>
    public static string? Text(IApplication app, string title, string prompt)
    {
        using var dialog = new Dialog { Title = title, Width = Dim.Percent(80), Height = Dim.Percent(70) };
        var label = new Label { X = 1, Y = 0, Text = prompt };
#pragma warning disable CS0618 // TextView: see DraftsScreen.
        var text = new TextView { X = 1, Y = 1, Width = Dim.Fill(1), Height = Dim.Fill(2), WordWrap = true };
#pragma warning restore CS0618
        var accepted = false;
        text.KeyDown += (_, key) =>
        {
            if (key == Key.S.WithCtrl)
            {
                accepted = true;
                key.Handled = true;
                app.RequestStop(dialog);
            }
        };
        dialog.Add(label, text);
        dialog.AddButton(new Button { Text = "_Cancel" });
        dialog.AddButton(new Button { Text = "_Read" });
        text.SetFocus();
        app.Run(dialog);
        return accepted || dialog.Result == 1 ? text.Text : null;
    }
}
