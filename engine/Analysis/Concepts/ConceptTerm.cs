namespace Playbook.Engine.Analysis.Concepts;

/// <summary>One term of a concept, split into its words (accents and case aside), as the analysis matches it.</summary>
/// <param name="Concept">The concept's index in <see cref="ConceptLexicon.Concepts"/>.</param>
/// <param name="Words">The term's words.</param>
internal readonly record struct ConceptTerm(int Concept, string[] Words);
