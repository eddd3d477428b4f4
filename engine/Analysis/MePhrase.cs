namespace Playbook.Engine.Analysis;

/// <summary>A skill, interest or goal keyword of the me-profile, prepared once: its phrase in the analyzer's index and its concept.</summary>
/// <param name="Name">As the profile writes it.</param>
/// <param name="Phrase">Its stems' id in the analyzer's index of the profile's phrases.</param>
/// <param name="Concept">The concept it is a term of, or -1.</param>
/// <param name="Same">What makes two phrases one (the concept, else the stems): the keyword <c>tienda online</c> and the skill <c>E-commerce</c> are one.</param>
internal sealed record MePhrase(string Name, int Phrase, int Concept, string Same);
