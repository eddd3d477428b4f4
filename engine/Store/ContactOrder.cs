namespace Playbook.Engine.Store;

/// <summary>The orders <see cref="ContactQueries.SearchIds"/> lists contacts in.</summary>
public static class ContactOrder
{
    public const string Name = "name";
    public const string Company = "company";
    public const string Stage = "stage";
    public const string Tags = "tags";

    public static IReadOnlyList<string> All { get; } = [Name, Company, Stage, Tags];
}
