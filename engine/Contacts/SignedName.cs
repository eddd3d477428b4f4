using System.Text.RegularExpressions;

namespace Playbook.Engine.Contacts;

/// <summary>
/// The name a message is signed with: a closing line that starts with a dash and names a person, such as
/// <c>— Pedro Sánchez-Olmo · dev Shopify freelance</c>. On a network that shows only handles this is the only name a
/// person gives, so it serves as a display name and as evidence for a merge, never as an identity.
/// </summary>
public static partial class SignedName
{
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "sent", "enviado", "envoyé", "the", "team", "el", "equipo", "regards", "saludos", "thanks", "gracias", "cheers", "best",
        "un", "abrazo", "from", "my", "iphone", "android", "mobile",
    };

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "de", "del", "la", "las", "los", "y", "i", "da", "das", "do", "dos", "di", "van", "von", "der", "den", "le", "du", "ter", "bin", "al",
    };

    /// <summary>
    /// The name <paramref name="text"/> is signed with, as written (<c>Pedro Sánchez-Olmo</c>), or null when its last
    /// line is no dash followed by two to five words that read as a person's name.
    /// </summary>
    public static string? Of(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var end = text.AsSpan().TrimEnd();
        var start = end.LastIndexOfAny('\n', '\r') + 1;
        var line = end[start..].Trim();
        if (line.Length > 200)
        {
            return null;
        }

        var match = Signature().Match(line.ToString());
        if (!match.Success)
        {
            return null;
        }

        var name = match.Groups["name"].Value.Trim();
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 5 || words.Any(NotNames.Contains))
        {
            return null;
        }

        // Capitalised words, with lower-case particles (de, van, da) only inside the name.
        for (var i = 0; i < words.Length; i++)
        {
            var inside = i > 0 && i < words.Length - 1;
            if (!char.IsUpper(words[i][0]) && !(inside && Particles.Contains(words[i])))
            {
                return null;
            }
        }

        return string.Join(' ', words);
    }

    // A dash (-, --, –, —) then the name, which ends at the first separator (·, |, comma, a spaced dash, a bracket) or
    // the end of the line. Letters, hyphens, apostrophes and dots make a name; anything else is not one.
    [GeneratedRegex(@"^(?:-{1,2}|–|—)\s*(?<name>[\p{L}\p{M}][\p{L}\p{M}'’.\-]*(?:\s+[\p{L}\p{M}][\p{L}\p{M}'’.\-]*){0,6})\s*(?:$|[·•|,/(\[]|[-–—]\s)")]
    private static partial Regex Signature();
}
