using System.Globalization;
using Playbook.Engine.Catalog;
using Playbook.Engine.Import.Profiles;
using Playbook.Engine.Import.Writing;
using Playbook.Engine.Problems;
using Playbook.Engine.Runs;
using Playbook.Engine.Runtime;
using Playbook.Engine.Store;

namespace Playbook.Engine.Testing;

/// <summary>
/// One test, run: a throwaway store in memory with the file's contacts and the test's events, the runtime over it
/// with the file's me-profile, and the steps taken one by one on the virtual clock, each followed by its checks.
/// </summary>
internal sealed class TestSession : IDisposable
{
    private readonly PlaybookTestFile _file;
    private readonly VirtualClock _clock;
    private readonly ContactStore _store;
    private readonly PlaybookRuntime _runtime;
    private readonly Dictionary<string, long> _ids = new(StringComparer.Ordinal);
    private readonly List<TestFailure> _failures = [];

    private TestSession(PlaybookTestFile file, PlaybookTestCase test, PlaybookCatalog catalog, VirtualClock clock, TestRunOptions options)
    {
        _file = file;
        _clock = clock;
        clock.Set(test.Start);
        _store = ContactStore.InMemory($"{file.File}: test '{test.Name}'", clock);
        try
        {
            if (options.Replies is not null || options.Conversations is not null)
            {
                _store.UseSettings(
                    options.Replies ?? (() => Analysis.Replies.ReplyClassifier.BuiltIn),
                    options.Conversations ?? (() => Analysis.Replies.ConversationSettings.Default));
            }

            _runtime = new PlaybookRuntime(_store, catalog, new RuntimeSettings { Me = file.Me, Limits = options.Limits });
        }
        catch
        {
            _store.Dispose();
            throw;
        }
    }

    /// <summary>Runs <paramref name="test"/> of <paramref name="file"/> with the playbooks of <paramref name="catalog"/>.</summary>
    public static TestResult Run(PlaybookTestFile file, PlaybookTestCase test, PlaybookCatalog catalog, VirtualClock clock, TestRunOptions options)
    {
        using var session = new TestSession(file, test, catalog, clock, options);
        session.Arrange(test);
        foreach (var step in test.Steps)
        {
            session.Take(step);
        }

        return new TestResult(test.Name, file.File, test.At.Line, test.At.Column, session._failures);
    }

    public void Dispose() => _store.Dispose();

    private void Arrange(PlaybookTestCase test)
    {
        _store.InTransaction(transaction =>
        {
            using var writer = new ContactWriter(_store.Connection, transaction, "test", _clock.GetUtcNow());
            foreach (var contact in _file.Contacts)
            {
                var (id, _) = writer.Upsert(contact.Facts, DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime));
                _ids[contact.Key] = id;
            }

            writer.Complete();
            return 0;
        });
        foreach (var contact in _file.Contacts.Where(c => c.Profile is not null))
        {
            new ProfileImporter(_store).ReadInto(_ids[contact.Key], contact.Profile!, _file.File);
        }

