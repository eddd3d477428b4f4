namespace Playbook.Engine.Scripting;

/// <summary>
/// The names a condition sees without qualification, and the C# that binds each one from the
/// <see cref="Playbooks.ConditionContext"/> parameter. A condition binds only the names it mentions, so
/// <c>contact.Company != null</c> never pays for <c>Replied</c>, which walks the history.
/// </summary>
internal static class ContextNames
{
    /// <summary>The name of the generated method's parameter; users cannot write it by accident.</summary>
    public const string Parameter = "__context";

    /// <summary>Each name as users write it, with the declaration that binds it.</summary>
    public static IReadOnlyList<(string Name, string Declaration)> All { get; } =
    [
        ("contact", $"var contact = {Parameter}.Contact;"),
        ("event", $"var @event = {Parameter}.Event;"),
        ("me", $"var me = {Parameter}.Me;"),
        ("analysis", $"var analysis = {Parameter}.Analysis;"),
        ("now", $"var now = {Parameter}.Now;"),
        ("runStartedAt", $"var runStartedAt = {Parameter}.RunStartedAt;"),
        ("history", $"var history = {Parameter}.History;"),
        ("vars", $"var vars = {Parameter}.Vars;"),
        ("tags", $"var tags = {Parameter}.Tags;"),
        ("Replied", $"var Replied = {Parameter}.Replied;"),
        ("Interacted", $"var Interacted = {Parameter}.Interacted;"),
        ("LastInteraction", $"var LastInteraction = {Parameter}.LastInteraction;"),
        ("DaysSinceLastInteraction", $"var DaysSinceLastInteraction = {Parameter}.DaysSinceLastInteraction;"),
        ("HasTag", $"bool HasTag(string tag) => {Parameter}.HasTag(tag);"),
    ];
}
