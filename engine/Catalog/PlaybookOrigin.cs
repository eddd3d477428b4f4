namespace Playbook.Engine.Catalog;

/// <summary>Where a playbook in a <see cref="PlaybookSet"/> comes from.</summary>
public enum PlaybookOrigin
{
    /// <summary>Shipped with Playbook (<c>playbooks/</c>, embedded in the executable).</summary>
    BuiltIn,

    /// <summary>The user's own playbooks folder (<c>--playbooks</c>).</summary>
    User,
}
