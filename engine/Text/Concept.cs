namespace Playbook.Engine.Text;

/// <summary>
/// One professional thing and the words, in any language, that name it: <c>e-commerce</c> is also <c>ecommerce</c>,
/// <c>comercio electrónico</c> and <c>tienda online</c>. The analysis lets a contact's words and the me-profile's meet
/// through it; the built-in ones ship with the engine and <c>config.yaml</c>'s <c>concepts</c> adds the user's.
/// </summary>
/// <param name="Name">The concept's name, as the evidence shows it (<c>e-commerce</c>).</param>
/// <param name="Terms">Every word or phrase that names it, as written; matched accent- and case-insensitively, plurals aside.</param>
public sealed record Concept(string Name, IReadOnlyList<string> Terms);
