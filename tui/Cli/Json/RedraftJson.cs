using Playbook.Engine.Runtime;

namespace Playbook.Tui.Cli;

/// <summary>A pending draft that new knowledge wrote again (<c>rewritten</c>) or left as the person edited it.</summary>
internal sealed record RedraftJson(long DraftId, long ContactId, bool Rewritten, string Message)
{
    public static RedraftJson From(RedraftOutcome o) => new(o.DraftId, o.ContactId, o.Rewritten, o.Message);
}
