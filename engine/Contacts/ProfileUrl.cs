using System.Buffers;

namespace Playbook.Engine.Contacts;

/// <summary>
/// The identity key of a LinkedIn profile: the lower-cased, percent-decoded <c>/in/</c> slug,
/// so that <c>https://www.linkedin.com/in/Zo%C3%AB-Brandt/</c> and <c>linkedin.com/in/zoë-brandt</c> are one person.
/// </summary>
public static class ProfileUrl
{
    private const string Marker = "linkedin.com/in/";

    private static readonly SearchValues<char> SlugEnd = SearchValues.Create("/?# \t\r\n");

    // The last URL this thread read, and its key: one row of an export asks for the key of the same URL several times
    // (whether it is the owner's, whether it names a profile, the person's key), and each reading made a new string.
    [ThreadStatic]
    private static string? t_lastUrl;

    [ThreadStatic]
    private static string? t_lastKey;

    /// <summary>The identity key of <paramref name="url"/>, or null when it is not a LinkedIn profile URL.</summary>
    public static string? KeyOf(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        if (ReferenceEquals(url, t_lastUrl))
        {
            return t_lastKey;
        }

        var key = Read(url);
        t_lastUrl = url;
        t_lastKey = key;
        return key;
    }

    private static string? Read(string url)
    {

        // Called for every row of large exports: a scan, not a regular expression.
        var at = url.IndexOf(Marker, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return null;
        }

        var rest = url.AsSpan(at + Marker.Length);
        var end = rest.IndexOfAny(SlugEnd);
        var slug = (end < 0 ? rest : rest[..end]).Trim();
        if (slug.IsEmpty)
        {
            return null;
        }

        var text = slug.Contains('%') ? Unescape(slug.ToString()) : slug.ToString();
        text = text.Trim().ToLowerInvariant();
        return text.Length == 0 ? null : text;
    }

    /// <summary>
    /// The profile URL as Playbook writes it, <c>https://www.linkedin.com/in/</c> and the escaped identity key, or null
    /// when <paramref name="url"/> is not a LinkedIn profile URL.
    /// </summary>
    public static string? Canonical(string? url) => KeyOf(url) is { } key ? OfKey(key) : null;

    /// <summary>The profile URL of an identity key (<see cref="KeyOf"/>): <c>https://www.linkedin.com/in/zo%C3%AB-brandt</c>.</summary>
    public static string OfKey(string key) => $"https://www.linkedin.com/in/{Uri.EscapeDataString(key)}";

    /// <summary>Whether <paramref name="url"/> names a LinkedIn profile.</summary>
    public static bool IsProfileUrl(string? url) => KeyOf(url) is not null;

    private static string Unescape(string slug)
    {
        try
        {
            return Uri.UnescapeDataString(slug);
        }
        catch (UriFormatException)
        {
            return slug;
        }
    }
}
