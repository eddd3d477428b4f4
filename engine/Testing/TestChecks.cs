using System.Globalization;
using Playbook.Engine.Contacts;
using Playbook.Engine.Problems;
using Playbook.Engine.Runs;
using Playbook.Engine.Time;

namespace Playbook.Engine.Testing;

/// <summary>
/// Compares what a step did with what the test expects, adding a failure at the expectation's place for each
/// difference: a draft or task missing or not expected, a property that differs, a tag, a stage, a run's state.
/// </summary>
internal sealed class TestChecks(TestSession session)
{
    private const int QuotedText = 240;

    /// <summary>The drafts written, matched one to one with those expected; each left over on either side is a failure.</summary>
    public void Drafts(IReadOnlyList<DraftExpectation> expected, SourceLocation listAt, IReadOnlyList<Draft> written)
    {
        var left = written.ToList();
        foreach (var draft in expected)
        {
            var exact = left.FirstOrDefault(d => IsOf(draft, d) && Differences(draft, d).Count == 0);
            var match = exact ?? left.FirstOrDefault(d => IsOf(draft, d));
            if (match is null)
            {
                session.Fail(draft.At, $"expected a draft of {draft.Describe()}; {Wrote(left, "draft", session.Describe)}", draft.Describe(), Names(left, session.Describe));
                continue;
            }

            left.Remove(match);
            foreach (var (at, message, wanted, got) in Differences(draft, match))
            {
                session.Fail(at, $"draft {session.Describe(match)}: {message}", wanted, got);
            }
        }

        if (left.Count > 0)
        {
            session.Fail(listAt, $"the step also wrote {Count(left.Count, "draft")} the test does not expect: {Names(left, session.Describe)}", expected.Count.ToString(CultureInfo.InvariantCulture), Names(written, session.Describe));
        }
    }

    /// <summary>The tasks created, matched one to one with those expected.</summary>
    public void Tasks(IReadOnlyList<TaskExpectation> expected, SourceLocation listAt, IReadOnlyList<Reminder> created)
    {
        var left = created.ToList();
        foreach (var task in expected)
        {
            var exact = left.FirstOrDefault(t => IsOf(task, t) && Differences(task, t).Count == 0);
            var match = exact ?? left.FirstOrDefault(t => IsOf(task, t));
            if (match is null)
            {
                session.Fail(task.At, $"expected a task{(task.Playbook is null ? "" : $" of {task.Playbook.Value}")}{(task.Contact is null ? "" : $" for {task.Contact.Value}")}; {Wrote(left, "task", Describe)}", null, Names(left, Describe));
                continue;
            }

            left.Remove(match);
            foreach (var (at, message, wanted, got) in Differences(task, match))
            {
                session.Fail(at, $"task {Describe(match)}: {message}", wanted, got);
            }
        }

        if (left.Count > 0)
        {
            session.Fail(listAt, $"the step also created {Count(left.Count, "task")} the test does not expect: {Names(left, Describe)}", expected.Count.ToString(CultureInfo.InvariantCulture), Names(created, Describe));
        }
    }

    public void Contact(ContactExpectation expected, Contact contact)
    {
        var name = expected.Contact.Value;
        foreach (var tag in expected.Tags.Where(t => !contact.Tags.Contains(t.Value, StringComparer.OrdinalIgnoreCase)))
        {
            session.Fail(tag.At, $"expected {name} to be tagged '{tag.Value}'; {Tags(contact)}", tag.Value, string.Join(", ", contact.Tags));
        }

        foreach (var tag in expected.NotTags.Where(t => contact.Tags.Contains(t.Value, StringComparer.OrdinalIgnoreCase)))
        {
            session.Fail(tag.At, $"expected {name} not to be tagged '{tag.Value}'; {Tags(contact)}", $"not {tag.Value}", string.Join(", ", contact.Tags));
        }

        if (expected.Stage is { } stage && stage.Value != contact.Stage)
        {
            session.Fail(stage.At, $"expected {name} at stage '{stage.Value}'; they are at '{contact.Stage}'", stage.Value, contact.Stage);
        }
    }

    /// <summary>Checks the latest of <paramref name="runs"/> (those of the playbook, for the contact when named).</summary>
    public void Run(RunExpectation expected, IReadOnlyList<Run> runs)
    {
        var whose = $"{expected.Playbook.Value}{(expected.Contact is null ? "" : $" for {expected.Contact.Value}")}";
        var latest = runs.MaxBy(r => r.Id);
        if (expected.State?.Value == RunExpectation.None)
        {
            if (latest is not null)
            {
                session.Fail(expected.State.At, $"expected no run of {whose}; there is run {latest.Id}, {Stands(latest)}", RunExpectation.None, latest.State);
            }

            return;
        }

        if (latest is null)
        {
            session.Fail(expected.At, $"expected a run of {whose}; there is none", expected.State?.Value ?? "a run", RunExpectation.None);
            return;
        }

        if (expected.State is { } state && state.Value != latest.State)
        {
            session.Fail(state.At, $"expected the run of {whose} to be {state.Value}; it is {Stands(latest)}", state.Value, latest.State);
        }

        if (expected.Step is { } step && step.Value != latest.Step)
        {
            session.Fail(step.At, $"expected the run of {whose} at step '{step.Value}'; it is {Stands(latest)}", step.Value, latest.Step ?? "(ended)");
        }

        if (expected.WakeIn is { } wake)
        {
            var due = Instants.Plus(session.Now, wake.Value);
            if (latest.WakeAt != due)
            {
                var actual = latest.WakeAt is { } at ? $"wakes in {Duration.Format(at < session.Now ? TimeSpan.Zero : at - session.Now)}" : "has no wake time";
                session.Fail(wake.At, $"expected the run of {whose} to wake in {Duration.Format(wake.Value)}; it {actual}", Duration.Format(wake.Value), actual);
            }
        }
    }

