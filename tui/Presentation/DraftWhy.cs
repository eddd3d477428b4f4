using Playbook.Engine.Runs;

namespace Playbook.Tui.Presentation;

/// <summary>
/// Why a draft says what it says, as lines for people: the analysis it was written with (score, common ground,
/// each piece of evidence in the words of both sides) and the note, when the analysis changed after the person edited it.
/// The same lines follow a draft in <c>playbook drafts</c>, beside the editor on the desk's Drafts screen and under it on Today.
/// </summary>
internal static class DraftWhy
{
    /// <summary>The lines; none for a draft written without an analysis and without a note.</summary>
    public static IReadOnlyList<string> Lines(Draft draft)
    {
        var lines = new List<string>();
        if (draft.Note is { } note)
        {
            lines.Add($"note: {note}");
        }

        if (draft.Analysis is { } analysis)
        {
            lines.Add($"why: {analysis.Summary()}");
            lines.AddRange(analysis.Evidence.Select(e => "  · " + ContactPrinter.Evidence(e)));
        }

        return lines;
    }
}
