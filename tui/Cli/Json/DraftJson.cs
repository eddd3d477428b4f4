using Playbook.Engine.Analysis;
using Playbook.Engine.Runs;

namespace Playbook.Tui.Cli;

/// <summary>
/// A draft as <c>drafts --json</c> prints it: the contract's fields, then its template, language and size, and the
/// analysis it was written with (null when its playbook did not analyse), when the person edited it and the note a
/// redraft left on it.
/// </summary>
internal sealed record DraftJson(
    long Id,
    long ContactId,
    long? RunId,
    string Playbook,
    string Step,
    string Channel,
    string Body,
    string Status,
    string? Variant,
    DateTimeOffset CreatedAt,
    string Template,
    string? Language,
    int Length,
    int? Limit,
    bool OverLimit,
    DateTimeOffset? DecidedAt,
    ContactAnalysis? Analysis,
    DateTimeOffset? EditedAt,
    string? Note)
{
    public static DraftJson From(Draft d) => new(
        d.Id, d.ContactId, d.RunId, d.Playbook, d.Step, d.Channel, d.Body, d.Status, d.Variant, d.CreatedAt,
        d.Template, d.Language, d.Length, d.Limit, d.IsOverLimit, d.DecidedAt, d.Analysis, d.EditedAt, d.Note);
}
