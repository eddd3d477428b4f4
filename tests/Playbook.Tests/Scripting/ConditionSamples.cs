using Playbook.Engine.Contacts;
using Playbook.Engine.Events;
using Playbook.Engine.Playbooks;
using Playbook.Engine.Scripting;

namespace Playbook.Tests.Scripting;

/// <summary>Conditions as a playbook would hold them, and contexts to evaluate them over.</summary>
internal static class ConditionSamples
{
    /// <summary>The clock of every sample context.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);

    /// <summary>A condition written in <c>welcome.yaml</c> at line 7, column 7, as <c>when: CODE</c> puts it.</summary>
    public static ConditionSource When(string code, string key = "welcome.yaml#when", string file = "welcome.yaml", int line = 7, int column = 7) =>
        new(key, code, file, line, column);

    /// <summary>Several conditions, keyed <c>c0</c>, <c>c1</c>, ... on lines 1, 2, ... of <c>all.yaml</c>.</summary>
    public static List<ConditionSource> Many(params string[] codes) =>
        codes.Select((code, i) => new ConditionSource($"c{i}", code, "all.yaml", i + 1, 7)).ToList();

    public static Contact Ana { get; } = new()
    {
        Id = 1,
        FirstName = "Ana",
        LastName = "García",
        FullName = "Ana García",
        Headline = "CTO at Acme",
        Company = "Acme",
        Position = "CTO",
        Location = "Madrid, Spain",
        ProfileUrl = "https://www.linkedin.com/in/ana-garcia",
        Stage = Stages.Conversation,
        Tags = ["close", "client"],
        Emails = ["ana@acme.example"],
        CreatedAt = Now.AddDays(-100),
        UpdatedAt = Now.AddDays(-1),
    };

    public static ContactEvent Invitation { get; } = new()
    {
        Id = 10,
        Kind = EventKinds.InvitationReceived,
        ContactId = 1,
        At = Now.AddDays(-40),
        Channel = "linkedin",
        Direction = Directions.In,
        Body = "Hi! Would love to grab a coffee sometime.",
    };

    public static ContactEvent Reply { get; } = new()
    {
        Id = 11,
        Kind = EventKinds.MessageReceived,
        ContactId = 1,
        At = Now.AddDays(-35),
        Channel = "linkedin",
        Direction = Directions.In,
        Body = "Are you free Thursday at 10?",
        Classification = "engaged",
    };

    public static MeProfile Me { get; } = new()
    {
        FirstName = "Luis",
        LastName = "Pérez",
        Goals = [new Goal("clients", ["cto", "founder"], "a call")],
        Skills = ["C#", "SQLite"],
    };

    /// <summary>Ana, invited 40 days ago and replied 35 days ago, seen from a run started 38 days ago.</summary>
    public static ConditionContext Context(ContactEvent? triggeringEvent = null, IReadOnlyDictionary<string, string>? vars = null) =>
        new(Ana, triggeringEvent ?? Invitation, Me, Now, Now.AddDays(-38), [Invitation, Reply], vars);

    /// <summary>A context with no triggering event, as a schedule has.</summary>
    public static ConditionContext WithoutEvent() => new(Ana, null, Me, Now, null, [Invitation, Reply]);
}
