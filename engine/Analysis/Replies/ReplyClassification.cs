namespace Playbook.Engine.Analysis.Replies;

/// <summary>A message's label and the cues that decided it, with what the reply asks of the practice.</summary>
/// <param name="Label">One of <see cref="ReplyLabels"/>.</param>
/// <param name="Cues">Why: each matching rule's cue with the words it matched, e.g. <c>a question ("¿hablamos el jueves?")</c>.</param>
public sealed record ReplyClassification(string Label, IReadOnlyList<string> Cues)
{
    /// <summary>
    /// The day to write again: an out-of-office's return, or the day a "later" reply asks for ("write me in January");
    /// null when the reply names none, or names one that does not exist or has passed.
    /// </summary>
    public DateOnly? FollowUpOn { get; init; }

    /// <summary>The person the reply sends the practice to ("talk to Marta Vidal"), with an email when one is given; empty when
    /// the reply refers without a name ("talk to my colleague"); null when it refers to nobody. Written as
    /// <c>Lucía &lt;lucia@acme.es&gt;</c> or <c>&lt;jorge@acme.es&gt;</c>; <see cref="ReplyReferral.Parse"/> reads it back.</summary>
    public string? Referral { get; init; }

    /// <summary><c>engaged: a question ("...")</c>.</summary>
    public override string ToString() => Cues.Count == 0 ? Label : $"{Label}: {string.Join("; ", Cues)}";
}
