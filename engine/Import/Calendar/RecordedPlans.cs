using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Playbook.Engine.Import.Calendar;

/// <summary>
/// The calendar meetings an earlier import recorded before their time (planned), read once per calendar file, by
/// source key: what a calendar that moves, cancels or sees declined one of them changes. A meeting recorded after its
/// time is history and stays as it was.
/// </summary>
internal sealed class RecordedPlans
{
    private const string Prefix = "calendar|";

    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly Dictionary<string, Plan> _plans;
    private readonly Dictionary<string, List<string>> _byMeeting;

    public RecordedPlans(SqliteConnection connection, SqliteTransaction transaction)
    {
        (_connection, _transaction) = (connection, transaction);
        _plans = connection.Query<Plan>(
            "SELECT id AS Id, at_ticks AS Ticks, body AS Body, source AS Source FROM events WHERE kind = 'meeting' AND channel = 'calendar' AND created_at < at",
            transaction: transaction).ToDictionary(p => p.Source, StringComparer.Ordinal);
        _byMeeting = _plans.Keys.GroupBy(MeetingOf, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
    }

    /// <summary>The source key of a calendar meeting with a contact: the event's key (UID, and occurrence in a series) and the contact.</summary>
    public static string KeyOf(string meetingKey, long contactId) => string.Create(CultureInfo.InvariantCulture, $"{Prefix}{meetingKey}|{contactId}");

    /// <summary>
    /// Brings the planned meeting <paramref name="key"/> to the calendar's time and title: true when that changed it,
    /// false when it was so already, null when no meeting was recorded as planned under that key.
    /// </summary>
    public bool? Move(string key, DateTimeOffset start, string? summary)
    {
        if (!_plans.TryGetValue(key, out var plan))
        {
            return null;
        }

        if (plan.Ticks == start.UtcTicks && string.Equals(plan.Body, summary, StringComparison.Ordinal))
        {
            return false;
        }

        _connection.Execute(
            "UPDATE events SET at = @at, at_ticks = @ticks, body = @summary WHERE id = @id",
            new { at = Store.StoreFormat.Instant(start), ticks = start.UtcTicks, summary, id = plan.Id }, _transaction);
        (plan.Ticks, plan.Body) = (start.UtcTicks, summary);
        return true;
    }

    /// <summary>Takes back the planned meeting <paramref name="key"/> (the contact declined it); true when there was one.</summary>
    public bool Withdraw(string key)
    {
        if (!_plans.Remove(key, out var plan))
        {
            return false;
        }

        PlannedMeetings.Withdraw(_connection, _transaction, plan.Id);
        return true;
    }

    /// <summary>Takes back every contact's planned meeting of a cancelled event; how many there were.</summary>
    public int WithdrawAll(string meetingKey) =>
        _byMeeting.Remove(meetingKey, out var keys) ? keys.Count(Withdraw) : 0;

    private static string MeetingOf(string source) =>
        source.StartsWith(Prefix, StringComparison.Ordinal) && source.LastIndexOf('|') is var end && end > Prefix.Length - 1
            ? source[Prefix.Length..end]
            : source;

    private sealed class Plan
    {
        public long Id { get; set; }

        public long Ticks { get; set; }

        public string? Body { get; set; }

        public string Source { get; set; } = "";
    }
}
