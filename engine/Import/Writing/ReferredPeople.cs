using Playbook.Engine.Contacts;
using Playbook.Engine.Store;

namespace Playbook.Engine.Import.Writing;

/// <summary>
/// Adds the person a reply referred to ("talk to Marta Vidal") as a contact by hand, and links the task the referral
/// created to them, in one transaction: the desk's answer to "not in your contacts yet".
/// </summary>
public static class ReferredPeople
{
    /// <summary>The source a contact added this way records.</summary>
    public const string SourceName = "manual";

    /// <summary>
    /// Adds <paramref name="name"/> (and <paramref name="email"/>, when given) as a contact, or finds the contact who
    /// already has that email; then links task <paramref name="taskId"/>, when given, to them. Returns the contact's id
    /// and whether it was created.
    /// </summary>
    /// <exception cref="ArgumentException">Neither a name nor an email is given.</exception>
    /// <exception cref="NotFoundException">No task <paramref name="taskId"/>.</exception>
    public static (long ContactId, bool Created) Add(ContactStore store, string? name, string? email, long? taskId = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        var (first, last) = NameKey.Split(name);
        var address = string.IsNullOrWhiteSpace(email) ? null : email.Trim();
        if (first is null && address is null)
        {
            throw new ArgumentException("Give the person's name or email to add them.", nameof(name));
        }

        if (taskId is { } task)
        {
            store.Tasks.Get(task); // a task that is gone is said before anyone is added
        }

        var now = store.Clock.GetUtcNow();
        return store.InTransaction(transaction =>
        {
            using var writer = new ContactWriter(store.Connection, transaction, SourceName, now);
            var facts = new ContactFacts { FirstName = first, LastName = last, Emails = address is null ? [] : [address] };

            // Someone already known by that email is that contact, as they are: a name in a reply does not rename them.
            var known = writer.Resolve(facts);
            var id = known ?? writer.Upsert(facts, DateOnly.FromDateTime(now.UtcDateTime)).Id;
            writer.Complete();
            if (taskId is { } linked)
            {
                store.Tasks.Link(linked, id, transaction);
            }

            return (id, known is null);
        });
    }
}
