namespace Playbook.Engine.Events;

/// <summary>Which way an event went, seen from the owner of the store.</summary>
public static class Directions
{
    /// <summary>Towards the user: an invitation or message received.</summary>
    public const string In = "in";

    /// <summary>From the user: an invitation or message sent.</summary>
    public const string Out = "out";
}
