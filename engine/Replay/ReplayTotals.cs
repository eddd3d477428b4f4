namespace Playbook.Engine.Replay;

/// <summary>What one playbook produced over a replay, counted from the throwaway store at the end.</summary>
/// <param name="Playbook">The playbook's name.</param>
/// <param name="Runs">Runs started.</param>
/// <param name="Drafts">Drafts written (each taken as sent when written).</param>
/// <param name="Tasks">Tasks created.</param>
/// <param name="EndedByReply">Runs a reply from the contact ended during a wait.</param>
/// <param name="Done">Runs that ended (including those a reply ended).</param>
/// <param name="Waiting">Runs still waiting at the end of the export's history.</param>
/// <param name="Stopped">Runs stopped early.</param>
/// <param name="Failed">Runs that failed.</param>
internal sealed record ReplayTotals(string Playbook, int Runs, int Drafts, int Tasks, int EndedByReply, int Done, int Waiting, int Stopped, int Failed);
