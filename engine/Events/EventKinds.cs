namespace Playbook.Engine.Events;

/// <summary>The kinds of event the store records.</summary>
public static class EventKinds
{
    public const string InvitationReceived = "invitation.received";
    public const string InvitationSent = "invitation.sent";
    public const string MessageReceived = "message.received";
    public const string MessageSent = "message.sent";
    public const string Meeting = "meeting";
    public const string Collaboration = "collaboration";
    public const string Note = "note";
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