        foreach (var added in test.Events.OrderBy(e => e.At))
        {
            _store.Events.Add(_ids[added.Contact], added.Kind, added.At, added.Body, added.Channel);
        }
    }

    private void Take(TestStep step)
    {
        if (step.After is { } after)
        {
            _clock.Advance(after);
        }
        else if (step.At is { } at)
        {
            _clock.Set(at);
        }

        var draftsBefore = _store.Drafts.Ids(DraftStatuses.Pending).Concat(_store.Drafts.Ids(DraftStatuses.Sent)).Concat(_store.Drafts.Ids(DraftStatuses.Discarded)).ToHashSet();
        var tasksBefore = _store.Tasks.List(includeDone: true).Select(t => t.Id).ToHashSet();
        RunReport? report = null;
        try
        {
            report = Act(step);
        }
        catch (Exception e) when (e is RuntimeException or NotFoundException or ArgumentException or StoreException or ProfileException)
        {
            Fail(step.ActionAt ?? step.Where, $"the step '{step.Action}' failed: {e.Message}");
            return;
        }

        if (report is not null && step.Expect?.Runs.Any(r => r.State?.Value == RunStates.Failed) != true)
        {
            foreach (var failure in report.Failures)
            {
                Fail(step.ActionAt ?? step.Where, $"run {failure.RunId} of {failure.Playbook} for {KeyOf(failure.ContactId)} failed at step '{failure.Step}': {failure.Reason}");
            }
        }

        if (step.Expect is not { } expect)
        {
            return;
        }

        var checks = new TestChecks(this);
        if (expect.Drafts is { } drafts)
        {
            checks.Drafts(drafts, expect.DraftsAt!, [.. _store.Drafts.List(status: null).Where(d => !draftsBefore.Contains(d.Id))]);
        }

        if (expect.Tasks is { } tasks)
        {
            checks.Tasks(tasks, expect.TasksAt!, [.. _store.Tasks.List(includeDone: true).Where(t => !tasksBefore.Contains(t.Id))]);
        }

        foreach (var contact in expect.Contacts)
        {
            checks.Contact(contact, _store.Contacts.Find(_ids[contact.Contact.Value])!);
        }

        foreach (var run in expect.Runs)
        {
            checks.Run(run, _store.Runs.List(run.Playbook.Value, contactId: run.Contact is { } c ? _ids[c.Value] : null));
        }
    }

    private RunReport? Act(TestStep step)
    {
        switch (step.Action)
        {
            case TestActions.Run:
                return _runtime.Run(new RunRequest { Playbooks = step.Playbooks });
            case TestActions.Tick:
                return _runtime.Tick();
            case TestActions.Sent or TestActions.Discard when step.Draft is { } selector:
                if (Pending(selector) is { } draft)
                {
                    _ = step.Action == TestActions.Sent ? _runtime.MarkSent(draft.Id) : _runtime.Discard(draft.Id);
                }

                return null;
            case TestActions.Event or TestActions.Reply when step.Event is { } logged:
                _store.Events.Add(_ids[logged.Contact], logged.Kind, null, logged.Body, logged.Channel);
                return null;
            default:
                return null;
        }
    }

    /// <summary>The one pending draft <paramref name="selector"/> picks; none or several is a failure at the selector.</summary>
    private Draft? Pending(DraftSelector selector)
    {
        var pending = _store.Drafts.List(DraftStatuses.Pending);
        var matching = pending
            .Where(d => (selector.Playbook is null || d.Playbook == selector.Playbook)
                && (selector.Step is null || d.Step == selector.Step)
                && (selector.Contact is null || d.ContactId == _ids[selector.Contact]))
            .ToList();
        if (matching.Count == 1)
        {
            return matching[0];
        }

        Fail(selector.At, matching.Count == 0
            ? $"no pending draft is {selector.Describe()}; {Pending(pending)}"
            : string.Create(CultureInfo.InvariantCulture, $"{matching.Count} pending drafts are {selector.Describe()} ({string.Join(", ", matching.Select(Describe))}); name its playbook, step or contact"));
        return null;
    }

    private string Pending(IReadOnlyList<Draft> pending) =>
        pending.Count == 0 ? "there is none pending" : $"pending: {string.Join(", ", pending.Select(Describe))}";

    /// <summary>The test's name for the contact <paramref name="id"/>.</summary>
    internal string KeyOf(long id) =>
        _ids.FirstOrDefault(p => p.Value == id).Key ?? id.ToString(CultureInfo.InvariantCulture);

    internal long IdOf(string key) => _ids[key];

    internal DateTimeOffset Now => _clock.GetUtcNow();

    /// <summary><c>welcome/nudge for maria</c>.</summary>
    internal string Describe(Draft draft) => $"{draft.Playbook}/{draft.Step} for {KeyOf(draft.ContactId)}";

    internal void Fail(SourceLocation at, string message, string? expected = null, string? actual = null) =>
        _failures.Add(new TestFailure(at.File, at.Line, at.Column, message) { Expected = expected, Actual = actual });
}
