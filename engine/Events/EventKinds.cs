namespace Playbook.Engine.Events;

/// <summary>The kinds of event the store records.</summary>
public static class EventKinds
{
    /// <summary>Someone invited the user to connect.</summary>
    public const string InvitationReceived = "invitation.received";

    /// <summary>The user invited someone to connect.</summary>
    public const string InvitationSent = "invitation.sent";

    /// <summary>A message from the contact.</summary>
    public const string MessageReceived = "message.received";

    /// <summary>A message from the user, such as a draft marked sent.</summary>
    public const string MessageSent = "message.sent";

    /// <summary>A meeting or call with the contact.</summary>
    public const string Meeting = "meeting";

    /// <summary>Work together began: a client, a collaborator, a job.</summary>
    public const string Collaboration = "collaboration";

    /// <summary>A note the user logged about the contact.</summary>
    public const string Note = "note";

    /// <summary>The contact was created by an import (recorded once).</summary>
    public const string ContactImported = "contact.imported";

    /// <summary>Every kind, in the order the documentation lists them.</summary>
    public static IReadOnlyList<string> All { get; } =
        [InvitationReceived, InvitationSent, MessageReceived, MessageSent, Meeting, Collaboration, Note, ContactImported];

    /// <summary>The kinds a person may log by hand with <c>event add</c>.</summary>
    public static IReadOnlyList<string> Loggable { get; } =
        [InvitationReceived, InvitationSent, MessageReceived, MessageSent, Meeting, Collaboration, Note];

    /// <summary>The direction of an event of <paramref name="kind"/>: <c>in</c>, <c>out</c> or null.</summary>
    public static string? DirectionOf(string kind) => kind switch
    {
        InvitationReceived or MessageReceived => Directions.In,
        InvitationSent or MessageSent => Directions.Out,
        _ => null,
    };
}
