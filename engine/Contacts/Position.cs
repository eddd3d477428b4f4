namespace Playbook.Engine.Contacts;

/// <summary>A job, of the user or of a contact: the company alone, the title, when and where.</summary>
/// <param name="Company">The company, without the employment type LinkedIn writes beside it (<c>· Full-time</c>).</param>
/// <param name="Title">The title, or null.</param>
/// <param name="Start">When it started, or null when not known.</param>
/// <param name="End">When it ended; null for a current role.</param>
/// <param name="Location">Where, or null.</param>
public sealed record Position(string Company, string? Title, PartialDate? Start, PartialDate? End, string? Location)
{
    /// <summary>Whether this is a current position (no end).</summary>
    public bool IsCurrent => End is null;
}
