using System.Globalization;
using Playbook.Engine.Runs;

namespace Playbook.Tui.Views;

/// <summary>One line of the Today screen.</summary>
internal sealed record TodayRow(string Kind, string Contact, long ContactId, string Summary, string Detail)
{
    public Draft? Draft { get; init; }

    /// <summary>A draft listed but not read yet: read when the table first draws it.</summary>
    public bool IsUnread { get; init; }

    /// <summary>Whether <see cref="Detail"/> says why the draft says what it says (its analysis is read when it is first shown).</summary>
    public bool WhyRead { get; init; } = true;

    /// <summary>A welcome whose contact has no profile read yet: worth a look (F6 opens it, P reads it in).</summary>
    public bool ProfileToRead { get; init; }

    public Reminder? Task { get; init; }

    /// <summary>The received message a reply row shows.</summary>
    public Engine.Events.ContactEvent? Reply { get; init; }

    /// <summary>What the reply asked for, in a few words (<c>back 14 Dec</c>, <c>later: January</c>, <c>→ Marta Vidal</c>), or empty.</summary>
    public string Asked { get; init; } = "";

    /// <summary>The open tasks the reply asked for.</summary>
    public IReadOnlyList<Reminder> AskedTasks { get; init; } = [];

    public static TodayRow ForTask(Reminder task, string contact, DateTimeOffset now)
    {
        var due = task.DueAt.UtcDateTime.Date > now.UtcDateTime.Date ? " · due " + task.DueAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "";
        return new TodayRow(task.DueAt < now ? "overdue" : "task", contact, task.ContactId, task.Text + due, task.Text + due) { Task = task };
    }

    public static TodayRow ForReply(string kind, Engine.Events.ContactEvent reply, string contact, IReadOnlyList<Reminder>? tasks)
    {
        var asked = Presentation.ReplyAsked.Note(reply);
        var detail = $"{reply.At.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} ({reply.Classification})\n\n{reply.Body}";
        if (asked.Length > 0)
        {
            detail += "\n\n" + string.Join("\n", Lines(reply, tasks ?? []));
        }

        return new TodayRow(kind, contact, reply.ContactId, $"{reply.Classification ?? "reply"}: {(reply.Body ?? "").ReplaceLineEndings(" ")}", detail)
        {
            Reply = reply,
            Asked = asked,
            AskedTasks = tasks ?? [],
        };
    }

    /// <summary>What the reply asked for in full, and the tasks it asked for, under the reply.</summary>
    private static IEnumerable<string> Lines(Engine.Events.ContactEvent reply, IReadOnlyList<Reminder> tasks)
    {
        if (reply.FollowUpOn is { } day)
        {
            var date = day.ToString("ddd yyyy-MM-dd", CultureInfo.InvariantCulture);
            yield return reply.Classification == "auto" ? $"away: back on {date}" : $"later: write again on {date}";
        }

        if (reply.Referral is { } referral)
        {
            yield return referral.Length == 0 ? "referral: someone, without a name (r adds them)" : $"referral: {referral} (r opens or adds them)";
        }

        foreach (var task in tasks)
        {
            yield return $"task: {task.Text}, due {task.DueAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} (t goes to it)";
        }
    }

    public static TodayRow ForDraft(string kind, Draft draft, string contact)
    {
        var why = Presentation.DraftWhy.Lines(draft) is { Count: > 0 } lines ? "\n\n" + string.Join("\n", lines) : "";
        var size = draft.Limit is { } limit ? $" · {draft.Length}/{limit}" : "";
        return new TodayRow(kind, contact, draft.ContactId, draft.Body.ReplaceLineEndings(" "),
            $"{draft.Playbook} · {draft.Step} · {draft.Channel}{size}\n\n{draft.Body}{why}") { Draft = draft, WhyRead = draft.Analysis is not null };
    }

    /// <summary>A draft of <paramref name="kind"/> listed, to be read when shown.</summary>
    public static TodayRow Unread(string kind) => new(kind, "", 0, "…", "") { IsUnread = true };
}
