using System.Globalization;
using Playbook.Engine.Import.Reports;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace Playbook.Tui.Views;

/// <summary>
/// Import from inside the desk: the path of an export (LinkedIn zip or folder, vCard, Google or Outlook CSV, calendars,
/// mail; a folder or zip is told by the names of its files), the progress while it runs in the background, then what
/// each file added, updated and skipped, and why.
/// </summary>
internal sealed class ImportScreen : Screen
{
    private readonly TextField _path = new() { X = 6, Y = 0, Width = Dim.Fill() };
    private readonly Label _progress = new() { X = 0, Y = 2, Width = Dim.Fill() };
#pragma warning disable CS0618 // TextView is superseded by an editor package in 2.5 but is the multi-line view it ships.
    private readonly TextView _summary = new() { X = 0, Y = 3, Width = Dim.Fill(), Height = Dim.Fill(), ReadOnly = true, WordWrap = true };
#pragma warning restore CS0618
    private bool _running;

    public ImportScreen(DeskWindow desk)
        : base(desk)
    {
        _path.KeyDown += (_, key) =>
        {
            if (key == Key.Enter)
            {
                Start();
                key.Handled = true;
            }
        };
        Add(new Label { X = 0, Y = 0, Text = "Path:" }, _path, new Label { X = 0, Y = 1, Text = "A LinkedIn export, .vcf, .csv, calendars (.ics, Takeout zip), mail (.mbox, .eml), an X or Facebook download, or folders of them; Enter imports." }, _progress, _summary);
        Keys = [new KeyHint(Key.Enter, "Import", Start, InStatusBar: true)];
    }

    public override string Name => "Import";

    public override IReadOnlyList<KeyHint> Keys { get; }

    /// <summary>The path typed.</summary>
    public string Path
    {
        get => _path.Text;
        set => _path.Text = value;
    }

    /// <summary>What the last import did, file by file.</summary>
    public string Summary => _summary.Text;

    /// <summary>Whether an import is running.</summary>
    public bool Running => _running;

    public override void Reload() => _path.SetFocus();

    private void Start()
    {
        var path = _path.Text.Trim();
        if (_running || path.Length == 0)
        {
            return;
        }

        if (!File.Exists(path) && !Directory.Exists(path))
        {
            Desk.Say($"Nothing at {path}: give the zip LinkedIn sent you (or its folder), a .vcf, a .csv, calendars (.ics), mail (.mbox, .eml), or an X or Facebook download (zip or folder).");
            return;
        }

        _running = true;
        _summary.Text = "";
        _progress.Text = $"Importing {path}…";
        var progress = new Progress<ImportProgress>(p => Desk.App.Invoke(() => _progress.Text = p.Fraction is { } fraction
            ? string.Create(CultureInfo.InvariantCulture, $"{p.File}: {p.Rows:N0} rows, {fraction:P0}")
            : string.Create(CultureInfo.InvariantCulture, $"{p.File}: {p.Rows:N0} rows")));
        Desk.Session.ImportAsync(path, progress).ContinueWith(task => Desk.App.Invoke(() =>
        {
            _running = false;
            if (!task.IsCompletedSuccessfully)
            {
                _progress.Text = "The import failed.";
                _summary.Text = Desk.Session.Describe(task.Exception);
                Desk.Say($"The import of {path} failed.");
                return;
            }

            _progress.Text = $"Imported {path}; the playbooks ran over what it brought.";
            _summary.Text = Describe(task.Result);
            Desk.Say($"Imported {path}.");
        }), TaskScheduler.Default);
    }

    private static string Describe(ImportReport report)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        foreach (var file in report.Files)
        {
            text.WriteLine(file.Error is { } error
                ? $"{file.File}: not imported: {error}"
                : string.Create(CultureInfo.InvariantCulture, $"{file.File}: {file.Added} added, {file.Updated} updated, {file.Unchanged} unchanged, {file.Skips.Count} skipped ({file.ContactsCreated} new contacts)"));
            if (file.Planned + file.Withdrawn > 0)
            {
                text.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  planned meetings: {file.Planned} still to come, {file.Withdrawn} taken back"));
            }

            if (file.Ignored.Count > 0)
            {
                text.WriteLine("  left out: " + string.Join(", ", file.Ignored.Select(i => string.Create(CultureInfo.InvariantCulture, $"{i.Key} {i.Value}"))));
            }

            foreach (var skip in file.Skips.Take(50))
            {
                text.WriteLine($"  skipped {skip}");
            }

            if (file.Skips.Count > 50)
            {
                text.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  … and {file.Skips.Count - 50} more ('playbook import' lists them all)"));
            }
        }

        return text.ToString();
    }
}
