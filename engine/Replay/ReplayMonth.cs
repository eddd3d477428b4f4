namespace Playbook.Engine.Replay;

/// <summary>How many drafts a replay wrote in one month (UTC).</summary>
/// <param name="Month">The month, as <c>YYYY-MM</c>.</param>
/// <param name="Drafts">Drafts written in it.</param>
internal sealed record ReplayMonth(string Month, int Drafts);
