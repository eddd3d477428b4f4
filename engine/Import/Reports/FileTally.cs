using Playbook.Engine.Import.Writing;

namespace Playbook.Engine.Import.Reports;

/// <summary>Counts what a file's import does, row by row, into a <see cref="FileReport"/>.</summary>
internal sealed class FileTally(string file)
{
    private readonly Dictionary<string, int> _ignored = new(StringComparer.Ordinal);
    private readonly List<ImportSkip> _skips = [];

    public string File { get; } = file;

    public int Added { get; private set; }

    public int Updated { get; private set; }

    public int Unchanged { get; private set; }

    public long Rows { get; private set; }

    /// <summary>Meetings still to come, recorded as planned (a calendar's).</summary>
    public int Planned { get; set; }

    /// <summary>Planned meetings taken back: cancelled, or declined by the contact since (a calendar's).</summary>
    public int Withdrawn { get; set; }

    public void Count(UpsertOutcome outcome)
    {
        Rows++;
        switch (outcome)
        {
            case UpsertOutcome.Added:
                Added++;
                break;
            case UpsertOutcome.Updated:
                Updated++;
                break;
            default:
                Unchanged++;
                break;
        }
    }

    public void Ignore(string reason)
    {
        Rows++;
        _ignored[reason] = _ignored.GetValueOrDefault(reason) + 1;
    }

    public void Skip(long line, string reason)
    {
        Rows++;
        _skips.Add(new ImportSkip(File, line, reason));
    }

    /// <summary>A row of another file than the tally's (a damaged part of an export counted as one), at <paramref name="line"/>.</summary>
    public void Skip(string file, long line, string reason)
    {
        Rows++;
        _skips.Add(new ImportSkip(file, line, reason));
    }

    /// <summary>A whole file of a folder left out (one that is not of the kind being imported), with why.</summary>
    public void SkipFile(string file, string reason)
    {
        Rows++;
        _skips.Add(new ImportSkip(file, 0, reason));
    }

    public FileReport ToReport(int contactsCreated) => new()
    {
        File = File,
        Added = Added,
        Updated = Updated,
        Unchanged = Unchanged,
        Ignored = new Dictionary<string, int>(_ignored),
        ContactsCreated = contactsCreated,
        Planned = Planned,
        Withdrawn = Withdrawn,
        Skips = _skips.ToList(),
    };
}
