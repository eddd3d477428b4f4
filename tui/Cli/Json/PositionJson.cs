using Playbook.Engine.Contacts;

namespace Playbook.Tui.Cli;

/// <summary>A position as JSON: <c>start</c> and <c>end</c> as <c>YYYY-MM</c>, or <c>YYYY</c> when only the year is known; <c>end</c> null for a current role.</summary>
internal sealed record PositionJson(string Company, string? Title, string? Start, string? End, string? Location)
{
    public static PositionJson From(Position p) => new(p.Company, p.Title, p.Start?.ToString(), p.End?.ToString(), p.Location);
}
