namespace Playbook.Engine.Analysis;

/// <summary>Where a phrase of a <see cref="PhraseIndex"/> was found in a text's terms.</summary>
/// <param name="Phrase">The phrase's id in its index.</param>
/// <param name="Start">The index of its first term.</param>
/// <param name="Length">How many terms it spans.</param>
internal readonly record struct PhraseHit(int Phrase, int Start, int Length);
