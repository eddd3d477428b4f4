using Playbook.Engine.Contacts;
using Playbook.Engine.Events;

namespace Playbook.Engine.Templates;

/// <summary>
/// What a template sees, by snake_case name: <c>{{ contact.first_name }}</c>, <c>{{ me.signature }}</c>,
/// <c>{{ event.body }}</c>, <c>{{ reply.asked_for }}</c>, <c>{{ analysis.… }}</c>, <c>{{ vars.… }}</c>, <c>{{ channel }}</c>. A field that is null renders empty.
/// </summary>
public sealed record TemplateModel
{
    private static readonly IReadOnlyDictionary<string, object?> NoVars = new Dictionary<string, object?>().AsReadOnly();

    /// <summary>The contact the draft is for.</summary>
    public required Contact Contact { get; init; }

    /// <summary>The user's own profile, with <c>config.yaml</c> laid over it.</summary>
    public required MeProfile Me { get; init; }

    /// <summary>The event that started the run (the invitation, the message), when there is one.</summary>
    public ContactEvent? Event { get; init; }

    /// <summary>
    /// The analysis of the contact against the me-profile, when an <c>analyse</c> step made one; null until then.
    /// Its members are visible to templates when its type is given as <see cref="TemplateLibraryOptions.AnalysisType"/>.
    /// </summary>
    public object? Analysis { get; init; }

    /// <summary>
    /// The channel the draft is for, as limits name it (<c>linkedin</c>, <c>linkedin-note</c>, <c>email</c>, <c>x</c>,
    /// <c>facebook</c>), so a template can write short and informal where messages are short:
    /// <c>{% if channel == "x" or channel == "facebook" %}</c>. Null outside a draft (a reminder's text).
    /// </summary>
    public string? Channel { get; init; }

    /// <summary>What the reply that started the run asks for (<c>{{ reply.asked_for }}</c>, <c>{{ reply.referral }}</c>); empty for other events.</summary>
    public ReplyInstructions Reply { get; init; } = new();

    /// <summary>Values set by the playbook's <c>set</c> steps, by name, as <c>{{ vars.name }}</c>.</summary>
    public IReadOnlyDictionary<string, object?> Vars { get; init; } = NoVars;
}
