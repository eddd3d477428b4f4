using System.Globalization;
using Playbook.Engine.Runtime.Why;

namespace Playbook.Tui.Presentation;

/// <summary>
/// <c>playbook why</c> as text, the same on the command line and under the desk's Contact screen: each event with, under
/// it, each playbook that starts on its kind and what it did or why not (with the values a false <c>when</c> read), the
/// schedules, then where each run stands.
/// </summary>
internal static class WhyText
{
    public static void Write(TextWriter output, ContactWhy why)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{why.Contact.FullName} (contact {why.Contact.Id}), at {RuntimeText.Instant(why.Now)}"));
        var width = Math.Max(12, why.Verdicts.Select(v => v.Playbook?.Length ?? 1).DefaultIfEmpty(0).Max());
        foreach (var group in why.Verdicts.Where(v => v.Event is not null).GroupBy(v => v.Event!.Id))
        {
            var e = group.First().Event!;
            output.WriteLine();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{e.Kind} {RuntimeText.Instant(e.At)} (event {e.Id}{(group.First().Age is { } age && age >= TimeSpan.Zero ? $", {Ago(age)}" : "")})"));
            foreach (var verdict in group)
            {
                WriteVerdict(output, verdict, width);
            }
        }

        var schedules = why.Verdicts.Where(v => v.Event is null).ToList();
        if (schedules.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("schedules");
            foreach (var verdict in schedules)
            {
                WriteVerdict(output, verdict, width);
            }
        }

        output.WriteLine();
        if (why.Runs.Count == 0)
        {
            output.WriteLine("runs: none");
        }
        else
        {
            output.WriteLine("runs");
            foreach (var standing in why.Runs)
            {
                var run = standing.Run;
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  run {run.Id} ({run.Playbook}{(run.EventId is { } id ? $", event {id}" : ", schedule")}): {standing.Reason}"));
            }
        }

        foreach (var note in why.Notes)
        {
            output.WriteLine($"note: {note}");
        }
    }

    /// <summary>The whole text, for a screen.</summary>
    public static string Of(ContactWhy why)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(writer, why);
        return writer.ToString();
    }

    private static void WriteVerdict(TextWriter output, WhyVerdict verdict, int width)
    {
        var indent = new string(' ', width + 4);
        output.WriteLine($"  {(verdict.Playbook ?? "-").PadRight(width)}  {verdict.Outcome}: {verdict.Reason}");
        foreach (var reading in verdict.Readings)
        {
            output.WriteLine($"{indent}{reading.Expression} = {reading.Value}");
        }
    }

    private static string Ago(TimeSpan age) => age.TotalDays >= 1
        ? RuntimeText.Count((int)Math.Floor(age.TotalDays), "day") + " ago"
        : RuntimeText.Count((int)Math.Floor(age.TotalHours), "hour") + " ago";
}
