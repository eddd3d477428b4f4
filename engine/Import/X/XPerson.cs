namespace Playbook.Engine.Import.X;

/// <summary>What an archive says about an X account other than the owner's: its name and handle, where a post mentions it.</summary>
/// <param name="Name">The display name X showed for the account (<c>Pedro Sánchez</c>), cleaned of emoji; null when unknown.</param>
/// <param name="Handle">The handle, with its <c>@</c> (<c>@pedro_dev</c>); null when unknown.</param>
internal sealed record XPerson(string? Name, string? Handle);
