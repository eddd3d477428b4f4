using System.Globalization;
using Playbook.Engine.Catalog;
using Playbook.Engine.Configuration;
using Playbook.Engine.Events;
using Playbook.Engine.Import;
using Playbook.Engine.Import.Reports;
using Playbook.Engine.Playbooks;
using Playbook.Engine.Runs;
using Playbook.Engine.Runtime;
using Playbook.Engine.Store;

namespace Playbook.Engine.Replay;

/// <summary>
/// Replays a past LinkedIn export: imports it into a throwaway store in a temp folder (deleted afterwards, whatever
/// happens), then runs the playbooks over its history in time order, as of each day, and counts what they produced.
/// The runtime runs once at midnight (UTC) after every day that has an event a selected playbook is triggered by, or a
/// reply, and after every day a wait ends; each draft is taken as sent when written, so waits count from then and a
/// real reply in the export ends them. The last pass is at midnight after the newest such event: never later.
/// </summary>
internal sealed class ReplayRunner(PlaybookCatalog catalog, PlaybookConfig config, TimeProvider clock)
{
    /// <summary>Replays the export at <paramref name="path"/> through <paramref name="playbooks"/> (every enabled one when empty).</summary>
    /// <exception cref="ImportException">The path is missing, not a zip, or holds no file of a LinkedIn export.</exception>
    /// <exception cref="RuntimeException">A playbook named is not loaded, or has problems.</exception>
    public ReplayReport Replay(
        string path,
        IReadOnlyList<string> playbooks,
        IProgress<ImportProgress>? importProgress = null,
        IProgress<BatchProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(playbooks);
        var selected = PlaybookRuntime.Select(catalog, playbooks);
        var folder = Directory.CreateTempSubdirectory("playbook-replay-");
        try
        {
            var replayClock = new ReplayClock(clock.GetUtcNow());
            using var store = ContactStore.Open(Path.Combine(folder.FullName, "replay.db"), replayClock);
            var import = new Importer(store).Import(new ImportRequest(ExportKind.LinkedIn, [path]), importProgress, cancellationToken);
            var runtime = PlaybookRuntime.Create(store, catalog, config);
            var request = new RunRequest { Playbooks = [.. selected.Select(p => p.Name)] };
            var moments = EventMoments(store, selected);
            List<DateTimeOffset> days = [.. moments.Select(PassAfter).Distinct().Order()];
            var passes = Walk(store, runtime, replayClock, request, selected, days, progress, cancellationToken);
            return Count(store, import, selected, days, passes) with
            {
                Since = moments.Count > 0 ? moments.Min() : null,
                Until = moments.Count > 0 ? moments.Max() : null,
            };
        }
        finally
        {
            DeleteQuietly(folder);
        }
    }

    /// <summary>The midnight (UTC) at or after <paramref name="instant"/>: when the pass that sees it runs.</summary>
    internal static DateTimeOffset PassAfter(DateTimeOffset instant)
    {
        var utc = instant.ToUniversalTime();
        var midnight = new DateTimeOffset(utc.Date, TimeSpan.Zero);
        return midnight == utc ? midnight : midnight.AddDays(1);
    }

