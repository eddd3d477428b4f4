using System.Globalization;
using Playbook.Engine.Runs;

namespace Playbook.Tui.Presentation;

/// <summary>How the runtime's commands say instants, counts, sizes and what a run does next, the same way everywhere.</summary>
internal static class RuntimeText
{
    /// <summary>An instant in UTC to the minute, as the journal says it: <c>2026-11-30 08:00Z</c>.</summary>
    public static string Instant(DateTimeOffset at) =>
        at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture);

    /// <summary><c>1 draft</c>, <c>15 drafts</c>.</summary>
    public static string Count(int count, string one, string? many = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? one : many ?? one + "s")}");

    /// <summary>A draft's length against its channel's limit: <c>199 of 8000 characters</c>, and how much to cut when it is over.</summary>
    public static string Size(Draft draft) => draft.Limit is { } limit
        ? string.Create(CultureInfo.InvariantCulture, $"{draft.Length} of {limit} characters")
          + (draft.IsOverLimit ? string.Create(CultureInfo.InvariantCulture, $", TOO LONG: cut {draft.Length - limit}") : "")
        : string.Create(CultureInfo.InvariantCulture, $"{draft.Length} characters");

    /// <summary>Where a run stands, as a sentence's end: <c>waits until 2026-12-07 08:00Z</c>, <c>is done</c>, ...</summary>
    public static string Standing(Run run) => run.State switch
    {
        RunStates.Waiting when run.WakeAt is { } wake => $"waits until {Instant(wake)}",
        RunStates.Waiting when run.HeldBy is { } draft => string.Create(CultureInfo.InvariantCulture, $"waits for draft {draft}"),
        RunStates.Waiting => "waits",
        RunStates.Running => $"is running, at step '{run.Step}'",
        RunStates.Done => "is done",
        RunStates.Stopped => run.Reason is null ? "stopped" : $"stopped: {run.Reason}",
        RunStates.Failed => run.Reason is null ? "failed" : $"failed: {run.Reason}",
        _ => $"is {run.State}",
    };

    /// <summary>A run's version (its playbook file's SHA-256) cut to the 12 characters people compare.</summary>
    public static string Version(string version) => version.Length > 12 ? version[..12] : version;
}