    private bool IsOf(DraftExpectation expected, Draft draft) =>
        (expected.Playbook is null || expected.Playbook.Value == draft.Playbook)
        && (expected.Step is null || expected.Step.Value == draft.Step)
        && (expected.Contact is null || session.IdOf(expected.Contact.Value) == draft.ContactId);

    private bool IsOf(TaskExpectation expected, Reminder task) =>
        (expected.Playbook is null || expected.Playbook.Value == task.Playbook)
        && (expected.Contact is null || session.IdOf(expected.Contact.Value) == task.ContactId);

    private static List<(SourceLocation At, string Message, string? Expected, string? Actual)> Differences(DraftExpectation expected, Draft draft)
    {
        var found = new List<(SourceLocation, string, string?, string?)>();
        Compare(found, expected.Template, draft.Template, "template");
        Compare(found, expected.Variant, draft.Variant, "variant");
        Compare(found, expected.Language, draft.Language, "language");
        Compare(found, expected.Channel, draft.Channel, "channel");
        Words(found, expected.Contains, expected.NotContains, draft.Body);
        return found;
    }

    private List<(SourceLocation At, string Message, string? Expected, string? Actual)> Differences(TaskExpectation expected, Reminder task)
    {
        var found = new List<(SourceLocation, string, string?, string?)>();
        Words(found, expected.Contains, [], task.Text);
        if (expected.DueIn is { } due && Instants.Plus(session.Now, due.Value) != task.DueAt)
        {
            var actual = task.DueAt >= session.Now ? $"in {Duration.Format(task.DueAt - session.Now)}" : $"{Duration.Format(session.Now - task.DueAt)} ago";
            found.Add((due.At, $"expected it due in {Duration.Format(due.Value)}; it is due {actual}", Duration.Format(due.Value), actual));
        }

        return found;
    }

    private static void Compare(List<(SourceLocation, string, string?, string?)> found, Located<string>? expected, string? actual, string what)
    {
        if (expected is not null && !string.Equals(expected.Value, actual, StringComparison.Ordinal))
        {
            found.Add((expected.At, $"expected {what} '{expected.Value}'; it is {(actual is null ? "none" : $"'{actual}'")}", expected.Value, actual));
        }
    }

    private static void Words(List<(SourceLocation, string, string?, string?)> found, IReadOnlyList<Located<string>> contains, IReadOnlyList<Located<string>> notContains, string text)
    {
        foreach (var word in contains.Where(w => !text.Contains(w.Value, StringComparison.OrdinalIgnoreCase)))
        {
            found.Add((word.At, $"expected the text to contain '{word.Value}'; it reads: {Quote(text)}", word.Value, text));
        }

        foreach (var word in notContains.Where(w => text.Contains(w.Value, StringComparison.OrdinalIgnoreCase)))
        {
            found.Add((word.At, $"expected the text not to contain '{word.Value}'; it reads: {Quote(text)}", $"not {word.Value}", text));
        }
    }

    /// <summary>The text on one line, cut short: a failure is one line.</summary>
    private static string Quote(string text)
    {
        var line = string.Join(" / ", text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return $"\"{(line.Length > QuotedText ? line[..QuotedText] + "..." : line)}\"";
    }

    private string Describe(Reminder task) => $"'{task.Text}' for {session.KeyOf(task.ContactId)}";

    private static string Stands(Run run) => run.State switch
    {
        RunStates.Waiting when run.HeldBy is { } draft => string.Create(CultureInfo.InvariantCulture, $"waiting at '{run.Step}' for draft {draft} to be sent"),
        RunStates.Waiting => $"waiting at '{run.Step}'{(run.WakeAt is { } at ? $" until {TestYaml.Instant(at)}" : "")}",
        RunStates.Running => $"running at '{run.Step}'",
        _ => run.Reason is { } reason ? $"{run.State} ({reason})" : run.State,
    };

    private static string Tags(Contact contact) =>
        contact.Tags.Count == 0 ? "they have no tags" : $"their tags are {string.Join(", ", contact.Tags)}";

    private static string Wrote<T>(IReadOnlyList<T> items, string what, Func<T, string> describe) =>
        items.Count == 0 ? $"the step wrote no other {what}" : $"the step wrote {Names(items, describe)}";

    private static string Names<T>(IEnumerable<T> items, Func<T, string> describe) =>
        items.Any() ? string.Join(", ", items.Select(describe)) : "none";

    private static string Count(int count, string what) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {what}{(count == 1 ? "" : "s")}");
}
