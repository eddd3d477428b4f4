using System.Globalization;
using Playbook.Engine.Catalog;
using Playbook.Engine.Console;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace Playbook.Tui.Views;

/// <summary>
/// Every playbook with its state and its problems (file, line, column); switch one off or on, preview what it would
/// do now (a dry run: nothing is kept), and trust a script after seeing its path and content hash.
/// </summary>
internal sealed class PlaybooksScreen : Screen
{
    private readonly TableView _table = new() { X = 0, Y = 0, Width = Dim.Fill(), Height = Dim.Percent(40), FullRowSelect = true, CollectionNavigator = null };
#pragma warning disable CS0618 // TextView is superseded by an editor package in 2.5 but is the multi-line view it ships.
    private readonly TextView _detail = new() { X = 0, Y = Pos.Percent(40) + 1, Width = Dim.Fill(), Height = Dim.Fill(), ReadOnly = true, WordWrap = true };
#pragma warning restore CS0618
    private readonly TextField _condition = new() { X = 6, Y = Pos.Percent(40), Width = Dim.Fill() };
    private List<PlaybookRow> _rows = [];

    public PlaybooksScreen(DeskWindow desk)
        : base(desk)
    {
        _table.ValueChanged += (_, _) => ShowDetail();
        _condition.Accepting += (_, e) =>
        {
            TryCondition();
            e.Handled = true;
        };
        Add(_table, new Label { X = 0, Y = Pos.Percent(40), Text = "when:" }, _condition, _detail);
        Keys =
        [
            new KeyHint(Key.E, "On/off", Toggle),
            new KeyHint(Key.P, "Preview", Preview),
            new KeyHint(Key.T, "Trust", Trust),
            new KeyHint(Key.W, "Try a when", () => _condition.SetFocus()),
            new KeyHint(Key.F5, "Reload", () =>
            {
                Desk.Session.ReloadCatalog();
                Reload();
            }),
        ];
    }

    public override string Name => "Playbooks";

    public override IReadOnlyList<KeyHint> Keys { get; }

    /// <summary>The rows listed.</summary>
    public IReadOnlyList<PlaybookRow> Rows => _rows;

    /// <summary>The condition typed in the box under the list.</summary>
    public string Condition => _condition.Text;

    /// <summary>The text below the list: the selected playbook's problems, script, preview, or a condition's answer.</summary>
    public string Detail => _detail.Text;

    public override void Reload()
    {
        var catalog = Desk.Session.Catalog;
        if (!catalog.IsCompleted)
        {
            _rows = [];
            _table.Table = Source(_rows);
            _detail.Text = "Loading the playbooks…";
            catalog.ContinueWith(_ => Desk.App.Invoke(() =>
            {
                if (Desk.Current == this)
                {
                    Reload();
                }
            }), TaskScheduler.Default);
            return;
        }

        if (!catalog.IsCompletedSuccessfully)
        {
            _detail.Text = $"The playbooks could not load: {catalog.Exception?.GetBaseException().Message}";
            return;
        }

        var loaded = catalog.Result;
        var scripts = loaded.Scripts.SelectMany(s => s.Playbooks.Select(p => (p, s))).ToDictionary(x => x.p, x => x.s, StringComparer.Ordinal);
        _rows = [.. loaded.Entries.Select(e => new PlaybookRow(e, scripts.GetValueOrDefault(e.Definition.Name)))];
        _rows.AddRange(loaded.Scripts.Where(s => s.Playbooks.Count == 0).Select(s => new PlaybookRow(null, s)));
        _table.Table = Source(_rows);
        ShowDetail();
    }

    private PlaybookRow? Selected => _table.Value is { } selection && selection.SelectedCell.Y >= 0 && selection.SelectedCell.Y < _rows.Count ? _rows[selection.SelectedCell.Y] : null;

    private static EnumerableTableSource<PlaybookRow> Source(List<PlaybookRow> rows) => new(rows, new Dictionary<string, Func<PlaybookRow, object>>
    {
        ["NAME"] = r => r.Name,
        ["ORIGIN"] = r => r.Origin,
        ["TRIGGER"] = r => r.Entry?.Definition.Trigger ?? "",
        ["STATE"] = r => r.State,
    });

    private void ShowDetail()
    {
        if (Selected is not { } row)
        {
            _detail.Text = "";
            return;
        }

        var lines = new List<string> { $"{row.Name} · {row.Origin} · {row.State}" };
        if (row.Entry is { } entry)
        {
            lines.Add($"file: {entry.Definition.SourceFile} · version {entry.Definition.ContentHash[..12]} · {entry.Definition.Steps.Count} step(s)");
            lines.AddRange(entry.Problems.Select(p => p.ToString()));
        }

        if (row.Script is { } script)
        {
            lines.Add($"script: {script.File}");
            lines.Add($"sha256: {script.Hash}");
            if (script.Refusal is not null)
            {
                lines.Add("Not trusted, so it does not run: read it, then T trusts it as it is now (any edit needs trust again).");
            }
        }

        lines.Add("");
        lines.Add("E switches it off or on · P previews what it would do now for the contacts marked or filtered on the Contacts screen, or everyone (nothing is kept) · T trusts a script");
        lines.Add("W types a when: condition in the box above, and Enter says whether it holds for the contact selected on the Contacts screen, as a playbook would evaluate it");
        _detail.Text = string.Join('\n', lines);
    }

