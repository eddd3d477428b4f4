namespace Playbook.Engine.Import;

/// <summary>What writing one person's facts did to the store.</summary>
internal enum UpsertOutcome
{
    Added,
    Updated,
    Unchanged,
}
