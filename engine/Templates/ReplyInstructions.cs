namespace Playbook.Engine.Templates;

/// <summary>
/// What the reply that started a run asks for, as templates read it under <c>reply</c>: <c>{{ reply.asked_for }}</c>
/// ("January", "Q1", "Mon 14 Dec"), and the person a referral names, <c>{{ reply.referral }}</c>, with whether they
/// are already a contact. Empty for any other event.
/// </summary>
public sealed record ReplyInstructions
{
    /// <summary>The day the reply asks to be written to again, in its own words where it named a month or a quarter ("January", "Q1"); else the day ("Mon 14 Dec"); null when it names none.</summary>
    public string? AskedFor { get; init; }

    /// <summary>The person the reply refers to as a task names them: a contact's full name, or the name and email the reply gave (<c>Marta Vidal &lt;marta@acme.es&gt;</c>); null when it names nobody.</summary>
    public string? Referral { get; init; }

    /// <summary>The name the referral gives, or null.</summary>
    public string? ReferralName { get; init; }

    /// <summary>The email the referral gives, or null.</summary>
    public string? ReferralEmail { get; init; }

    /// <summary>Whether the person referred to is already one of your contacts (the task then links to them).</summary>
    public bool ReferralKnown { get; init; }
}
