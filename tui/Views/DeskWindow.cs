using System.Globalization;
using Playbook.Tui.Desk;
using Terminal.Gui.App;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace Playbook.Tui.Views;

/// <summary>
/// The desk: one window holding the screens (one shown at a time), a message line and the status bar with the
/// current screen's main keys. F2/F3/F4 switch screens from anywhere, Esc goes back, F1 or ? shows every key,
/// Ctrl+Q quits (bound on the application).
/// </summary>
internal sealed class DeskWindow : Window
{
    /// <summary>The smallest terminal the screens are laid out for.</summary>
    public const int MinWidth = 60;

    public const int MinHeight = 16;

    private readonly Stack<Screen> _back = new();
    private readonly StatusBar _status = new();
    private readonly Label _message = new() { X = 0, Y = Pos.AnchorEnd(2), Width = Dim.Fill(), Text = "" };
    private readonly Label _tooSmall = new() { X = 0, Y = 0, Width = Dim.Fill(), Height = Dim.Fill(), Visible = false };
    private readonly List<Screen> _screens = [];
    private Screen? _current;
    private DraftsScreen? _drafts;
    private ContactsScreen? _contacts;
    private ContactScreen? _contact;
    private StatsScreen? _stats;
    private PlaybooksScreen? _playbooks;
    private ImportScreen? _import;

    /// <summary>Whether the first frame is up (the status bar waits for it).</summary>
    private bool _firstFrameDrawn;

    public DeskWindow(IApplication app, DeskSession session)
    {
        App = app;
        Session = session;
        Add(_tooSmall, _message, _status);
        // The other screens are built when first shown: a start-up only builds what it draws.
        Today = Built(new TodayScreen(this));
        KeyDown += OnKeyDown;
        app.Keyboard.KeyDown += OnAppKey;
        FrameChanged += (_, _) => CheckSize();
        Show(Today, remember: false);
    }

    public new IApplication App { get; }

    public DeskSession Session { get; }

    public TodayScreen Today { get; }

    public DraftsScreen Drafts => _drafts ??= Built(new DraftsScreen(this));

    public ContactsScreen Contacts => _contacts ??= Built(new ContactsScreen(this));

    public ContactScreen Contact => _contact ??= Built(new ContactScreen(this));

    public StatsScreen Stats => _stats ??= Built(new StatsScreen(this));

    public PlaybooksScreen Playbooks => _playbooks ??= Built(new PlaybooksScreen(this));

    public ImportScreen Import => _import ??= Built(new ImportScreen(this));

    /// <summary>The screen shown.</summary>
    public Screen Current => _current!;

    /// <summary>The message line's text (what the last action did, or what went wrong).</summary>
    public string Message => _message.Text;

    /// <summary>Shows <paramref name="screen"/>, reloaded; Esc comes back to the one shown before when <paramref name="remember"/>.</summary>
    public void Show(Screen screen, bool remember = true)
    {
        if (_current is not null && _current != screen && remember)
        {
            _back.Push(_current);
        }

        foreach (var view in _screens)
        {
            view.Visible = view == screen;
        }

        _current = screen;
        screen.Reload();
        Title = $"Playbook · {screen.Name} · {Session.Now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
        SetStatus(screen);
        screen.SetFocus();
        CheckSize();
    }

    /// <summary>Once the first frame is drawn: what it went without (the status bar's keys, the analysis of the draft Today shows).</summary>
    public void FirstFrameDrawn()
    {
        _firstFrameDrawn = true;
        SetStatus(Current);
        Today.ShowWhy();
    }

    /// <summary>
    /// Loads the playbooks, runs them on pending events and ticks, in the background; when done, says what that did
    /// and shows it. The desk is usable meanwhile.
    /// </summary>
    public void StartUp()
    {
        var readOnly = Session.ReadOnlyReason is { } why
            ? $"The store is read-only ({why}): it is shown as it is, and what would change it is refused"
            : null;
        Say(readOnly is null ? "Loading the playbooks, running them on pending events and waking the runs whose wait is over…" : readOnly + "; loading the playbooks…");
        Session.StartUpAsync().ContinueWith(task => App.Invoke(() =>
        {
            Say(!task.IsCompletedSuccessfully ? $"The playbooks could not run: {Session.Describe(task.Exception)} (see 'playbook check')"
                : task.Result is { } report ? $"Playbooks loaded; {report.Summary()}."
                : readOnly + "; the playbooks were loaded, not run.");
            Current.Reload();
        }), TaskScheduler.Default);
    }

    /// <summary>Back to the screen shown before (Today when there is none).</summary>
    public void Back()
    {
        var previous = _back.Count > 0 ? _back.Pop() : Today;
        if (previous != _current)
        {
            Show(previous, remember: false);
        }
    }

