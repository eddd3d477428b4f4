using Playbook.Engine.Catalog;
using Playbook.Engine.Playbooks;
using Playbook.Engine.Time;

namespace Playbook.Tui.Cli;

/// <summary>A playbook as <c>playbooks --json</c> prints it.</summary>
internal sealed record PlaybookJson(
    string? Name,
    string? Description,
    string? Trigger,
    string? MaxAge,
    string? Version,
    string File,
    string Origin,
    bool ReplacesBuiltIn,
    bool Enabled,
    string State,
    IReadOnlyList<PlaybookJson.StepJson> Steps,
    string? InsteadOf)
{
    public const string BuiltIn = "built-in";

    public const string User = "user";

    public static PlaybookJson From(CatalogEntry entry) =>
        Of(entry.Definition, entry.Origin == PlaybookOrigin.BuiltIn ? BuiltIn : User, entry.Replaced is not null, entry.Enabled, entry switch
        {
            { Problems.Count: > 0 } => "problems",
            { SwitchedOff: true } => "off",
            _ => "ok",
        });

    /// <summary>A built-in held back by a user file of its name that has problems: listed, not enabled.</summary>
    public static PlaybookJson From(WithheldPlaybook withheld) => Of(withheld.BuiltIn, BuiltIn, replacesBuiltIn: false, enabled: false, "withheld");

    /// <summary>A user file that gave no playbook (its problems, or a script not trusted): what it claims, and its state.</summary>
    public static PlaybookJson From(UnloadedFile file) =>
        new(file.Name, null, null, null, null, file.File, User, false, false, file.State == UnloadedFile.Broken ? "did not load" : file.State, [], null);

    private static PlaybookJson Of(PlaybookDefinition playbook, string origin, bool replacesBuiltIn, bool enabled, string state) => new(
        playbook.Name,
        playbook.Description,
        playbook.Trigger,
        playbook.MaxAge is { } maxAge ? Duration.Format(maxAge) : null,
        playbook.ContentHash,
        playbook.SourceFile,
        origin,
        replacesBuiltIn,
        enabled,
        state,
        [.. playbook.Steps.Select(s => new StepJson(s.Id, s.Kind))],
        playbook.InsteadOf);

    internal sealed record StepJson(string Id, string Kind);
}
