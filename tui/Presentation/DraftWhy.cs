using System.Globalization;
using Playbook.Engine.Analysis;
using Playbook.Engine.Runs;

namespace Playbook.Tui.Presentation;

/// <summary>
/// Why a draft says what it says, as lines for people: the analysis it was written with (score, common ground, what
/// their note says, then each piece of evidence in the words of both sides) and the note, when the analysis changed
/// after the person edited it.
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
            lines.Add("why: " + Headline(analysis));
            lines.AddRange(analysis.Evidence.Select(e => "  · " + ContactPrinter.Evidence(e)));
        }

        return lines;
    }

    /// <summary>
    /// <c>score 0.45; in common: Tiendas Aurora, Shopify; their note: peer, "e-commerce de moda"</c>, or the reason for a
    /// low fit; the evidence lines that follow say where each came from.
    /// </summary>
    public static string Headline(ContactAnalysis analysis)
    {
        var parts = new List<string> { string.Create(CultureInfo.InvariantCulture, $"score {analysis.Score:0.00}") };
        if (analysis.CommonGround.Count > 0)
        {
            parts.Add("in common: " + string.Join(", ", analysis.CommonGround));
        }

        if (analysis.Intent is { } intent)
        {
            parts.Add(analysis.TheirWork is { } work ? $"their note: {intent}, \"{work}\"" : $"their note: {intent}");
        }

        if (analysis.IsLowFit)
        {
            parts.Add(analysis.TooLittleData ? "low fit: too little data" : "low fit");
        }

        return string.Join("; ", parts);
    }
}
