namespace Playbook.Engine.Events;

/// <summary>Which way an event went, seen from the owner of the store.</summary>
public static class Directions
{
    public const string In = "in";
    public const string Out = "out";
}
