using System.Text.RegularExpressions;

namespace Playbook.Engine.Contacts;

/// <summary>
/// The identity key of a LinkedIn profile: the lower-cased, percent-decoded <c>/in/</c> slug,
/// so that <c>https://www.linkedin.com/in/Zo%C3%AB-Brandt/</c> and <c>linkedin.com/in/zoë-brandt</c> are one person.
/// </summary>
public static partial class ProfileUrl
{
    /// <summary>The identity key of <paramref name="url"/>, or null when it is not a LinkedIn profile URL.</summary>
    public static string? KeyOf(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        var match = SlugPattern().Match(url);
        if (!match.Success)
        {
            return null;
        }

        string slug;
        try
        {
            slug = Uri.UnescapeDataString(match.Groups["slug"].Value);
        }
        catch (UriFormatException)
        {
            slug = match.Groups["slug"].Value;
        }

        slug = slug.Trim().ToLowerInvariant();
        return slug.Length == 0 ? null : slug;
    }

    /// <summary>Whether <paramref name="url"/> names a LinkedIn profile.</summary>
    public static bool IsProfileUrl(string? url) => KeyOf(url) is not null;

    [GeneratedRegex(@"linkedin\.com/in/(?<slug>[^/?#\s]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();
}
