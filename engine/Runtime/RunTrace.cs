using Playbook.Engine.Runs;

namespace Playbook.Engine.Runtime;

/// <summary>What one run did (or, in a dry run, would do): its journal and what it wrote.</summary>
/// <param name="Run">The run as it ended the command.</param>
/// <param name="ContactName">Its contact's name.</param>
/// <param name="Journal">Every entry it wrote during the command, in order.</param>
/// <param name="Drafts">The drafts it wrote, in full.</param>
/// <param name="Tasks">The tasks it created.</param>
public sealed record RunTrace(Run Run, string ContactName, IReadOnlyList<JournalEntry> Journal, IReadOnlyList<Draft> Drafts, IReadOnlyList<Reminder> Tasks);
