namespace Playbook.Engine.Analysis;

/// <summary>One of my phrases found in a text of the contact: where, in which words, and through which concept.</summary>
/// <param name="Phrase">My phrase.</param>
/// <param name="Text">The index of the contact's text.</param>
/// <param name="Start">The index of the first term in that text.</param>
/// <param name="Words">The contact's words, as written.</param>
/// <param name="Concept">The concept that joined them, or null when my phrase's own words are there.</param>
/// <param name="InWork">Whether the words are in what their note says they do.</param>
internal readonly record struct FoundPhrase(MePhrase Phrase, int Text, int Start, string Words, string? Concept, bool InWork);
