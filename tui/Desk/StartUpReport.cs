using Playbook.Engine.Runtime;

namespace Playbook.Tui.Desk;

/// <summary>What the desk's start-up did: the waits that were over woken, then the playbooks run on pending events.</summary>
/// <param name="Dispatched">The run over pending events (an import from the command line, an invitation logged by hand).</param>
/// <param name="Ticked">The tick: follow-ups whose wait was over, schedules that were due.</param>
internal sealed record StartUpReport(RunReport Dispatched, RunReport Ticked)
{
    /// <summary>One line for the message bar: <c>2 new draft(s) and 0 task(s) for pending events; 1 new draft(s) and 0 task(s) fell due</c>.</summary>
    public string Summary()
    {
        var fresh = Dispatched.Drafts == 0 && Dispatched.Tasks == 0 ? null : $"{Dispatched.Drafts} new draft(s) and {Dispatched.Tasks} task(s) for pending events";
        var due = Ticked.Drafts == 0 && Ticked.Tasks == 0 ? "nothing new fell due" : $"{Ticked.Drafts} new draft(s) and {Ticked.Tasks} task(s) fell due";
        return fresh is null ? due : $"{fresh}; {due}";
    }
}
