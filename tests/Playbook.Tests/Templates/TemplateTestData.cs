using Playbook.Engine.Contacts;
using Playbook.Engine.Events;
using Playbook.Engine.Templates;
using Playbook.Tests.Support;

namespace Playbook.Tests.Templates;

/// <summary>Contacts, me-profiles and events for template tests, and a library built from inline templates.</summary>
internal static class TemplateTestData
{
    public static readonly DateTimeOffset Now = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);

    /// <summary>The built-in templates folder, <c>playbooks/templates/</c>.</summary>
    public static string BuiltInFolder => Path.Combine(RepoPaths.Root, "playbooks", TemplateLibrary.FolderName);

    public static Contact Contact(string? first = "Lucía", string? company = "Tiendas Norte", string? position = "Directora de e-commerce", string? location = null) => new()
    {
        Id = 7,
        FirstName = first,
        LastName = "Peña",
        FullName = NameKey.Join(first, "Peña"),
        Company = company,
        Position = position,
        Location = location,
        Stage = Stages.New,
        Tags = ["retail", "close"],
        ConnectedOn = new DateOnly(2026, 11, 28),
        CreatedAt = Now,
        UpdatedAt = Now,
    };

    public static MeProfile Me(string? signature = "Ana", params string[] languages) => new()
    {
        FirstName = "Ana",
        LastName = "García Ruiz",
        Signature = signature,
        Languages = [.. languages.Select(l => new Language(l, null))],
        Positions = [new Position("Shopify Partners", "Consultora", new PartialDate(2024, 6), null, "Madrid")],
    };

    public static ContactEvent Event(string? body, string kind = EventKinds.InvitationReceived) => new()
    {
        Id = 3,
        Kind = kind,
        ContactId = 7,
        At = Now,
        Channel = "linkedin",
        Direction = EventKinds.DirectionOf(kind),
        Body = body,
    };

    public static TemplateModel Model(Contact? contact = null, MeProfile? me = null, ContactEvent? @event = null) => new()
    {
        Contact = contact ?? Contact(),
        Me = me ?? Me(),
        Event = @event,
    };

    /// <summary>A library of <paramref name="files"/> given as (file name, text), in that order.</summary>
    public static TemplateLibrary Library(params (string File, string Text)[] files) =>
        TemplateLibrary.FromSources(files.Select(f => new TemplateSource(f.File, f.Text)));

    /// <summary>The text of a one-template library rendered for <paramref name="model"/>.</summary>
    public static string Render(string template, TemplateModel? model = null) =>
        Library(("t.liquid", template)).Render("t", null, model ?? Model()).Text;
}
