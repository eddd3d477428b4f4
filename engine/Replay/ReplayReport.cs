using Playbook.Engine.Import.Reports;

namespace Playbook.Engine.Replay;

/// <summary>What playbooks would have produced over a past export, replayed in a throwaway store.</summary>
internal sealed record ReplayReport
{
    /// <summary>The import of the export into the throwaway store (files, skips, failures).</summary>
    public required ImportReport Import { get; init; }

    /// <summary>The playbooks replayed, by name.</summary>
    public required IReadOnlyList<string> Playbooks { get; init; }

    /// <summary>The oldest event replayed (of a selected playbook's trigger, or a reply), or null when there is none.</summary>
    public DateTimeOffset? Since { get; init; }

    /// <summary>The newest event replayed; the replay stops at the midnight (UTC) after it.</summary>
    public DateTimeOffset? Until { get; init; }

    /// <summary>The clock of the first pass, or null when the export has no event any playbook reacts to.</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>The clock of the last pass: midnight after the newest such event; the replay never runs past it.</summary>
    public DateTimeOffset? To { get; init; }

    /// <summary>How many times the runtime ran: once per day with such events, and once per day a wait ended.</summary>
    public int Passes { get; init; }

    /// <summary>The figures per playbook, in the order of <see cref="Playbooks"/>.</summary>
    public required IReadOnlyList<ReplayTotals> Totals { get; init; }

    /// <summary>Drafts per month, oldest first; months without a draft are left out.</summary>
    public required IReadOnlyList<ReplayMonth> Months { get; init; }

    /// <summary>Every draft, in the order written.</summary>
    public required IReadOnlyList<ReplayDraft> Drafts { get; init; }
}
