namespace Playbook.Engine.Store;

/// <summary>The orders <see cref="ContactQueries.SearchIds"/> lists contacts in.</summary>
public static class ContactOrder
{
    /// <summary>By name.</summary>
    public const string Name = "name";

    /// <summary>By company, then name.</summary>
    public const string Company = "company";

    /// <summary>By stage, in the order relationships move, then name.</summary>
    public const string Stage = "stage";

    /// <summary>By tags, then name.</summary>
    public const string Tags = "tags";

    /// <summary>Every order, as the desk cycles through them.</summary>
    public static IReadOnlyList<string> All { get; } = [Name, Company, Stage, Tags];
}
