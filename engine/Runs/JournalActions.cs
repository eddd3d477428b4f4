namespace Playbook.Engine.Runs;

/// <summary>The kinds of <see cref="JournalEntry"/>.</summary>
public static class JournalActions
{
    /// <summary>The run started, for its event.</summary>
    public const string Started = "started";

    /// <summary>The contact was analysed against the me-profile: the score and its evidence.</summary>
    public const string Analysed = "analysed";

    /// <summary>A step's <c>if</c> was false.</summary>
    public const string Skipped = "skipped";

    /// <summary>A draft was written.</summary>
    public const string Drafted = "drafted";

    /// <summary>The run waits: for a draft to be sent, or until a time.</summary>
    public const string Waiting = "waiting";

    /// <summary>A wait ended, by time or by what it waited for.</summary>
    public const string Woke = "woke";

    /// <summary>A task was created.</summary>
    public const string Reminded = "reminded";

    /// <summary>Tags were added.</summary>
    public const string Tagged = "tagged";

    /// <summary>Tags were removed.</summary>
    public const string Untagged = "untagged";

    /// <summary>The contact moved to a stage.</summary>
    public const string Staged = "staged";

    /// <summary>Values were stored on the run.</summary>
    public const string Set = "set";

    /// <summary>The run's draft was marked sent or discarded.</summary>
    public const string DraftDecided = "draft";

    /// <summary>A pending draft was written again (or kept as the person edited it) because what is known of its contact changed.</summary>
    public const string Redrafted = "redrafted";

    /// <summary>The playbook changed under a waiting run.</summary>
    public const string Version = "version";

    /// <summary>The run finished.</summary>
    public const string Done = "done";

    /// <summary>The run was stopped.</summary>
    public const string Stopped = "stopped";

    /// <summary>A step failed.</summary>
    public const string Failed = "failed";
}
