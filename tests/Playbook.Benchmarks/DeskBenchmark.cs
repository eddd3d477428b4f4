using System.Diagnostics;
using System.Globalization;
using Playbook.Engine.Catalog;
using Playbook.Engine.Configuration;
using Playbook.Engine.Runtime;
using Playbook.Engine.Store;
using Playbook.Engine.Time;
using Playbook.Tui.Desk;
using Playbook.Tui.Views;
using Terminal.Gui.App;
using Terminal.Gui.Drivers;
using Terminal.Gui.Input;
using Terminal.Gui.Testing;

namespace Playbook.Benchmarks;

/// <summary>
/// The desk on a large store (100,000 contacts, 20,000 pending drafts): time to the Today screen's first frame (in
/// process on the headless driver, and as a process in tmux when it is installed), each keystroke of a contact filter,
/// and memory.
/// </summary>
internal static class DeskBenchmark
{
    private const int Contacts = 100_000;
    private const int PendingDrafts = 20_000;
    private const int FilterPasses = 3;
    private const string Filter = "maria";
    private static readonly DateTimeOffset T0 = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    public static void Run(string work)
    {
        var folder = Directory.CreateDirectory(Path.Combine(work, "desk")).FullName;
        var db = Path.Combine(folder, "desk.db");
        var clock = new FixedTimeProvider(T0);
        var options = new CatalogOptions { UserFolder = Path.Combine(folder, "playbooks"), CacheFolder = Path.Combine(folder, "cache"), Time = clock };
        Directory.CreateDirectory(options.UserFolder);
        var setup = Stopwatch.StartNew();
        InvitationStore.Write(db, Contacts, T0);
        using (var store = ContactStore.Open(db, clock))
        using (var catalog = PlaybookCatalog.Load(options))
        {
            new PlaybookRuntime(store, catalog, new RuntimeSettings { Me = store.Me.Get() }).Run(new RunRequest { Playbooks = ["welcome"] });
            using var discard = store.Connection.CreateCommand();
            discard.CommandText = $"UPDATE drafts SET status = 'discarded' WHERE status = 'pending' AND id > (SELECT min(id) + {PendingDrafts - 1} FROM drafts)";
            discard.ExecuteNonQuery();
            Console.WriteLine($"Desk: {store.Contacts.Count():N0} contacts, {store.Drafts.Count("pending"):N0} pending drafts (setup {setup.Elapsed.TotalSeconds:N0} s, not timed below)");
        }

        for (var round = 1; round <= 2; round++)
        {
            var (firstFrame, passes, memory) = InProcess(db, options, clock);
            Console.WriteLine($"  in process, round {round}{(round == 1 ? " (JIT included)" : "")}: Today's first frame {firstFrame:N0} ms (target under 500); {memory}");
            for (var pass = 0; pass < passes.Count; pass++)
            {
                var keystrokes = passes[pass];
                Console.WriteLine($"    contact filter '{Filter}' typed {Ordinal(pass + 1)}: keystrokes {string.Join(" / ", keystrokes.Select(k => $"{k.Filter + k.Draw:N0}"))} ms (target under 50 each; "
                    + $"store and list {string.Join(" / ", keystrokes.Select(k => $"{k.Filter:N0}"))}, drawing {string.Join(" / ", keystrokes.Select(k => $"{k.Draw:N0}"))})");
            }
        }

        if (!Tmux.Available)
        {
            Console.WriteLine("  (tmux is not installed: no process figure)");
            return;
        }

        var builds = new List<(string Name, string? AppHost)> { ("Release build", null) };
        if (PlaybookExecutable.PublishReadyToRun(work) is { } readyToRun)
        {
            builds.Add(("ReadyToRun publish", readyToRun));
        }

        // What the Contacts screen says when the filter has each prefix of "maria" typed.
        List<string> counts;
        using (var store = ContactStore.Open(db, clock))
        {
            counts = [.. Enumerable.Range(1, Filter.Length).Select(n => store.Contacts.SearchIds(Filter[..n]).Count).Select(n => $"{n:N0} contact{(n == 1 ? "" : "s")}, by name")];
        }

        // What measuring costs: tmux itself, and polling its screen, with a program that echoes each key at once.
        using (var echo = Tmux.Start("cat"))
        {
            echo.WaitFor("");
            var floor = new List<double>();
            for (var n = 0; n < Filter.Length; n++)
            {
                echo.Send(Filter[n].ToString());
                floor.Add(echo.WaitFor(Filter[..(n + 1)]));
            }

            Console.WriteLine($"  tmux and its polling alone ('cat' echoing '{Filter}'): {string.Join(" / ", floor.Select(k => $"{k:N0}"))} ms per key");
        }

        foreach (var (name, appHost) in builds)
        {
            for (var round = 1; round <= 3; round++)
            {
                using var terminal = Tmux.Start(PlaybookExecutable.Command(["--db", db, "--now", "2026-12-01T09:00Z"], new Dictionary<string, string>
                {
                    ["XDG_CACHE_HOME"] = Path.Combine(folder, "xdg-cache"),
                    ["XDG_CONFIG_HOME"] = Path.Combine(folder, "xdg-config"),
                }, appHost));
                var today = terminal.WaitFor("new invitation(s) with a drafted reply");
                var startUp = terminal.WaitFor("Playbooks loaded");
                terminal.Send("F4");
                var contacts = terminal.WaitFor("100,000 contacts, by name");
                var keystrokes = new List<double>();
                for (var n = 0; n < Filter.Length; n++)
                {
                    terminal.Send(Filter[n].ToString());
                    keystrokes.Add(terminal.WaitFor("Filter: " + Filter[..(n + 1)], counts[n]));
                }

                Console.WriteLine($"  'playbook' process in tmux ({name}), round {round}: Today drawn with its drafts after {today:N0} ms wall (target under 500; process start-up included), "
                    + $"the playbooks loaded and ticked in the background after {startUp:N0} ms; then F4 to Contacts {contacts:N0} ms; keystrokes of '{Filter}' {string.Join(" / ", keystrokes.Select(k => $"{k:N0}"))} ms (key sent to the count shown)");
            }
        }
    }

