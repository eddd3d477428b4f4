namespace Playbook.Engine.Analysis.Notes;

/// <summary>What the note of an invitation says: why they write, with the words that said it, and what they do.</summary>
/// <param name="Intent">One of <see cref="NoteIntents"/>.</param>
/// <param name="Cues">The words of the note that decided the intent, as written; none for a peer without cues.</param>
/// <param name="Work">What they do, as written (first-person possessives turned to the second person), or null.</param>
/// <param name="WorkKind">How they said it, one of <see cref="WorkKinds"/>, or null without <paramref name="Work"/>.</param>
/// <param name="WorkStart">Where <paramref name="Work"/> starts in the note, or -1.</param>
/// <param name="WorkEnd">Where it ends (exclusive), or -1.</param>
internal sealed record NoteReading(string Intent, IReadOnlyList<string> Cues, string? Work, string? WorkKind, int WorkStart, int WorkEnd);
