namespace Playbook.Engine.Store;

/// <summary>A contact, event or other record named by the user does not exist.</summary>
public sealed class NotFoundException(string what, string reference)
    : Exception($"no {what} '{reference}' in the store; list them with 'playbook {what}s'")
{
    /// <summary>What kind of record was asked for: contact, event, ...</summary>
    public string What { get; } = what;

    /// <summary>The id or URL the user gave.</summary>
    public string Reference { get; } = reference;
}
