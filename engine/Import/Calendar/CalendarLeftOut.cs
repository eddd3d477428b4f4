namespace Playbook.Engine.Import.Calendar;

/// <summary>Why an event, or one of its attendees, brought no meeting: the reasons an import's summary counts.</summary>
internal static class CalendarLeftOut
{
    public const string Cancelled = "cancelled";
    public const string Declined = "declined by the contact";
    public const string Room = "room or resource";
    public const string Stranger = "attendee not a contact";
    public const string Owner = "the owner";
    public const string AllDayAlone = "all-day with nobody";
    public const string Nobody = "nobody invited";
}