    /// <summary>
    /// The working set, and how much of it is the process's own (the rest is files mapped: the store is read through
    /// a memory map, whose pages are the system's file cache, shared and given back under pressure).
    /// </summary>
    private static string Memory()
    {
        var total = Process.GetCurrentProcess().WorkingSet64 / 1024.0 / 1024.0;
        var status = File.Exists("/proc/self/status") ? File.ReadAllLines("/proc/self/status") : [];
        var anonymous = status.FirstOrDefault(l => l.StartsWith("RssAnon:", StringComparison.Ordinal)) is { } line
            ? long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0
            : double.NaN;
        return $"working set {total:N0} MB, of which the process's own {anonymous:N0} MB";
    }

    private static string Ordinal(int n) => n switch { 1 => "first", 2 => "second", 3 => "third", _ => $"{n}th" };

    /// <summary>
    /// Opens the desk as <c>playbook</c> does, on the headless driver; then types a filter on Contacts and clears it,
    /// <see cref="FilterPasses"/> times: the first pass is a fresh process's first keystrokes (some code still to
    /// compile), the last one a desk in use.
    /// </summary>
    private static (double FirstFrame, List<List<(double Filter, double Draw)>> Passes, string Memory) InProcess(string db, CatalogOptions options, TimeProvider clock)
    {
        var started = Stopwatch.StartNew();
        using var session = new DeskSession(() => ContactStore.Open(db, clock), () => PlaybookCatalog.Load(options), new PlaybookConfig(), clock);
        session.ReadTodayAhead();
        using var app = Application.Create().Init(DriverRegistry.Names.ANSI);
        DeskApp.Configure(app);
        app.Driver!.SetScreenSize(140, 40);
        using var window = new DeskWindow(app, session);
        var token = app.Begin(window);
        app.LayoutAndDraw();
        var firstFrame = started.Elapsed.TotalMilliseconds;

        app.InjectKey(Key.F4);
        app.LayoutAndDraw();
        var passes = new List<List<(double Filter, double Draw)>>();
        for (var pass = 0; pass < FilterPasses; pass++)
        {
            var keystrokes = new List<(double Filter, double Draw)>();
            foreach (var c in Filter)
            {
                var key = Stopwatch.StartNew();
                app.InjectKey(new Key(c));
                var filtered = key.Elapsed.TotalMilliseconds;
                app.LayoutAndDraw();
                keystrokes.Add((filtered, key.Elapsed.TotalMilliseconds - filtered));
            }

            passes.Add(keystrokes);
            foreach (var _ in Filter)
            {
                app.InjectKey(Key.Backspace);
                app.LayoutAndDraw();
            }
        }

        var memory = Memory();
        app.End(token!);
        return (firstFrame, passes, memory);
    }
}