    private static int Walk(
        ContactStore store,
        PlaybookRuntime runtime,
        ReplayClock replayClock,
        RunRequest request,
        IReadOnlyList<PlaybookDefinition> selected,
        List<DateTimeOffset> days,
        IProgress<BatchProgress>? progress,
        CancellationToken cancellationToken)
    {
        if (days.Count == 0)
        {
            return 0;
        }

        var horizon = days[^1];
        var schedules = selected.Any(p => p.IsSchedule);
        var next = 0;
        var passes = 0;
        DateTimeOffset? last = null;
        progress?.Report(new BatchProgress(0, days.Count));
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            DateTimeOffset? day = next < days.Count ? days[next] : null;
            var wake = NextWake(store, selected, last);
            var at = (day, wake) switch
            {
                ({ } d, { } w) => d < w ? d : w,
                ({ } d, null) => d,
                (null, { } w) => w,
                _ => (DateTimeOffset?)null,
            };
            if (at is not { } now || now > horizon)
            {
                return passes;
            }

            replayClock.Set(now);
            runtime.Run(request, cancellationToken: cancellationToken);
            if (schedules)
            {
                // Only a tick starts a schedule's runs.
                runtime.Tick(cancellationToken: cancellationToken);
            }

            SendPending(store, runtime);
            passes++;
            last = now;
            while (next < days.Count && days[next] <= now)
            {
                next++;
            }

            progress?.Report(new BatchProgress(next, days.Count));
        }
    }

    /// <summary>Takes every pending draft as sent when it was written, until none is left (a release may write the next).</summary>
    private static void SendPending(ContactStore store, PlaybookRuntime runtime)
    {
        for (var pending = store.Drafts.List(); pending.Count > 0; pending = store.Drafts.List())
        {
            foreach (var draft in pending)
            {
                runtime.MarkSent(draft.Id, draft.CreatedAt);
            }
        }
    }

    /// <summary>The pass after the earliest wait of a selected playbook that ends after <paramref name="last"/>, or null.</summary>
    private static DateTimeOffset? NextWake(ContactStore store, IReadOnlyList<PlaybookDefinition> selected, DateTimeOffset? last)
    {
        DateTimeOffset? earliest = null;
        foreach (var playbook in selected)
        {
            foreach (var run in store.Runs.List(playbook.Name, RunStates.Waiting))
            {
                if (run.WakeAt is { } wakeAt && (last is null || wakeAt > last) && (earliest is null || wakeAt < earliest))
                {
                    earliest = wakeAt;
                }
            }
        }

        return earliest is { } wake ? PassAfter(wake) : null;
    }

    /// <summary>When the export's events that call for a pass happened: those of a selected playbook's trigger, and replies.</summary>
    private static List<DateTimeOffset> EventMoments(ContactStore store, IReadOnlyList<PlaybookDefinition> selected)
    {
        var kinds = selected.Where(p => !p.IsSchedule).Select(p => p.Trigger).Append(EventKinds.MessageReceived).ToHashSet(StringComparer.Ordinal);
        return [.. kinds.SelectMany(kind => store.Events.List(kind: kind)).Select(e => e.At)];
    }

    private static ReplayReport Count(ContactStore store, ImportReport import, IReadOnlyList<PlaybookDefinition> selected, List<DateTimeOffset> days, int passes)
    {
        var names = selected.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var drafts = store.Drafts.List(status: null).Where(d => names.Contains(d.Playbook)).ToList();
        var tasks = store.Tasks.List(includeDone: true).Where(t => t.Playbook is { } p && names.Contains(p)).ToList();
        var totals = new List<ReplayTotals>();
        foreach (var playbook in selected)
        {
            var runs = store.Runs.List(playbook.Name);
            var done = runs.Where(r => r.State == RunStates.Done).ToList();
            totals.Add(new ReplayTotals(
                playbook.Name,
                runs.Count,
                drafts.Count(d => d.Playbook == playbook.Name),
                tasks.Count(t => t.Playbook == playbook.Name),
                done.Count(r => EndedByReply(store.Runs.Journal(r.Id))),
                done.Count,
                runs.Count(r => r.State == RunStates.Waiting),
                runs.Count(r => r.State == RunStates.Stopped),
                runs.Count(r => r.State == RunStates.Failed)));
        }

        var contacts = new Dictionary<long, string>();
        string Name(long id)
        {
            if (!contacts.TryGetValue(id, out var name))
            {
                name = store.Contacts.Find(id)?.FullName ?? id.ToString(CultureInfo.InvariantCulture);
                contacts[id] = name;
            }

            return name;
        }

        return new ReplayReport
        {
            Import = import,
            Playbooks = [.. selected.Select(p => p.Name)],
            From = days.Count > 0 ? days[0] : null,
            To = days.Count > 0 ? days[^1] : null,
            Passes = passes,
            Totals = totals,
            Months = [.. drafts
                .GroupBy(d => d.CreatedAt.ToUniversalTime().ToString("yyyy-MM", CultureInfo.InvariantCulture), StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new ReplayMonth(g.Key, g.Count()))],
            Drafts = [.. drafts.Select(d => new ReplayDraft(d.ContactId, Name(d.ContactId), d.Playbook, d.Step, d.CreatedAt, d.Language, d.Body))],
        };
    }

    /// <summary>Whether the run's wait was ended by a reply: the runtime journals the reply when it wakes the run for it.</summary>
    private static bool EndedByReply(IReadOnlyList<JournalEntry> journal) =>
        journal.Any(e => e.Action == JournalActions.Woke && e.Message.Contains(" replied on ", StringComparison.Ordinal));

    private static void DeleteQuietly(DirectoryInfo folder)
    {
        try
        {
            folder.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is the OS's to clean; it must not hide the replay's own outcome.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
