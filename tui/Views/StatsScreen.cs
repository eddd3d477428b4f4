using System.Globalization;
using System.Text;
using Playbook.Engine.Stats;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;

namespace Playbook.Tui.Views;

/// <summary>
/// The funnel as bars: the whole, per playbook and per variant, each group's conversation rate with its count and 95%
/// interval beside the practice's baseline; then who is losing touch.
/// </summary>
internal sealed class StatsScreen : Screen
{
    private const int BarWidth = 30;
#pragma warning disable CS0618 // TextView is superseded by an editor package in 2.5 but is the multi-line view it ships.
    private readonly Terminal.Gui.Views.TextView _text = new() { X = 0, Y = 0, Width = Dim.Fill(), Height = Dim.Fill(), ReadOnly = true, WordWrap = false };
#pragma warning restore CS0618

    public StatsScreen(DeskWindow desk)
        : base(desk)
    {
        Add(_text);
        Keys = [new KeyHint(Key.F5, "Reload", Reload)];
    }

    public override string Name => "Stats";

    public override IReadOnlyList<KeyHint> Keys { get; }

    /// <summary>The text shown.</summary>
    public string Shown => _text.Text;

    public override void Reload() => Desk.Try(() =>
    {
        var store = Desk.Session.Store;
        var total = Funnel.Measure(store);
        var text = new StringBuilder();
        if (total.IsEmpty)
        {
            _text.Text = "No invitations in the store yet, so there is no funnel to show: import an export first.";
            return;
        }

        Steps(text, total.Total);
        Groups(text, "By playbook", Funnel.Measure(store, FunnelDimensions.Playbook));
        Groups(text, "By variant (A/B)", Funnel.Measure(store, FunnelDimensions.Variant));
        PlaybookDrafts(text, store);
        LosingTouchList(text);
        _text.Text = text.ToString();
    });

    private static void Steps(StringBuilder text, FunnelCounts c)
    {
        text.AppendLine("The funnel (each step: how many got at least that far)").AppendLine();
        var top = Math.Max(1, c.Invitations);
        Bar(text, "invitations", c.Invitations, top, "");
        Bar(text, "personal replies", c.PersonalReplies, top, Percent(c.ReplyRate.Rate) + " of invitations");
        Bar(text, "answered", c.Answered, top, Percent(c.AnswerRate.Rate) + " of personal replies");
        Bar(text, "  brush-offs", c.BrushOffs, top, Percent(c.BrushOffRate.Rate));
        Bar(text, "conversations", c.Conversations, top, $"{Percent(c.ConversationRate.Rate)} {Interval(c.ConversationRate)}");
        Bar(text, "meetings", c.Meetings, top, Percent(c.MeetingRate.Rate));
        Bar(text, "collaborations", c.Collaborations, top, Percent(c.CollaborationRate.Rate));
        text.AppendLine().AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"Real conversations: {Percent(c.ConversationRate.Rate)} of personal replies; the practice's baseline is about {Percent(Funnel.Baseline)}."));
        if (c.MedianTimeToFirstReply is { } median)
        {
            text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"Median time to the first answer: {median.TotalHours:0.#} h."));
        }
    }

    /// <summary>
    /// What every playbook's sent drafts led to, as <c>stats --by playbook</c> prints it; the waits are the catalog's
    /// once it has loaded (until then, the default wait).
    /// </summary>
    private void PlaybookDrafts(StringBuilder text, Engine.Store.ContactStore store)
    {
        var catalog = Desk.Session.Catalog;
        var waits = catalog.IsCompletedSuccessfully ? PlaybookOutcomes.WaitsOf(catalog.Result) : null;
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Presentation.PlaybookOutcomePrinter.Print(writer, PlaybookOutcomes.Measure(store, waits));
        text.AppendLine().Append(writer.ToString());
    }

    /// <summary>Each group's conversation rate as a bar on a 0–100% scale, the baseline marked with '|'.</summary>
    private static void Groups(StringBuilder text, string title, FunnelReport report)
    {
        text.AppendLine().AppendLine(title + ": real conversations of personal replies (| is the 10% baseline)").AppendLine();
        foreach (var group in report.Groups.Where(g => g.Counts.PersonalReplies > 0))
        {
            var rate = group.Counts.ConversationRate;
            var bar = new StringBuilder(BarOf(rate.Rate ?? 0));
            bar[(int)Math.Round(Funnel.Baseline * BarWidth)] = '|';
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"  {Clip(group.Key),-16} {bar} {Percent(rate.Rate),6} {Interval(rate),-14} {group.Counts.Conversations} of {group.Counts.PersonalReplies}"));
        }

        if (report.Comparison is { } comparison)
        {
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"  '{comparison.Best.Key}' against '{comparison.Next.Key}': {(comparison.Significant ? "a significant difference" : "not significant yet")} (p = {comparison.PValue:0.###}, Fisher's exact test)"));
        }
    }

    private void LosingTouchList(StringBuilder text)
    {
        text.AppendLine().AppendLine("Losing touch").AppendLine();
        if (!Desk.Session.Catalog.IsCompletedSuccessfully)
        {
            text.AppendLine("  (the playbooks are still loading: F5 in a moment)");
            return;
        }

        var drifting = LosingTouch.Find(Desk.Session.Store, Desk.Session.Catalog.Result, Desk.Session.Me, Desk.Session.Now);
        if (drifting.Count == 0)
        {
            text.AppendLine("  Nobody is losing touch.");
        }

        foreach (var d in drifting.Take(50))
        {
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"  {Clip(d.Contact.FullName),-24} {d.Contact.Stage,-13} last {(d.LastInteraction is { } last ? last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "never"),-10} {(int)d.Overdue.TotalDays} days overdue ({d.Playbook})"));
        }
    }

    private static void Bar(StringBuilder text, string label, int count, int top, string rate) =>
        text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"  {label,-17} {BarOf((double)count / top)} {count,7:N0}  {rate}"));

    /// <summary><paramref name="fraction"/> of the bar filled.</summary>
    private static string BarOf(double fraction)
    {
        var filled = (int)Math.Round(fraction * BarWidth);
        return new string('█', filled) + new string('·', BarWidth - filled);
    }

    private static string Percent(double? rate) => Presentation.FunnelPrinter.Percent(rate);

    private static string Interval(Proportion rate) => Presentation.FunnelPrinter.Interval(rate) is { Length: > 0 } interval ? $"[{interval}]" : "";

    private static string Clip(string text) => text.Length <= 16 ? text : string.Concat(text.AsSpan(0, 15), "…");
}
