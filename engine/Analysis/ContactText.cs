namespace Playbook.Engine.Analysis;

/// <summary>
/// One text of a contact the analysis reads, split once: the field it is in, the text, its terms, and for the note of
/// an invitation the span of what they say they do (a match inside it shows that whole phrase as the contact's words).
/// </summary>
internal sealed record ContactText(string Field, string Text, List<TextTerms.Term> Terms, int WorkStart = -1, int WorkEnd = -1)
{
    /// <summary>The words of <paramref name="length"/> terms from <paramref name="start"/>, as written.</summary>
    public string Words(int start, int length)
    {
        var from = Terms[start].Start;
        var to = Terms[start + length - 1].End;
        return WorkStart >= 0 && from >= WorkStart && to <= WorkEnd ? Text[WorkStart..WorkEnd] : Text[from..to];
    }

    /// <summary>Whether the terms from <paramref name="start"/> are inside what they say they do.</summary>
    public bool InWork(int start, int length) =>
        WorkStart >= 0 && Terms[start].Start >= WorkStart && Terms[start + length - 1].End <= WorkEnd;
}
