namespace Playbook.Engine.Import.Profiles;

/// <summary>A line of one column of a saved profile, with its letters' size and its distance from the line above.</summary>
/// <param name="Text">The words of the line, one space apart.</param>
/// <param name="Size">The point size of its first letter, to a tenth.</param>
/// <param name="Gap">Points from the line above's baseline in the same column; infinite at the top of a page.</param>
internal sealed record PdfLine(string Text, double Size, double Gap)
{
    /// <summary>Whether the line starts a new paragraph or item: further from the line above than a wrapped line is.</summary>
    public bool StartsBlock => Gap > Size * 1.4;
}
