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

        if (IsFoldedAscii(name))
        {
            return name;
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

    /// <summary>
    /// Whether <paramref name="name"/> is its own key already: ASCII alone (nothing to decompose or compose), lower case,
    /// without blanks at its ends or blanks to collapse (a key folded before, looked up again): it needs no new string.
    /// </summary>
    private static bool IsFoldedAscii(string name) =>
        Ascii.IsValid(name) && name.AsSpan().Trim().Length == name.Length && !name.AsSpan().ContainsAnyInRange('A', 'Z')
        && !HasBlankToFold(name);

    /// <summary>Whether <paramref name="text"/> has a blank that is not one single space.</summary>
    private static bool HasBlankToFold(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]) && (text[i] != ' ' || (i > 0 && text[i - 1] == ' ')))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A full name made of the parts that are present.</summary>
    public static string Join(string? first, string? last)
    {
        var (firstPart, lastPart) = (Trimmed(first), Trimmed(last));
        return firstPart.Length == 0 ? lastPart : lastPart.Length == 0 ? firstPart : string.Concat(firstPart, " ", lastPart);
    }

    private static string Trimmed(string? part) => part is null ? "" : part.Trim();

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
