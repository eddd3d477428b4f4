namespace Playbook.Engine.Import.Reports;

/// <summary>What importing one file did. Rows are counted once each.</summary>
public sealed record FileReport
{
    /// <summary>The file, as named in the export.</summary>
    public required string File { get; init; }

    /// <summary>Rows that added something new to the store.</summary>
    public int Added { get; init; }

    /// <summary>Rows that changed something already stored.</summary>
    public int Updated { get; init; }

    /// <summary>Rows whose data the store already held.</summary>
    public int Unchanged { get; init; }

    /// <summary>Rows left out on purpose (hidden profiles, drafts, sponsored mail), by reason.</summary>
    public IReadOnlyDictionary<string, int> Ignored { get; init; } = new Dictionary<string, int>();

    /// <summary>Contacts this file created (people met here first).</summary>
    public int ContactsCreated { get; init; }

    /// <summary>Of a calendar's meetings, those still to come at the clock: recorded as planned, counted once they have taken place.</summary>
    public int Planned { get; init; }

    /// <summary>Of a calendar's meetings, those recorded as planned by an earlier import and taken back: cancelled since, or declined by the contact.</summary>
    public int Withdrawn { get; init; }

    /// <summary>Rows that could not be imported, with line and reason.</summary>
    public IReadOnlyList<ImportSkip> Skips { get; init; } = [];

    /// <summary>Why the whole file could not be imported, or null when it was.</summary>
    public string? Error { get; init; }

    /// <summary>Whether the file was imported (possibly with skipped rows).</summary>
    public bool Succeeded => Error is null;
}
