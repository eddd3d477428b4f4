using Playbook.Engine.Analysis;
using Playbook.Engine.Catalog;
using Playbook.Engine.Configuration;
using Playbook.Engine.Console;
using Playbook.Engine.Contacts;
using Playbook.Engine.Events;
using Playbook.Engine.Import;
using Playbook.Engine.Import.Profiles;
using Playbook.Engine.Import.Reports;
using Playbook.Engine.Runs;
using Playbook.Engine.Runtime;
using Playbook.Engine.Store;

namespace Playbook.Tui.Desk;

/// <summary>
/// What the desk works with: the store, the playbooks (loaded in the background at start-up, when the pending waits
/// are also ticked), the settings and the clock. Everything the screens read and do goes through here, so the views
/// hold no SQL and the same session drives a real terminal or a headless test.
/// </summary>
internal sealed class DeskSession : IDisposable
{
    /// <summary>What errors call a profile pasted into the desk.</summary>
    private const string PastedText = "(pasted text)";

    private readonly Func<ContactStore> _openStore;
    private readonly Func<PlaybookCatalog> _loadCatalog;
    private readonly Lazy<ContactStore> _store;
    private readonly ConditionTrial _conditions = new();
    private Lazy<Task<PlaybookCatalog>> _catalog;
    private PlaybookRuntime? _runtime;
    private Task<Today>? _todayAhead;

    public DeskSession(Func<ContactStore> openStore, Func<PlaybookCatalog> loadCatalog, PlaybookConfig config, TimeProvider clock)
    {
        _openStore = openStore;
        // Opened on first use: on the thread reading Today when the desk starts (see ReadTodayAhead), else here.
        _store = new Lazy<ContactStore>(openStore);
        Config = config;
        Clock = clock;
        _loadCatalog = loadCatalog;
        _catalog = new Lazy<Task<PlaybookCatalog>>(() => Task.Run(loadCatalog));
    }

    /// <summary>The store (once Today's read-ahead, when one was started, is done with it).</summary>
    public ContactStore Store
    {
        get
        {
            WaitForTodayAhead();
            return _store.Value;
        }
    }

    /// <summary>The store file.</summary>
    public string StorePath => Store.Path;

    /// <summary>Why the store is read-only (the desk shows it, and refuses what would change it), or null.</summary>
    public string? ReadOnlyReason => Store.ReadOnlyReason;

    /// <summary>What went wrong, in one line: SQLite's failures on the store in the user's words, others as they are.</summary>
    public string Describe(Exception? e) =>
        e is null ? "" : StoreException.FromSqlite(StorePath, e.GetBaseException())?.Message ?? e.GetBaseException().Message;

    /// <summary>Opens a URL in the browser; false when nothing could (the desk then shows it). Replaced in tests.</summary>
    public Func<string, bool> OpenUrl { get; init; } = Browser.TryOpen;

    public PlaybookConfig Config { get; }

    public TimeProvider Clock { get; }

    public DateTimeOffset Now => Clock.GetUtcNow();

    /// <summary>The me-profile, with config.yaml laid over what exports brought.</summary>
    public MeProfile Me => Config.ApplyTo(Store.Me.Get());

    /// <summary>The playbooks, loading in the background from the first call (from the compile cache when warm).</summary>
    public Task<PlaybookCatalog> Catalog => _catalog.Value;

    /// <summary>The file of trusted scripts; null: scripts cannot be trusted from the desk.</summary>
    public string? TrustFile { get; init; }

    /// <summary>The file of the playbooks switched off; null: they cannot be switched from the desk.</summary>
    public string? SwitchedOffFile { get; init; }

