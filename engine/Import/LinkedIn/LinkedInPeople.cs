using Playbook.Engine.Contacts;
using Playbook.Engine.Import.Writing;

namespace Playbook.Engine.Import.LinkedIn;

/// <summary>Finding the person an invitation or message is with, and creating them when first met.</summary>
internal static class LinkedInPeople
{
    /// <summary>
    /// The contact these facts name. An existing contact only gains what it lacks (a profile URL, a source):
    /// names split from a single "From" cell are less reliable than the first and last names of Connections.csv.
    /// </summary>
    public static long FindOrCreate(LinkedInFileContext context, ContactFacts facts)
    {
        // The common case, every message of a known person: nothing to learn beyond the source.
        if (context.Contacts.FindByProfileKey(facts.ProfileKey) is { } known)
        {
            context.Contacts.AddSource(known);
            return known;
        }

        if (context.Contacts.Resolve(facts, matchByName: true) is { } existing)
        {
            context.Contacts.Update(existing, facts with { FirstName = null, LastName = null }, context.AsOf);
            return existing;
        }

        // Resolved to no one by every rule just above: a new person.
        return context.Contacts.Create(facts, context.AsOf);
    }

    /// <summary>The stable key of a person in source keys: the profile key, else the folded name.</summary>
    public static string KeyOf(ContactFacts facts) => facts.ProfileKey ?? "name:" + NameKey.Of(facts.FullName);
}
