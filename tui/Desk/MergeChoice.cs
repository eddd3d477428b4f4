using Playbook.Engine.Contacts;

namespace Playbook.Tui.Desk;

/// <summary>
/// Two contacts that may be one person, as the Contacts screen lists them: the one a merge keeps (the first), the one it
/// folds in, and why they are listed, in words (the column the screen shows and the line its confirmation reads).
/// </summary>
internal sealed record MergeChoice(Contact Keep, Contact Merge, string Evidence)
{
    /// <summary>The same pair the other way round: the second is kept.</summary>
    public MergeChoice Swapped => this with { Keep = Merge, Merge = Keep };
}