    /// <summary>Loads the playbooks again (after a switch, a trust or an edit), in the background.</summary>
    public void ReloadCatalog()
    {
        var old = _catalog;
        _catalog = new Lazy<Task<PlaybookCatalog>>(() => Task.Run(_loadCatalog));
        _runtime = null;
        if (old.IsValueCreated)
        {
            old.Value.ContinueWith(t => t.Result.Dispose(), CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
        }
    }

    /// <summary>Switches <paramref name="playbook"/> off or on, and loads the playbooks again.</summary>
    public void Switch(string playbook, bool off)
    {
        SwitchedOff.Open(SwitchedOffFile ?? throw new InvalidOperationException("playbooks cannot be switched here")).Set(playbook, off);
        ReloadCatalog();
    }

    /// <summary>Trusts the script at <paramref name="path"/> as it is now (its loaded files too), and loads the playbooks again.</summary>
    public void Trust(string path)
    {
        Engine.Scripting.TrustStore.Open(TrustFile ?? throw new InvalidOperationException("scripts cannot be trusted here"))
            .Trust(Engine.Scripting.ScriptSource.Read(path));
        ReloadCatalog();
    }

    /// <summary>
    /// Why each playbook did or did not act for <paramref name="contactId"/>, and where their runs stand, as
    /// <c>playbook why</c> says it; reads the store, never writes it (a read-only store works too).
    /// </summary>
    public Engine.Runtime.Why.ContactWhy Why(long contactId) => Runtime().Why(contactId);

    /// <summary>
    /// What <paramref name="playbook"/> would do now over the pending events and runs (of <paramref name="contacts"/>
    /// only, when given), on a copy of the store in memory: nothing is kept, and a read-only store can be tried too.
    /// </summary>
    public RunReport DryRun(string playbook, IReadOnlySet<long>? contacts = null) =>
        Runtime().Run(new RunRequest { DryRun = true, Playbooks = [playbook], Contacts = contacts });

    /// <summary>
    /// Loads the playbooks, ticks and runs them on pending events (what an import from the command line brought), on a
    /// connection of its own, so welcomes and follow-ups appear without a command. The desk stays usable meanwhile
    /// (the store is in WAL mode). On a read-only store the playbooks are only loaded: null.
    /// </summary>
    public Task<StartUpReport?> StartUpAsync(CancellationToken cancellationToken = default) => Task.Run(async () =>
    {
        var catalog = await Catalog.ConfigureAwait(false);
        if (ReadOnlyReason is not null)
        {
            return null;
        }

        using var store = _openStore();
        var runtime = RuntimeOver(store, catalog);
        // The tick first: it moves on the runs whose wait is over, so the run that follows only starts new ones.
        var ticked = runtime.Tick(cancellationToken: cancellationToken);
        return (StartUpReport?)new StartUpReport(runtime.Run(new RunRequest(), cancellationToken: cancellationToken), ticked);
    }, cancellationToken);

    /// <summary>Runs the playbooks on pending events (or ticks), on a connection of its own, in the background.</summary>
    public Task<RunReport> RunAsync(bool tick, CancellationToken cancellationToken = default) => Task.Run(async () =>
    {
        var catalog = await Catalog.ConfigureAwait(false);
        using var store = _openStore();
        var runtime = RuntimeOver(store, catalog);
        return tick ? runtime.Tick(cancellationToken: cancellationToken) : runtime.Run(new RunRequest(), cancellationToken: cancellationToken);
    }, cancellationToken);

    /// <summary>
    /// Imports an export on a connection of its own (a LinkedIn data export as a zip or folder, a vCard file, mail, a Google
    /// or Outlook CSV), writes again the pending drafts of the contacts it changed and runs the playbooks over what it
    /// brought, in the background; returns what the import did per file.
    /// </summary>
    public Task<ImportReport> ImportAsync(string path, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default) => Task.Run(async () =>
    {
        using var store = _openStore();
        var report = new Importer(store).Import(ImportRequest.For(path) with { OwnerEmails = Config.Emails }, progress, cancellationToken);
        var runtime = RuntimeOver(store, await Catalog.ConfigureAwait(false));
        runtime.Redraft(report.ChangedContacts);
        runtime.Run(new RunRequest(), cancellationToken: cancellationToken);
        return report;
    }, cancellationToken);

    /// <summary>
    /// The day's desk: replies to write for new invitations, follow-ups and tasks due, replies to answer; the first
    /// <see cref="Desk.Today.FirstPage"/> drafts of each kind, without their analyses (the screen reads one as it shows
    /// the draft), and at most <see cref="Desk.Today.MaxEach"/> replies (the Drafts screen lists
    /// every draft).
    /// </summary>
    public Today Today()
    {
        if (Interlocked.Exchange(ref _todayAhead, null) is { } ahead)
        {
            var today = ahead.GetAwaiter().GetResult();
            StartTimes.Mark("Today taken (waited for, when it was not done)");
            return today;
        }

        return ReadToday();
    }

    /// <summary>
    /// Starts opening the store and reading Today in the background, while the terminal UI starts on the other core;
    /// the first call to <see cref="Today"/> takes what it read (or throws what opening the store threw), and the store
    /// waits for it before anything else uses it.
    /// </summary>
    public void ReadTodayAhead() => _todayAhead = Task.Run(ReadToday);

    /// <summary>
    /// What opening the store threw (a store that is not one, newer than this build, busy...), or null once it is open;
    /// waits for the read-ahead. The desk stops on it as a command does, with the terminal restored first.
    /// </summary>
    public Exception? StoreFailure()
    {
        WaitForTodayAhead();
        try
        {
            _ = _store.Value;
            return null;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return e;
        }
    }

    /// <summary>Waits until the read-ahead is done with the store (its failure, if any, is Today's to report).</summary>
    private void WaitForTodayAhead()
    {
        if (_todayAhead is { IsCompleted: false } ahead)
        {
            ((IAsyncResult)ahead).AsyncWaitHandle.WaitOne();
        }
    }

    private Today ReadToday()
    {
        StartTimes.Mark("Today starts");
        var store = _store.Value;
        StartTimes.Mark("Today: the store opened");
        var now = Now;
        var endOfDay = new DateTimeOffset(now.UtcDateTime.Date.AddDays(1), TimeSpan.Zero);
        var drafts = store.Drafts.Pending(Desk.Today.FirstPage, withAnalysis: false);
        StartTimes.Mark("Today: the pending drafts counted, the first page read");
        var today = new Today(
            drafts.Invitations,
            drafts.Others,
            store.Tasks.List(dueBy: endOfDay),
            store.Events.Unanswered(now.AddDays(-30), Desk.Today.MaxEach),
            now)
        {
            InvitationCount = drafts.InvitationCount,
            FollowUpCount = drafts.OtherCount,
        };
        var listed = today.Replies.Select(e => e.Id).ToHashSet();
        var asked = store.Events.AskedFor(now.AddDays(-30), DateOnly.FromDateTime(now.UtcDateTime), Desk.Today.MaxEach).Where(e => !listed.Contains(e.Id)).ToList();
        var askers = today.Replies.Where(e => e.FollowUpOn is not null || e.Referral is not null).Concat(asked).Select(e => e.Id).ToList();
        today = today with
        {
            Asked = asked,
            TasksAskedBy = store.Tasks.AskedBy(askers).GroupBy(t => t.EventId!.Value).ToDictionary(g => g.Key, g => (IReadOnlyList<Reminder>)g.ToList()),
        };
        StartTimes.Mark("Today: tasks and replies read");
        return today.IsEmpty
            ? today with { StoreIsEmpty = !store.Contacts.Any() }
            : today with
            {
                Names = new Presentation.ContactNames(store).Read(
                    today.Invitations.Concat(today.FollowUps).Select(d => d.ContactId)
                        .Concat(today.Tasks.Select(t => t.ContactId))
                        .Concat(today.Replies.Select(e => e.ContactId))
                        .Concat(today.Asked.Select(e => e.ContactId))),
            };
    }

    public Contact? Contact(long id) => Store.Contacts.Find(id);

    /// <summary>
    /// Adds the person a reply referred to as a contact (or finds the one with that email) and links task
    /// <paramref name="taskId"/> to them; returns the contact and whether it was created.
    /// </summary>
    public (Contact Contact, bool Created) AddReferred(string? name, string? email, long? taskId)
    {
        var (id, created) = Engine.Import.Writing.ReferredPeople.Add(Store, name, email, taskId);
        return (Store.Contacts.Find(id)!, created);
    }

    /// <summary>
    /// Reads a profile into <paramref name="contactId"/>, from <paramref name="input"/>: the path of a saved PDF or text
    /// file, or the text of a copied profile page; then writes the contact's pending drafts again.
    /// </summary>
    /// <exception cref="ProfileException">The file or text is not a profile, or is someone else's.</exception>
    public (Contact Contact, IReadOnlyList<RedraftOutcome> Redrafts) ReadProfile(long contactId, string input)
    {
        var path = input.Trim();
        var (profile, file) = !path.Contains('\n', StringComparison.Ordinal) && System.IO.File.Exists(path)
            ? (ProfileReader.Read(path), path)
            : (ProfileReader.ReadText(input, PastedText), PastedText);
        new ProfileImporter(Store).ReadInto(contactId, profile, file);
        var redrafts = Runtime().Redraft([contactId]);
        return (Store.Contacts.Find(contactId)!, redrafts);
    }

    /// <summary>A contact's name for lists (the id when the contact is gone).</summary>
    public string NameOf(long contactId) => Store.Contacts.Find(contactId)?.FullName ?? $"#{contactId}";

    /// <summary>Everything the contact screen shows.</summary>
    public ContactFile File(long contactId)
    {
        var contact = Store.Contacts.Find(contactId) ?? throw new NotFoundException("contact", contactId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var events = Store.Events.List(contactId);
        var invitation = events.LastOrDefault(e => e.Kind == EventKinds.InvitationReceived);
        return new ContactFile(
            contact,
            events,
            Store.Runs.List(contactId: contactId),
            Store.Drafts.List(status: null, contactId: contactId),
            Store.Tasks.List(includeDone: true, contactId: contactId),
            ProfileAnalyzer.For(Me).Analyse(contact, invitation, Now, events),
            Store.Contacts.Identities(contactId));
    }

    public IReadOnlyList<JournalEntry> Journal(long runId) => Store.Runs.Journal(runId);

    /// <summary>Saves the text of a pending draft as edited.</summary>
    public Draft Edit(long draftId, string body) => Store.Drafts.Edit(draftId, body);

    /// <summary>Marks a draft sent now (records the <c>message.sent</c>); waits for the playbooks when they are still loading.</summary>
    public Draft MarkSent(long draftId) => Runtime().MarkSent(draftId, Now);

    /// <summary>Discards a draft; its run stops.</summary>
    public Draft Discard(long draftId) => Runtime().Discard(draftId);

    /// <summary>
    /// Logs an event by hand: a reply, a meeting, a collaboration, a note. A reply is classified as it is stored. A message
    /// is on LinkedIn, as <c>event add</c> logs it, so that <c>channel: last</c> sees it.
    /// </summary>
    public ContactEvent Log(long contactId, string kind, string? body) =>
        Store.Events.Add(contactId, kind, Now, string.IsNullOrWhiteSpace(body) ? null : body, EventKinds.DirectionOf(kind) is null ? null : "linkedin");

    /// <summary>
    /// The pairs of contacts that may be one person, each with why (the reason <c>contacts duplicates</c> gives). The
    /// evidence is the store's own: same name and company, same name, a signature in a message.
    /// </summary>
    public IReadOnlyList<MergeChoice> MergeCandidates() =>
        [.. Store.Merges.Candidates().Select(pair => new MergeChoice(pair.First, pair.Second, pair.Reason))];

    /// <summary>
    /// Folds <paramref name="mergeId"/> into <paramref name="keepId"/>, as <c>contacts merge KEEP MERGE</c> does: the kept
    /// contact gets the other's events, identities (X, Facebook) and sources; the other is gone.
    /// </summary>
    public Contact Merge(long keepId, long mergeId) => Store.Merges.Merge(keepId, mergeId);

    public Contact SetStage(long contactId, string stage) => Store.Contacts.SetStage(contactId, stage);

    public Contact SetTags(long contactId, IReadOnlyCollection<string> tags)
    {
        var contact = Store.Contacts.Find(contactId) ?? throw new NotFoundException("contact", contactId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var removed = contact.Tags.Except(tags, StringComparer.Ordinal).ToList();
        if (removed.Count > 0)
        {
            contact = Store.Contacts.RemoveTags(contactId, removed);
        }

        var added = tags.Except(contact.Tags, StringComparer.Ordinal).ToList();
        return added.Count > 0 ? Store.Contacts.AddTags(contactId, added) : contact;
    }

    /// <summary>The runtime over the desk's own connection (waits for the playbooks when they are still loading).</summary>
    private PlaybookRuntime Runtime() => _runtime ??= RuntimeOver(Store, Catalog.GetAwaiter().GetResult());

    /// <summary>A runtime over <paramref name="store"/>, with the me-profile it holds and the limits of config.yaml.</summary>
    private PlaybookRuntime RuntimeOver(ContactStore store, PlaybookCatalog catalog) =>
        PlaybookRuntime.Create(store, catalog, Config);

    /// <summary>
    /// Evaluates <paramref name="condition"/> as a playbook's <c>when:</c> would for the contact <paramref name="contactId"/>
    /// and their latest event, now: the same compiler, safety check and budget (see <see cref="ConditionTrial"/>).
    /// </summary>
    /// <exception cref="TrialException">The condition does not compile, or it failed while it ran.</exception>
    public (Contact Contact, ContactEvent? Event, bool Answer) TryCondition(string condition, long contactId)
    {
        var contact = Store.Contacts.Find(contactId) ?? throw new NotFoundException("contact", contactId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var latest = ConditionTrial.Latest(Store.Events.List(contactId));
        return (contact, latest, _conditions.Evaluate(condition, Store, contact, Me, Now, latest));
    }

    public void Dispose()
    {
        _conditions.Dispose();
        if (_catalog.IsValueCreated && _catalog.Value.IsCompletedSuccessfully)
        {
            _catalog.Value.Result.Dispose();
        }

        WaitForTodayAhead();
        if (_store.IsValueCreated)
        {
            _store.Value.Dispose();
        }
    }
}
