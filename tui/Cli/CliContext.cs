using System.CommandLine;
using Playbook.Engine.Analysis.Replies;
using Playbook.Engine.Catalog;
using Playbook.Engine.Configuration;
using Playbook.Engine.Contacts;
using Playbook.Engine.Runtime;
using Playbook.Engine.Store;
using Playbook.Engine.Time;

namespace Playbook.Tui.Cli;

/// <summary>What one command invocation works with: its output, clock, paths and (opened on first use) store.</summary>
internal sealed class CliContext : IDisposable
{
    private readonly string? _dbOption;
    private readonly Func<string, string?> _environment;
    private ContactStore? _store;
    private PlaybookCatalog? _catalog;
    private PlaybookRuntime? _runtime;
    private string? _storePath;

    public CliContext(ParseResult parse, GlobalOptions globals, TextWriter output, TextWriter error, Func<string, string?> environment)
    {
        Output = output;
        Error = error;
        _environment = environment;
        _dbOption = parse.GetValue(globals.Db);
        Json = parse.GetValue(globals.Json);
        Debug = parse.GetValue(globals.Debug);
        Clock = parse.GetValue(globals.Now) is { } now ? new FixedTimeProvider(now) : TimeProvider.System;
        Paths = AppPaths.FromEnvironment(environment);
        PlaybooksFolder = parse.GetValue(globals.Playbooks) ?? environment(AppPaths.PlaybooksVariable) ?? Paths.DefaultPlaybooks;
    }

    /// <summary>Standard input, for a command that reads text from it (<c>profile ID -</c>).</summary>
    public TextReader Input { get; init; } = TextReader.Null;

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    public bool Json { get; }

    public bool Debug { get; }

    public TimeProvider Clock { get; }

    public AppPaths Paths { get; }

    /// <summary>The folder of the user's own playbooks.</summary>
    public string PlaybooksFolder { get; }

    /// <summary>The store file this command works on.</summary>
    public string DatabasePath =>
        _dbOption ?? (string.IsNullOrWhiteSpace(_environment(AppPaths.DatabaseVariable)) ? null : _environment(AppPaths.DatabaseVariable)) ?? Paths.DefaultDatabase;

    /// <summary>The store, opened (and created or upgraded) on first use.</summary>
    public ContactStore Store => _store ??= OpenStore(DatabasePath, Clock);

    /// <summary>
    /// The built-in playbooks and the user's (<see cref="PlaybooksFolder"/>) with their templates and compiled
    /// conditions, loaded and checked on first use.
    /// </summary>
    public PlaybookCatalog Catalog => _catalog ??= PlaybookCatalog.Load(CatalogOptions(Clock));

    /// <summary>The runtime over <see cref="Store"/> and the enabled playbooks of <see cref="Catalog"/>, with the me-profile and limits of config.yaml.</summary>
    public PlaybookRuntime Runtime => _runtime ??= PlaybookRuntime.Create(Store, Catalog, Config);

    /// <summary>A desk session for the terminal UI: its own store connection, the playbooks loading in the background.</summary>
    public Desk.DeskSession OpenDesk(string? databasePath = null, PlaybookConfig? config = null, TimeProvider? clock = null) => new(
        () => OpenStore(databasePath ?? DatabasePath, clock ?? Clock),
        () => PlaybookCatalog.Load(CatalogOptions(clock ?? Clock)),
        config ?? Config,
        clock ?? Clock)
    {
        TrustFile = Paths.TrustFile,
        SwitchedOffFile = Paths.SwitchedOffFile,
    };

    /// <summary>Where the playbooks, their compile cache, the trusted scripts and the switched-off list are, on <paramref name="clock"/>.</summary>
    private CatalogOptions CatalogOptions(TimeProvider clock) => Engine.Catalog.CatalogOptions.For(Paths, PlaybooksFolder, clock);

    /// <summary>Whether the standard streams are a terminal, where the desk can open.</summary>
    public bool IsInteractive => ReferenceEquals(Output, Console.Out) && !Console.IsOutputRedirected && !Console.IsInputRedirected;

    /// <summary>The store file last opened (or to be opened): what a failure of SQLite is about.</summary>
    public string StorePath => _storePath ?? Path.GetFullPath(DatabasePath);

    /// <summary>
    /// The store, classifying received messages with the built-in reply rules and the user's (read when first needed).
    /// The data folder is made on first use; any other folder must exist.
    /// </summary>
    public ContactStore OpenStore(string path, TimeProvider clock)
    {
        _storePath = Path.GetFullPath(path);
        if (string.Equals(Path.GetDirectoryName(_storePath), Path.GetFullPath(Paths.DataFolder), StringComparison.Ordinal))
        {
            Paths.CreateDataFolder();
        }

        var store = ContactStore.Open(path, clock);
        store.UseSettings(() => new ReplyClassifier(ReplyRules.Load(Paths.ReplyRulesFile)), () => Config.Conversations);
        return store;
    }

    /// <summary>The settings from config.yaml.</summary>
    public PlaybookConfig Config => ConfigLoader.Load(Paths.ConfigFile);

    /// <summary>The me-profile: what exports brought, with config.yaml laid over it.</summary>
    public MeProfile Me => Config.ApplyTo(Store.Me.Get());

    /// <summary>
    /// Writes again the pending drafts of <paramref name="contactIds"/> after what is known of them changed; the
    /// playbooks are loaded only when one of them has such a draft.
    /// </summary>
    public IReadOnlyList<RedraftOutcome> Redraft(IReadOnlyCollection<long> contactIds) =>
        Store.Drafts.AnyPendingFor(contactIds) ? Runtime.Redraft(contactIds) : [];

    /// <summary>Writes <paramref name="value"/> as JSON on the output.</summary>
    public void WriteJson<T>(T value) => Output.WriteLine(CliJson.Serialize(value));

    public void Dispose()
    {
        _catalog?.Dispose();
        _store?.Dispose();
    }
}
