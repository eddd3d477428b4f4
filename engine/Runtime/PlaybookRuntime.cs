using Playbook.Engine.Catalog;
using Playbook.Engine.Configuration;
using Playbook.Engine.Playbooks;
using Playbook.Engine.Runs;
using Playbook.Engine.Store;
using Playbook.Engine.Text;

namespace Playbook.Engine.Runtime;

/// <summary>
/// Runs playbooks against the store: dispatches events to the enabled playbooks whose trigger, <c>max_age</c>
/// and <c>when</c> match (one run per playbook, contact and event, never two), moves runs on step by step,
/// wakes them when their wait is over, and lets a draft's review release the run that wrote it. Time comes only
/// from the store's clock (<see cref="ContactStore.Clock"/>), read once per command.
/// </summary>
public sealed class PlaybookRuntime
{
    private readonly ContactStore _store;
    private readonly PlaybookCatalog _catalog;
    private readonly RuntimeSettings _settings;

    /// <summary>Creates a runtime over <paramref name="store"/> running the enabled playbooks of <paramref name="catalog"/>.</summary>
    public PlaybookRuntime(ContactStore store, PlaybookCatalog catalog, RuntimeSettings settings)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.BatchSize, 1);
        _store = store;
        _catalog = catalog;
        _settings = settings;
    }

    /// <summary>
    /// The runtime every command and the desk use: over <paramref name="store"/>, with the me-profile the store holds
    /// and <paramref name="config"/> laid over it (goals, languages, signature), and the channels' limits of
    /// <c>config.yaml</c>.
    /// </summary>
    public static PlaybookRuntime Create(ContactStore store, PlaybookCatalog catalog, PlaybookConfig config)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(config);
        return new PlaybookRuntime(store, catalog, new RuntimeSettings { Me = config.ApplyTo(store.Me.Get()), Limits = config.Limits, BackAfterWorkingDays = config.BackAfterWorkingDays });
    }

    /// <summary>
    /// Moves on the runs that have something to do (left running by a crash, released by a draft's review, ended by
    /// a reply, due to wake), then starts runs for every pending event: younger than the playbook's <c>max_age</c>,
    /// with no run of that playbook yet, not an invitation the user already answered, and matching <c>when</c>.
    /// A run whose step fails is marked failed, with the reason in its journal, and the batch goes on.
    /// </summary>
    /// <exception cref="RuntimeException">A playbook named in the request is not loaded.</exception>
    public RunReport Run(RunRequest request, IProgress<BatchProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        // Schedules are the tick's; a dry run that names playbooks previews theirs too, so a schedule can be tried with 'run'.
        var playbooks = Select(_catalog, request.Playbooks);
        return Execute(playbooks, everything: request.Playbooks.Count == 0, dispatch: true, schedules: request.DryRun && request.Playbooks.Count > 0, request.DryRun,
            new RunScope(request.Contacts, request.Events), progress, cancellationToken);
    }

    /// <summary>
    /// Wakes the runs whose wait is over, ends those a reply ended, moves on those a draft's review released, and starts
    /// the schedules that are due.
    /// </summary>
    public RunReport Tick(IProgress<BatchProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Execute(_catalog.Enabled, everything: true, dispatch: false, schedules: true, dryRun: false, RunScope.All, progress, cancellationToken);

    /// <summary>
    /// What <see cref="Tick"/> would do at the store's clock, on a copy of the store in memory, carried on as a dry
    /// <see cref="Run"/> is (each draft taken as sent when written, each wait passing without a reply); nothing is kept.
    /// </summary>
    public RunReport PreviewTick(IProgress<BatchProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Execute(_catalog.Enabled, everything: true, dispatch: false, schedules: true, dryRun: true, RunScope.All, progress, cancellationToken);

    /// <summary>
    /// Marks a draft sent (the person sent it by hand): records a <c>message.sent</c> event at <paramref name="at"/>
    /// (now when null), moves a <c>new</c> contact to <c>contacted</c>, and moves on the run the draft held; a wait
    /// that follows counts from <paramref name="at"/>.
    /// </summary>
    /// <exception cref="NotFoundException">No such draft.</exception>
    /// <exception cref="RuntimeException">The draft was already sent or discarded.</exception>
    public Draft MarkSent(long draftId, DateTimeOffset? at = null) => Decide(draftId, sent: true, at);

    /// <summary>Discards a draft; the run it held stops.</summary>
    /// <exception cref="NotFoundException">No such draft.</exception>
    /// <exception cref="RuntimeException">The draft was already sent or discarded.</exception>
    public Draft Discard(long draftId) => Decide(draftId, sent: false, null);

    /// <summary>
    /// Writes again the pending drafts of <paramref name="contactIds"/> with what is now known of them (after a profile
    /// was read, or an import changed them): a draft the person has not edited is redrafted from its template; an
    /// edited one keeps its text, with a note that the analysis changed. Each run's journal says what happened.
    /// </summary>
    public IReadOnlyList<RedraftOutcome> Redraft(IReadOnlyCollection<long> contactIds)
    {
        ArgumentNullException.ThrowIfNull(contactIds);
        if (contactIds.Count == 0)
        {
            return [];
        }

        using var session = new RunSession(_store);
        session.BeginBatch();
        var outcomes = new Redrafts(_catalog, _settings, session, _store.Clock.GetUtcNow()).Of(contactIds);
        session.CommitBatch();
        return outcomes;
    }

    /// <summary>
    /// Why each playbook did or did not act for the contact <paramref name="contactId"/>, at the store's clock: for each of
    /// their events and each playbook that starts on its kind (and each schedule), whether a run started and if not the
    /// reason <c>run</c> would give; and where each of their runs stands. Only <paramref name="playbook"/>'s when given.
    /// Reads the store, never writes it.
    /// </summary>
    /// <exception cref="NotFoundException">No such contact.</exception>
    /// <exception cref="RuntimeException"><paramref name="playbook"/> names no playbook.</exception>
    public Why.ContactWhy Why(long contactId, string? playbook = null)
    {
        var names = _catalog.Entries.Select(e => e.Definition.Name).Concat(_catalog.Withheld.Select(w => w.BuiltIn.Name)).ToList();
        if (playbook is not null && !names.Contains(playbook, StringComparer.Ordinal))
        {
            throw new RuntimeException(DidYouMean.Unknown("playbook", playbook, names, null) + "; list them with 'playbook playbooks'");
        }

        var now = _store.Clock.GetUtcNow();
        using var session = new RunSession(_store);
        var contact = session.Contact(contactId) ?? throw new NotFoundException("contact", contactId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var pass = new RuntimePass(_catalog, _settings, session, now, dryRun: true);
        return new Why.WhyExplainer(_catalog, session, pass, now).Explain(contact, playbook);
    }

    private Draft Decide(long draftId, bool sent, DateTimeOffset? at)
    {
        var now = _store.Clock.GetUtcNow();
        using var session = new RunSession(_store);
        var pass = new RuntimePass(_catalog, _settings, session, now, dryRun: false);
        session.BeginBatch();
        var draft = pass.Decide(draftId, sent, (at ?? now).ToUniversalTime());
        session.CommitBatch();
        return draft;
    }

    private RunReport Execute(
        IReadOnlyList<PlaybookDefinition> playbooks, bool everything, bool dispatch, bool schedules, bool dryRun, RunScope scope, IProgress<BatchProgress>? progress,
        CancellationToken cancellationToken)
    {
        var now = _store.Clock.GetUtcNow();
        // A dry run works on a copy of the store in memory: it never writes the file, so it needs no write access
        // and holds off no other process's write.
        using var copy = dryRun ? _store.CopyInMemory() : null;
        using var session = new RunSession(copy ?? _store);
        if (!dryRun)
        {
            session.PrepareForPass();
        }

        var pass = new RuntimePass(_catalog, _settings, session, now, dryRun);
        try
        {
            pass.Execute(playbooks, everything, dispatch, schedules, scope, progress, cancellationToken);
        }
        catch (OperationCanceledException) when (!dryRun && session.InBatch)
        {
            // Every step taken so far is whole: keep them, and let the next command go on from there.
            session.CommitBatch();
            throw;
        }

        var report = pass.Finish();
        RuntimePass.Phases.Mark("the last batch committed");
        RuntimePass.Phases.Write();
        return report;
    }

    /// <summary>
    /// The playbooks <paramref name="names"/> asks for (every enabled one when it names none); a name that is not loaded,
    /// or whose playbook has problems, is a <see cref="RuntimeException"/> that says which and what to do.
    /// </summary>
    internal static IReadOnlyList<PlaybookDefinition> Select(PlaybookCatalog catalog, IReadOnlyList<string> names)
    {
        if (names.Count == 0)
        {
            return catalog.Enabled;
        }

        var selected = new List<PlaybookDefinition>();
        foreach (var name in names.Distinct(StringComparer.Ordinal))
        {
            selected.Add(catalog.Find(name) ?? throw new RuntimeException(
                catalog.Entries.Any(e => e.Definition.Name == name)
                    ? $"playbook '{name}' has problems and does not run; see 'playbook check'"
                    : DidYouMean.Unknown("playbook", name, [.. catalog.Entries.Select(e => e.Definition.Name)], null)
                      + "; list them with 'playbook playbooks'"));
        }

        return selected;
    }
}
