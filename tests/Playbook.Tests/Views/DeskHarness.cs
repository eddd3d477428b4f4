using Playbook.Engine.Catalog;
using Playbook.Engine.Configuration;
using Playbook.Engine.Import.LinkedIn;
using Playbook.Engine.Runtime;
using Playbook.Engine.Store;
using Playbook.Engine.Time;
using Playbook.Tests.Support;
using Playbook.Tui.Desk;
using Playbook.Tui.Views;
using Terminal.Gui.App;
using Terminal.Gui.Drivers;
using Terminal.Gui.Input;
using Terminal.Gui.Testing;

namespace Playbook.Tests.Views;

/// <summary>
/// The desk on Terminal.Gui's own ANSI driver, without a terminal: a real store built from the example export with
/// the playbooks run on its Monday (as <c>playbook demo</c> does), keys injected, the screen read back as text.
/// </summary>
internal sealed class DeskHarness : IDisposable
{
    public static readonly DateTimeOffset Monday = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);

    private readonly TempFolder _folder = new();
    private readonly IApplication _app;
    private readonly SessionToken? _token;

    public DeskHarness(int width = 120, int height = 36, bool empty = false, int? linkedInLimit = null, DateTimeOffset? now = null, bool sendFirstDraft = false, string? script = null, bool readOnly = false, bool firstFrameDone = true)
    {
        Clock = new FixedTimeProvider(now ?? Monday);
        var monday = new FixedTimeProvider(Monday);
        DatabasePath = _folder.File("desk.db");
        var configText = File.ReadAllText(Path.Combine(RepoPaths.Examples, "config", "playbook", "config.yaml"))
            + (linkedInLimit is { } limit ? $"\nlimits:\n  channels:\n    linkedin: {limit}\n" : "");
        Config = ConfigLoader.Load(_folder.Write("config.yaml", configText));
        var catalogOptions = new CatalogOptions
        {
            UserFolder = _folder.Folder("playbooks"),
            CacheFolder = _folder.Folder("cache"),
            TrustFile = _folder.File("trusted.json"),
            Time = Clock,
        };
        if (script is not null)
        {
            File.Copy(script, Path.Combine(catalogOptions.UserFolder!, Path.GetFileName(script)));
        }

        if (!empty)
        {
            // The store as the demo leaves it on Monday; the desk may open later (now).
            using var store = ContactStore.Open(DatabasePath, monday);
            new LinkedInImporter(store).Import(RepoPaths.ExampleZip);
            using var catalog = PlaybookCatalog.Load(catalogOptions with { Time = monday });
            var runtime = PlaybookRuntime.Create(store, catalog, Config);
            runtime.Run(new RunRequest());
            if (sendFirstDraft)
            {
                runtime.MarkSent(store.Drafts.List()[0].Id);
            }
        }

        if (readOnly)
        {
            // The store as a user leaves it after chmod 0400: the desk opens it for reading only.
            UnixFile.SetMode(DatabasePath, UnixFileMode.UserRead);
        }

        catalogOptions = catalogOptions with { SwitchedOffFile = _folder.File("disabled.json") };
        Session = new DeskSession(() => ContactStore.Open(DatabasePath, Clock), () => PlaybookCatalog.Load(catalogOptions), Config, Clock)
        {
            TrustFile = catalogOptions.TrustFile,
            SwitchedOffFile = catalogOptions.SwitchedOffFile,
            OpenUrl = url =>
            {
                Opened.Add(url);
                return true;
            },
        };
        // As the desk starts: Today is read in the background while Terminal.Gui starts.
        Session.ReadTodayAhead();
        _app = Application.Create().Init(DriverRegistry.Names.ANSI);
        DeskApp.Configure(_app);
        _app.Driver!.SetScreenSize(width, height);
        Window = new DeskWindow(_app, Session);
        _token = _app.Begin(Window);
        _app.LayoutAndDraw();
        if (firstFrameDone)
        {
            // As the desk does once its first frame is up (firstFrameDone: false looks at that frame).
            Window.FirstFrameDrawn();
        }
    }

    public string DatabasePath { get; }

    public TimeProvider Clock { get; }

    public PlaybookConfig Config { get; }

    public DeskSession Session { get; }

    public DeskWindow Window { get; }

    public IApplication App => _app;

    /// <summary>The URLs the desk asked the browser to open.</summary>
    public List<string> Opened { get; } = [];

    /// <summary>The whole screen as text, drawn again first.</summary>
    public string Screen
    {
        get
        {
            _app.LayoutAndDraw();
            return _app.Driver!.ToString()!;
        }
    }

    public void Press(params Key[] keys)
    {
        foreach (var key in keys)
        {
            _app.InjectKey(key);
        }
    }

    /// <summary>Types <paramref name="text"/> a character at a time.</summary>
    public void Type(string text)
    {
        foreach (var c in text)
        {
            _app.InjectKey(c == ' ' ? Key.Space : c == '\n' ? Key.Enter : new Key(c));
        }
    }

    /// <summary>
    /// Presses <paramref name="key"/>, which opens a modal dialog, and answers the dialog with <paramref name="answers"/>
    /// (typed text as strings, keys as keys, actions run as they come, to look at the dialog) from inside its loop.
    /// </summary>
    public void PressThenAnswer(Key key, params object[] answers)
    {
        var step = 0;
        void Drive(object? sender, EventArgs<IApplication?> e)
        {
            if (_app.TopRunnableView == Window)
            {
                return;
            }

            if (step < answers.Length)
            {
                switch (answers[step++])
                {
                    case string text:
                        Type(text);
                        break;
                    case Key answer:
                        _app.InjectKey(answer);
                        break;
                    case Action look:
                        look();
                        break;
                }
            }
            else if (step++ > answers.Length + 20)
            {
                _app.RequestStop();
            }
        }

        _app.Iteration += Drive;
        try
        {
            _app.InjectKey(key);
        }
        finally
        {
            _app.Iteration -= Drive;
        }
    }

    /// <summary>
    /// Runs the application's loop (on a throwaway top-level view) until <paramref name="done"/> holds or a minute has
    /// passed, so work the desk does in the background comes back through <c>Invoke</c>.
    /// </summary>
    public bool RunUntil(Func<bool> done)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        using var waiting = new Terminal.Gui.Views.Window();
        void Check(object? sender, EventArgs<IApplication?> e)
        {
            if (done() || waited.Elapsed > TimeSpan.FromMinutes(1))
            {
                _app.RequestStop(waiting);
            }
        }

        _app.Iteration += Check;
        try
        {
            _app.Run(waiting);
        }
        finally
        {
            _app.Iteration -= Check;
        }

        return done();
    }

    /// <summary>
    /// The result of <paramref name="task"/>, work the desk started in the background, running the application's loop
    /// while it is not done. Never <c>await</c> such work in a test: <c>Begin</c> made the test's thread the desk's, so
    /// an <c>await</c> would resume through a loop that nothing runs, and the test would never end.
    /// </summary>
    public T Wait<T>(Task<T> task)
    {
        ArgumentNullException.ThrowIfNull(task);
        RunUntil(() => task.IsCompleted);
        return task.IsCompleted ? task.GetAwaiter().GetResult() : throw new TimeoutException("the desk's work did not end within a minute");
    }

    /// <summary>A fresh store connection, to check what the desk wrote.</summary>
    public ContactStore OpenStore() => ContactStore.Open(DatabasePath, Clock);

    public void Dispose()
    {
        if (_token is not null)
        {
            _app.End(_token);
        }

        Window.Dispose();
        _app.Dispose();
        Session.Dispose();
        _folder.Dispose();
    }
}

/// <summary>The desk's tests share Terminal.Gui's process-wide state (driver settings, key bindings): one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DeskTests
{
    public const string Name = "desk";
}