    private void Toggle()
    {
        if (Selected?.Entry is not { } entry)
        {
            return;
        }

        Desk.Try(() =>
        {
            var off = !entry.SwitchedOff;
            Desk.Session.Switch(entry.Definition.Name, off);
            Desk.Say(off ? $"{entry.Definition.Name} is off: it no longer runs." : $"{entry.Definition.Name} is on: it runs again.");
            Reload();
        });
    }

    private void Preview()
    {
        if (Selected?.Entry is not { Enabled: true } entry)
        {
            Desk.Say("Only a playbook that runs can be previewed: switch it on, or fix its problems.");
            return;
        }

        // The contacts chosen on the Contacts screen, else everyone with a pending event or run.
        var chosen = Desk.Contacts.Chosen;
        Desk.Try(() =>
        {
            var report = Desk.Session.DryRun(entry.Definition.Name, chosen?.Ids);
            using var writer = new StringWriter(CultureInfo.InvariantCulture);
            writer.WriteLine(chosen is { Description: var over }
                ? $"Preview of {entry.Definition.Name} over {over} (a dry run: nothing was kept)"
                : $"Preview of {entry.Definition.Name} over every pending event (a dry run: nothing was kept; filter or mark contacts on the Contacts screen to preview a few people)");
            writer.WriteLine();
            Presentation.RunReportText.WriteDryRun(writer, report);
            _detail.Text = writer.ToString();
            Desk.Say($"Preview of {entry.Definition.Name}: {report.Drafts} draft(s) it would write; nothing was kept.");
        });
    }

    /// <summary>Evaluates the condition in the box for the contact selected on the Contacts screen, and says why when it cannot.</summary>
    private void TryCondition()
    {
        var condition = _condition.Text.Trim();
        if (condition.Length == 0)
        {
            Desk.Say("Type a when: condition, such as contact.Company != null, then Enter.");
            return;
        }

        if (Desk.Contacts.FocusedContact is not { } contactId)
        {
            Desk.Say("Select a contact on the Contacts screen (F4) first: the condition is evaluated for them.");
            return;
        }

        Desk.Try(() =>
        {
            try
            {
                var (contact, trigger, answer) = Desk.Session.TryCondition(condition, contactId);
                var at = trigger is null ? "with no event" : $"with their latest event ({trigger.Kind}, {trigger.At:yyyy-MM-dd})";
                _detail.Text = $"when: {condition}\n\n{(answer ? "true" : "false")} for {contact.FullName} (#{contact.Id}), {at}, as a playbook's when: evaluates it now.";
                Desk.Say($"when: is {(answer ? "true" : "false")} for {contact.FullName}.");
            }
            catch (TrialException e)
            {
                _detail.Text = $"when: {condition}\n\n{e.Message}";
                Desk.Say(e.Problems.Count > 0 ? "The condition does not compile: see below." : "The condition failed: see below.");
            }
        });
    }

    private void Trust()
    {
        if (Selected?.Script is not { Refusal: not null } script)
        {
            Desk.Say("Select a script that is not trusted yet.");
            return;
        }

        if (MessageBox.Query(Desk.App, "Trust a script", $"Let this script run?\n\n{script.File}\nsha256 {script.Hash}\n\nIt runs as you, with what your playbooks can do.", "_No", "_Trust") != 1)
        {
            return;
        }

        Desk.Try(() =>
        {
            Desk.Session.Trust(script.File);
            Desk.Say($"Trusted {Path.GetFileName(script.File)} as it is now.");
            Reload();
        });
    }
}

/// <summary>A line of the Playbooks screen: a playbook (with its script, when it comes from one), or a script that declared none.</summary>
internal sealed record PlaybookRow(CatalogEntry? Entry, ScriptEntry? Script)
{
    public string Name => Entry?.Definition.Name ?? Path.GetFileName(Script!.File);

    public string Origin => Entry is null ? "script" : Entry.Origin == PlaybookOrigin.BuiltIn ? "built-in" : Script is null ? "yours" : "your script";

    public string State => this switch
    {
        { Script.Refusal: not null } => "not trusted",
        { Entry.Problems.Count: > 0 } => string.Create(CultureInfo.InvariantCulture, $"{Entry.Problems.Count} problem(s)"),
        { Entry.SwitchedOff: true } => "off",
        { Entry: null } => "no playbook",
        _ => "on",
    };
}
