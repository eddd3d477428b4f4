using Playbook.Engine.Contacts;
using Playbook.Engine.Templates;

namespace Playbook.Engine.Runtime;

/// <summary>What the runtime needs besides the store and the playbooks: the me-profile and the channels' limits.</summary>
public sealed record RuntimeSettings
{
    /// <summary>The user's me-profile, with <c>config.yaml</c> laid over it: templates and conditions read it.</summary>
    public required MeProfile Me { get; init; }

    /// <summary>The length limits drafts are measured against.</summary>
    public ChannelLimits Limits { get; init; } = ChannelLimits.Default;

    /// <summary>
    /// How many working days (Monday to Friday) after an out-of-office's return date a wait ends
    /// (<c>replies: back_after_working_days</c> in <c>config.yaml</c>).
    /// </summary>
    public int BackAfterWorkingDays { get; init; } = 2;

    /// <summary>
    /// How many runs share one transaction. Each step is still all-or-nothing (a savepoint); a crash loses at most
    /// the uncommitted batch, which the next command redoes.
    /// </summary>
    public int BatchSize { get; init; } = 500;
}
