namespace Playbook.Engine.Contacts;

/// <summary>
/// Two contacts that may be one person, and the evidence for it; only the user merges them. The first is the one
/// to keep when they are merged as listed (the contact the user already had, rather than a person from X or Facebook).
/// </summary>
/// <param name="First">The contact to keep.</param>
/// <param name="Second">The contact to fold into it.</param>
/// <param name="Evidence">
/// Why they may be one: <c>same name and company</c>, <c>same name</c> (a person from X or Facebook and another
/// contact), <c>signature in a DM of 2026-09-14</c> (a name signed at the end of a message from the person).
/// </param>
public sealed record MergeCandidate(Contact First, Contact Second, IReadOnlyList<string> Evidence)
{
    /// <summary>The evidence in one line.</summary>
    public string Reason => string.Join("; ", Evidence);

    /// <summary>The two contacts, first the one to keep.</summary>
    public void Deconstruct(out Contact first, out Contact second)
    {
        first = First;
        second = Second;
    }
}
