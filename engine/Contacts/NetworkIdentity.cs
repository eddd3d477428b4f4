namespace Playbook.Engine.Contacts;

/// <summary>
/// Who a person is on a network that gives no profile URL or email: <c>x:2847561930</c> (an X account's id, a string
/// of digits that must never be read as a number), or a Facebook friend. The same identity is the same person on
/// that network; a name never is.
/// </summary>
/// <param name="Network">The network, lower case: <c>x</c>, <c>facebook</c>.</param>
/// <param name="Key">The network's own key for the person.</param>
/// <param name="Handle">What the network shows for them (<c>@pedro_dev</c>), for display only; not part of the identity.</param>
public sealed record NetworkIdentity(string Network, string Key, string? Handle = null)
{
    /// <summary>The X network's name, also the channel of its messages.</summary>
    public const string X = "x";

    /// <summary>The Facebook network's name, also the channel of its messages.</summary>
    public const string Facebook = "facebook";

    /// <summary>The identity as one word, <c>network:key</c>.</summary>
    public override string ToString() => $"{Network}:{Key}";
}
