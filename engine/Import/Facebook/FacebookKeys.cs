using System.Globalization;
using Playbook.Engine.Contacts;

namespace Playbook.Engine.Import.Facebook;

/// <summary>
/// The keys of Facebook people in <c>contact_identities</c>. A friend is their name and the moment the friendship began
/// (<c>maria garcia|1599413311</c>): the same in every download of the account, and different for two friends who share
/// a name. Someone met only in a conversation is their name within that conversation
/// (<c>pedro ruiz|thread:pedroruiz_10158832</c>): a name alone never makes two conversations one person's.
/// </summary>
internal static class FacebookKeys
{
    private const string ThreadMark = "thread:";

    /// <summary>The key of the friend <paramref name="name"/> since <paramref name="unixSeconds"/>.</summary>
    public static string Friend(string name, long unixSeconds) =>
        string.Create(CultureInfo.InvariantCulture, $"{NameKey.Of(name)}|{unixSeconds}");

    /// <summary>The key of <paramref name="name"/>, known only from the conversation <paramref name="thread"/>.</summary>
    public static string InThread(string name, string thread) => $"{NameKey.Of(name)}|{ThreadMark}{thread}";

    /// <summary>The name key of a friend's key, or null for a key that is not a friend's.</summary>
    public static string? FriendName(string key)
    {
        var bar = key.LastIndexOf('|');
        return bar > 0 && bar < key.Length - 1 && key.AsSpan(bar + 1).IndexOfAnyExceptInRange('0', '9') < 0 ? key[..bar] : null;
    }
}
