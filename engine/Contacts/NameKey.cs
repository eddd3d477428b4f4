using System.Globalization;
using System.Text;

namespace Playbook.Engine.Contacts;

/// <summary>
/// A person's name folded for comparison: accents removed, lower-case, spaces collapsed, so that
/// <c>José  Núñez</c> and <c>jose nunez</c> compare equal.
/// </summary>
public static class NameKey
{
    /// <summary>The folded form of <paramref name="name"/> (empty for a blank name).</summary>
    public static string Of(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "";
        }

        var decomposed = name.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>A full name made of the parts that are present.</summary>
    public static string Join(string? first, string? last) =>
        string.Join(' ', new[] { first?.Trim(), last?.Trim() }.Where(p => !string.IsNullOrEmpty(p)));

    /// <summary>Splits a full name into first name (the first word) and last name (the rest).</summary>
    public static (string? First, string? Last) Split(string? fullName)
    {
        var trimmed = fullName?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return (null, null);
        }

        var space = trimmed.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? (trimmed, null) : (trimmed[..space], trimmed[(space + 1)..].Trim());
    }
}
