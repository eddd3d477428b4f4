using System.Text.RegularExpressions;

namespace Playbook.Engine.Import.Profiles;

/// <summary>
/// The line under a role's dates when it is a place (<c>Madrid, Spain · Hybrid</c>, <c>Greater Madrid Metropolitan
/// Area</c>, <c>Remote</c>) rather than the first line of its description.
/// </summary>
internal static partial class WorkLocation
{
    private static readonly string[] WorkplaceTypes = ["Hybrid", "On-site", "Remote", "Híbrido", "Presencial", "En remoto", "Remoto"];

    private static readonly HashSet<string> Joiners = new(StringComparer.Ordinal) { "de", "del", "la", "las", "los", "el", "y", "of", "the", "and", "upon", "am", "an", "der" };

    /// <summary>
    /// Whether <paramref name="line"/> reads as a place; <paramref name="location"/> is then the place without its
    /// workplace type, or null for a workplace type alone (<c>Remote</c>).
    /// </summary>
    public static bool TryRead(string line, out string? location)
    {
        var text = line.Trim();
        location = null;
        foreach (var type in WorkplaceTypes)
        {
            if (text.Equals(type, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (text.EndsWith(" · " + type, StringComparison.OrdinalIgnoreCase))
            {
                var place = text[..^(type.Length + 3)].Trim();
                location = place.Length == 0 ? null : place;
                return true;
            }
        }

        if (!LooksLikePlace(text))
        {
            return false;
        }

        location = text;
        return true;
    }

    // A description starts with a sentence; a place is short, ends without a full stop, and is a list of names
    // ("Madrid, Community of Madrid, Spain") or a metropolitan area.
    private static bool LooksLikePlace(string text)
    {
        if (text.Length is 0 or > 80 || text[^1] is '.' or ':' or ';' or '!' or '?' || !char.IsUpper(text[0]))
        {
            return false;
        }

        if (Area().IsMatch(text))
        {
            return true;
        }

        var words = text.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        var named = words.All(w => char.IsUpper(w[0]) || Joiners.Contains(w));
        return named && (text.Contains(',', StringComparison.Ordinal) || words.Length <= 4);
    }

    [GeneratedRegex(@"\b(?:Area|Área|Region|Región|Metropolitan|metropolitana)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Area();
}
