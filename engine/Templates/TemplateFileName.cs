using System.Diagnostics.CodeAnalysis;
using Playbook.Engine.Languages;

namespace Playbook.Engine.Templates;

/// <summary>
/// What a template file's name says: <c>welcome.liquid</c> is the template <c>welcome</c> for any language,
/// <c>welcome.es.liquid</c> its Spanish variant. Names are letters, digits, <c>-</c> and <c>_</c>; languages are
/// two- or three-letter codes (ISO 639), compared in lower case.
/// </summary>
internal static class TemplateFileName
{
    /// <summary>Reads <paramref name="fileName"/> (no folder); on failure <paramref name="error"/> says how to name it.</summary>
    public static bool TryParse(string fileName, out string name, out string? language, [NotNullWhen(false)] out string? error)
    {
        name = "";
        language = null;
        var stem = fileName.EndsWith(TemplateLibrary.FileExtension, StringComparison.OrdinalIgnoreCase)
            ? fileName[..^TemplateLibrary.FileExtension.Length]
            : fileName;
        var parts = stem.Split('.');
        if (parts.Length > 2 || !IsValidName(parts[0]))
        {
            error = $"'{fileName}' is not a template name: name template files NAME.liquid or NAME.LANG.liquid, "
                + "with a name of letters, digits, '-' and '_' and a language code such as es or en";
            return false;
        }

        if (parts.Length == 2)
        {
            if (!LanguageCodes.IsCode(parts[1]))
            {
                error = $"'{parts[1]}' in '{fileName}' is not a language code: write a two-letter code such as es, en, pt, fr, de or it";
                return false;
            }

            language = parts[1].ToLowerInvariant();
        }

        name = parts[0];
        error = null;
        return true;
    }

    /// <summary>
    /// Letters and digits, then also <c>-</c> and <c>_</c> (ASCII only). A loop rather than a regular expression: this
    /// runs for every template at every start, where loading the regular expression engine costs more than the check.
    /// </summary>
    private static bool IsValidName(string name)
    {
        if (name.Length == 0 || !char.IsAsciiLetterOrDigit(name[0]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_'))
            {
                return false;
            }
        }

        return true;
    }
}