    /// <summary>Opens the profile of <paramref name="contactId"/> in the browser; says its URL when no browser could.</summary>
    public void OpenProfile(long? contactId)
    {
        if (contactId is not { } id || Session.Contact(id)?.ProfileUrl is not { } url)
        {
            Say("This contact has no profile URL.");
            return;
        }

        Say(Session.OpenUrl(url) ? $"Opened {url}" : $"No browser could open it; the profile is {url}");
    }

    /// <summary>
    /// Reads a profile into <paramref name="contactId"/>: the path of a saved PDF (or of a copied page's text), or the
    /// copied page pasted into the dialog; the contact's pending drafts are written again and shown.
    /// </summary>
    public void ReadProfile(long? contactId)
    {
        if (contactId is not { } id)
        {
            Say("Select a contact first.");
            return;
        }

        var name = Session.NameOf(id);
        if (Ask.Text(App, $"Read a profile into {name}", "The path of the profile's PDF (More → Save to PDF), or the copied profile page pasted here. Ctrl+S reads it.") is not { } input
            || string.IsNullOrWhiteSpace(input))
        {
            return;
        }

        Try(() =>
        {
            var (_, redrafts) = Session.ReadProfile(id, input);
            var redrafted = redrafts.Count(r => r.Rewritten);
            var kept = redrafts.Count - redrafted;
            Say($"Profile read into {name}"
                + (redrafted > 0 ? $"; {redrafted} draft(s) redrafted" : "")
                + (kept > 0 ? $"; {kept} edited draft(s) kept, with a note" : "")
                + ".");
            Current.Reload();
        });
    }

    /// <summary>Shows <paramref name="text"/> on the message line.</summary>
    public void Say(string text) => _message.Text = text;

    /// <summary>Runs a user action, turning a failure into a message rather than a crash.</summary>
    public void Try(Action action)
    {
        try
        {
            action();
        }
        catch (Exception e) when (e is Engine.Store.NotFoundException or InvalidOperationException or ArgumentException
            or Engine.Runtime.RuntimeException or Engine.Store.StoreException or Engine.Import.Profiles.ProfileException
            or Engine.Configuration.ConfigException or Engine.Analysis.Replies.ReplyRulesException
            or Microsoft.Data.Sqlite.SqliteException or Engine.Templates.TemplateException or Engine.Scripting.ConditionException)
        {
            Say("Could not do that: " + Session.Describe(e));
        }
    }

    /// <summary>The command palette: every screen and command, filtered as you type.</summary>
    public void ShowPalette()
    {
        PaletteCommand[] commands =
        [
            new("Today", "F2", () => Show(Today)),
            new("Drafts: review the queue", "F3", () => Show(Drafts)),
            new("Contacts", "F4", () => Show(Contacts)),
            new("Stats: the funnel, A/B variants, losing touch", "F9", () => Show(Stats)),
            new("Playbooks: state, problems, on/off, preview, trust", "F10", () => Show(Playbooks)),
            new("Import an export: LinkedIn, vCard, CSV…", "F11", () => Show(Import)),
            new("Run the playbooks on pending events", "", () => Background("Running the playbooks", () => Session.RunAsync(tick: false))),
            new("Tick: wake the runs whose wait is over", "", () => Background("Ticking", () => Session.RunAsync(tick: true))),
            new("Check the playbooks", "", CheckPlaybooks),
            new("Read a profile into this contact…", "P", () => ReadProfile(Current.FocusedContact)),
            new("Open this contact's profile in the browser", "F6", () => OpenProfile(Current.FocusedContact)),
            new("Export every contact as CSV…", "", ExportContacts),
            new("Keys of this screen", "F1", ShowHelp),
            new("Quit", "Ctrl+Q", () => App.RequestStop()),
        ];
        CommandPalette.Choose(App, commands)?.Run();
    }

    /// <summary>Runs <paramref name="work"/> in the background; says when it started and what it did; shows the result.</summary>
    private void Background(string doing, Func<Task<Engine.Runtime.RunReport>> work)
    {
        Say(doing + "…");
        work().ContinueWith((Task<Engine.Runtime.RunReport> task) => App.Invoke(() =>
        {
            Say(task.IsCompletedSuccessfully
                ? $"{doing}: {task.Result.RunsStarted + task.Result.RunsResumed} run(s), {task.Result.Drafts} draft(s), {task.Result.Tasks} task(s), {task.Result.Failures.Count} failed."
                : $"{doing} failed: {Session.Describe(task.Exception)}");
            Current.Reload();
        }), TaskScheduler.Default);
    }

    private void CheckPlaybooks()
    {
        Say("Checking the playbooks…");
        Session.Catalog.ContinueWith(task => App.Invoke(() => Say(task.IsCompletedSuccessfully
            ? task.Result.Problems.Count == 0
                ? $"{task.Result.Enabled.Count} playbook(s), no problems."
                : $"{task.Result.Problems.Count} problem(s): {task.Result.Problems[0]}" + (task.Result.Problems.Count > 1 ? " … (see 'playbook check')" : "")
            : $"The playbooks could not load: {task.Exception?.GetBaseException().Message}")), TaskScheduler.Default);
    }

