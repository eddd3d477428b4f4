namespace Playbook.Engine.Analysis.Replies;

/// <summary>A message's label and the cues that decided it.</summary>
/// <param name="Label">One of <see cref="ReplyLabels"/>.</param>
/// <param name="Cues">Why: each matching rule's cue with the words it matched, e.g. <c>a question ("¿hablamos el jueves?")</c>.</param>
public sealed record ReplyClassification(string Label, IReadOnlyList<string> Cues)
{
    /// <summary><c>engaged: a question ("...")</c>.</summary>
    public override string ToString() => Cues.Count == 0 ? Label : $"{Label}: {string.Join("; ", Cues)}";
}
