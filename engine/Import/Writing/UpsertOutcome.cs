namespace Playbook.Engine.Import.Writing;

/// <summary>What writing one person's facts did to the store.</summary>
internal enum UpsertOutcome
{
    Added,
    Updated,
    Unchanged,
}