    private void ExportContacts()
    {
        if (Ask.Line(App, "Export", "The CSV file to write (Google Contacts format):", "contacts.csv") is not { Length: > 0 } path)
        {
            return;
        }

        Try(() =>
        {
            var count = Presentation.PrivateFile.Write(path, writer => Engine.Export.GoogleCsvExporter.Write(writer, Session.Store.Contacts.All()));
            Say($"Exported {count} contacts to {path}.");
        });
    }

    /// <summary>Every key of the current screen and the desk's own, in a dialog.</summary>
    public void ShowHelp()
    {
        var lines = Current.Keys.Select(k => $"{k.Key,-14} {k.Text}")
            .Concat(["", $"{Key.F2,-14} Today", $"{Key.F3,-14} Drafts", $"{Key.F4,-14} Contacts", $"{Key.F9,-14} Stats", $"{Key.F10,-14} Playbooks", $"{Key.F11,-14} Import", $"{Key.P.WithCtrl,-14} every command",
                $"{Key.Esc,-14} back", $"{Key.F1,-14} or ?  these keys", $"{Key.Q.WithCtrl,-14} quit"]);
        MessageBox.Query(App, $"Keys: {Current.Name}", string.Join('\n', lines), "_Close");
    }

    /// <summary>
    /// The desk's own keys (F1–F4, F9–F11, Ctrl+P) and a screen's letter keys (and ?), seen before any view: lists and
    /// text would take some of them (type-to-search, Emacs-style moves). Letters are left alone while a text field has
    /// the focus; nothing is taken while a dialog is open.
    /// </summary>
    private void OnAppKey(object? sender, Key key)
    {
        if (App.TopRunnableView != this)
        {
            return;
        }

        Action? action = key == Key.F1 ? ShowHelp
            : key == Key.F2 ? () => Show(Today)
            : key == Key.F3 ? () => Show(Drafts)
            : key == Key.F4 ? () => Show(Contacts)
            : key == Key.F9 ? () => Show(Stats)
            : key == Key.F10 ? () => Show(Playbooks)
            : key == Key.F11 ? () => Show(Import)
            : key == Key.P.WithCtrl ? ShowPalette
            : null;
        if (action is null && !key.IsCtrl && !key.IsAlt && !TextHasFocus())
        {
            if (key.AsRune.Value == '?')
            {
                action = ShowHelp;
            }
            else if (key.IsKeyCodeAtoZ && Current.Keys.Any(k => k.Run is not null && k.Key == key))
            {
                action = () => Current.HandleKey(key);
            }
        }

        if (action is not null)
        {
            key.Handled = true;
            action();
        }
    }

    private void OnKeyDown(object? sender, Key key)
    {
        if (key == Key.Esc)
        {
            Back();
        }
        else if (!Current.HandleKey(key))
        {
            return;
        }

        key.Handled = true;
    }

    /// <summary>Whether the focused view takes typed text (so letters are not keys of the screen).</summary>
#pragma warning disable CS0618 // TextView: see DraftsScreen.
    public bool TextHasFocus() => MostFocused is TextField or Terminal.Gui.Views.TextView { ReadOnly: false };
#pragma warning restore CS0618

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            App.Keyboard.KeyDown -= OnAppKey;
        }

        base.Dispose(disposing);
    }

    private void SetStatus(Screen screen)
    {
        if (!_firstFrameDrawn)
        {
            // The keys follow on the frame after the first: the bar's shortcuts (a view each, with three views of
            // their own, laid out to fit) cost the first frame about a tenth of its processor time. The keys
            // work meanwhile: the window handles them, not the bar.
            return;
        }

        _status.RemoveAll();
        foreach (var hint in screen.Keys.Where(k => k.InStatusBar && k.Run is not null).Take(6))
        {
            _status.Add(new Shortcut(hint.Key, hint.Text, hint.Run));
        }

        _status.Add(new Shortcut(Key.F1, "Keys", ShowHelp));
        _status.Add(new Shortcut(Key.Q.WithCtrl, "Quit", () => App.RequestStop()));
    }

    private T Built<T>(T screen)
        where T : Screen
    {
        _screens.Add(screen);
        Add(screen);
        return screen;
    }

    private void CheckSize()
    {
        var small = Frame.Width < MinWidth || Frame.Height < MinHeight;
        _tooSmall.Text = small
            ? string.Create(CultureInfo.InvariantCulture, $"The terminal is too small: Playbook needs {MinWidth}×{MinHeight}, this is {Frame.Width}×{Frame.Height}. Make it larger, or Ctrl+Q to quit.")
            : "";
        _tooSmall.Visible = small;
        if (_current is not null)
        {
            _current.Visible = !small;
        }
    }
}
