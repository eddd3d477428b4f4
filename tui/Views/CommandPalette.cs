using Terminal.Gui.App;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace Playbook.Tui.Views;

/// <summary>Ctrl+P: every command of the desk in one list, filtered as you type; Enter runs the one selected, Esc closes.</summary>
internal static class CommandPalette
{
    /// <summary>Shows the palette; returns the command chosen (already closed), or null.</summary>
    public static PaletteCommand? Choose(IApplication app, IReadOnlyList<PaletteCommand> commands)
    {
        using var dialog = new Dialog { Title = "Commands", Width = Dim.Percent(70), Height = Dim.Percent(70) };
        var filter = new TextField { X = 1, Y = 0, Width = Dim.Fill(1) };
        var table = new TableView { X = 1, Y = 1, Width = Dim.Fill(1), Height = Dim.Fill(), FullRowSelect = true, CollectionNavigator = null };
        IReadOnlyList<PaletteCommand> shown = commands;
        PaletteCommand? chosen = null;

        void Show()
        {
            var words = filter.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            shown = [.. commands.Where(c => words.All(w => c.Name.Contains(w, StringComparison.OrdinalIgnoreCase)))];
            table.Table = new EnumerableTableSource<PaletteCommand>(shown, new Dictionary<string, Func<PaletteCommand, object>>
            {
                ["COMMAND"] = c => c.Name,
                ["KEY"] = c => c.Key,
            });
        }

        void Pick()
        {
            var row = Math.Max(0, table.Value?.SelectedCell.Y ?? 0);
            if (row < shown.Count)
            {
                chosen = shown[row];
                app.RequestStop(dialog);
            }
        }

        filter.TextChanged += (_, _) => Show();
        filter.KeyDown += (_, key) =>
        {
            if (key == Key.Enter)
            {
                Pick();
                key.Handled = true;
            }
            else if (key == Key.CursorDown)
            {
                table.SetFocus();
                key.Handled = true;
            }
        };
        table.Accepting += (_, e) =>
        {
            Pick();
            e.Handled = true;
        };
        dialog.Add(filter, table);
        Show();
        filter.SetFocus();
        app.Run(dialog);
        return chosen;
    }
}
