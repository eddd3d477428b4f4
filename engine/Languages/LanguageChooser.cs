using Playbook.Engine.Contacts;
using Playbook.Engine.Events;

namespace Playbook.Engine.Languages;

/// <summary>
/// The language rule of the domain: write in the invitation's or last message's language, else the language
/// of the contact's location, else the me-profile's first language. Each step is explainable:
/// <list type="number">
/// <item>The text is read by counting the common words of Spanish, English, Portuguese, French, German and Italian,
/// accents and case aside. It needs 3 words or more, and the winner needs 2 common words and more than any other.</item>
/// <item>The location is matched against a table of countries, regions and cities (see <c>PlaceLanguages</c>).</item>
/// <item>The me-profile's languages are read by name in English, Spanish or the language itself (<c>Spanish</c>,
/// <c>Español</c>, <c>Inglés</c>, <c>Deutsch</c>) or as codes; the first one known decides.</item>
/// </list>
/// </summary>
public static class LanguageChooser
{
    /// <summary>
    /// The language to write to <paramref name="contact"/> in, as of <paramref name="asOf"/>: the one rule that drafts,
    /// the analysis, <c>contacts show</c> and the desk all use, so they agree. The text read is that of
    /// <see cref="Conversation"/>.
    /// </summary>
    /// <param name="contact">The contact, for the location.</param>
    /// <param name="history">The contact's events (any order); those after <paramref name="asOf"/> are not read.</param>
    /// <param name="trigger">The event that started the run, or the invitation shown; read when no message or invitation in the history has text.</param>
    /// <param name="me">The me-profile, for the last resort.</param>
    /// <param name="asOf">The clock of the command.</param>
    public static LanguageChoice ChooseFor(Contact contact, IEnumerable<ContactEvent> history, ContactEvent? trigger, MeProfile me, DateTimeOffset asOf) =>
        Choose(Conversation(history, trigger, asOf), contact, me);

    /// <summary>
    /// The event whose text decides the language: the latest invitation received or message (either way) with text, up
    /// to <paramref name="asOf"/>; else <paramref name="trigger"/>.
    /// </summary>
    public static ContactEvent? Conversation(IEnumerable<ContactEvent> history, ContactEvent? trigger, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(history);
        return history
            .Where(e => e.At <= asOf && !string.IsNullOrWhiteSpace(e.Body)
                && e.Kind is EventKinds.InvitationReceived or EventKinds.MessageReceived or EventKinds.MessageSent)
            .MaxBy(e => (e.At, e.Id)) ?? trigger;
    }

    /// <summary>The language to write to <paramref name="contact"/> in, reading the text of <paramref name="conversation"/>.</summary>
    /// <param name="conversation">
    /// The invitation the contact sent, or the last message between you in either direction; null when there is none.
    /// </param>
    /// <param name="contact">The contact, for the location.</param>
    /// <param name="me">The me-profile, for the last resort.</param>
    public static LanguageChoice Choose(ContactEvent? conversation, Contact contact, MeProfile me)
    {
        ArgumentNullException.ThrowIfNull(contact);
        ArgumentNullException.ThrowIfNull(me);
        var skipped = new List<string>();

        var (fromText, textReason) = FromText(conversation);
        if (fromText is not null)
        {
            return Decided(fromText, LanguageRule.Conversation, skipped, textReason);
        }

        skipped.Add(textReason);
        var (fromPlace, placeReason) = FromLocation(contact.Location);
        if (fromPlace is not null)
        {
            return Decided(fromPlace, LanguageRule.Location, skipped, placeReason);
        }

        skipped.Add(placeReason);
        var (fromMe, meReason) = FromMe(me);
        if (fromMe is not null)
        {
            return Decided(fromMe, LanguageRule.MeProfile, skipped, meReason);
        }

        skipped.Add(meReason);
        return new LanguageChoice(null, LanguageRule.None, string.Join("; ", skipped));
    }

    private static LanguageChoice Decided(string code, LanguageRule rule, List<string> skipped, string reason)
    {
        skipped.Add(reason);
        return new LanguageChoice(code, rule, string.Join("; ", skipped));
    }

    private static (string? Code, string Reason) FromText(ContactEvent? conversation)
    {
        if (conversation is null)
        {
            return (null, "there is no invitation or message to read");
        }

        var what = conversation.Kind.StartsWith("invitation", StringComparison.Ordinal) ? "the invitation"
            : conversation.Kind.StartsWith("message", StringComparison.Ordinal) ? "the last message"
            : $"the {conversation.Kind} event";
        if (string.IsNullOrWhiteSpace(conversation.Body))
        {
            return (null, $"{what} has no text");
        }

        var detected = LanguageDetector.Detect(conversation.Body);
        if (detected.Code is { } code)
        {
            return (code, $"{what} reads as {LanguageCodes.NameOf(code)} ({detected.Counts()})");
        }

        return detected.TooShort
            ? (null, $"{what} has too little text to tell ({detected.Words} word{(detected.Words == 1 ? "" : "s")})")
            : (null, $"{what} is in no clear language ({detected.Counts()})");
    }

    private static (string? Code, string Reason) FromLocation(string? location)
    {
        if (string.IsNullOrWhiteSpace(location))
        {
            return (null, "the contact has no location");
        }

        return PlaceLanguages.Find(location) is { } found
            ? (found.Code, $"the contact's location '{location}' is {LanguageCodes.NameOf(found.Code)}-speaking ({found.Place})")
            : (null, $"the contact's location '{location}' is not a place the table knows");
    }

    private static (string? Code, string Reason) FromMe(MeProfile me)
    {
        if (me.Languages.Count == 0)
        {
            return (null, "the me-profile has no languages");
        }

        foreach (var language in me.Languages)
        {
            if (LanguageCodes.FromName(language.Name) is { } code)
            {
                return (code, $"the me-profile's first known language is {LanguageCodes.NameOf(code)} ('{language.Name}')");
            }
        }

        return (null, $"none of the me-profile's languages ({string.Join(", ", me.Languages.Select(l => $"'{l.Name}'"))}) is one the table knows");
    }
}
