using Playbook.Engine.Contacts;

namespace Playbook.Tui.Cli;

/// <summary>A school as JSON, with its first and last year.</summary>
internal sealed record SchoolJson(string Name, string? Degree, int? Start, int? End)
{
    public static SchoolJson From(School s) => new(s.Name, s.Degree, s.Start, s.End);
}
