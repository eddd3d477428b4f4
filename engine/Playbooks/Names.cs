using System.Text;

namespace Playbook.Engine.Playbooks;

/// <summary>
/// The rule for names a playbook gives (playbook names, step ids, channels): lower-case ASCII letters, digits,
/// <c>-</c> and <c>_</c>, so they work as file names, command-line arguments and journal keys on every system.
/// Template references follow the template files' own rule (<see cref="IsTemplateName"/>).
/// </summary>
internal static class Names
{
    public static bool IsValid(string name) =>
        name.Length > 0 && name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '_');

    /// <summary>
    /// Whether <paramref name="name"/> can name a template, by the rule of template files (<c>NAME.liquid</c>,
    /// <c>NAME.LANG.liquid</c>): ASCII letters of either case, digits, <c>-</c> and <c>_</c>, starting with a letter or digit.
    /// </summary>
    public static bool IsTemplateName(string name) =>
        name.Length > 0 && char.IsAsciiLetterOrDigit(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    /// <summary>What is wrong with a template reference such as <c>welcome.es.liquid</c>.</summary>
    public static string Problem(string name)
    {
        var stem = name.Split('.')[0].Trim();
        return name.Contains('.', StringComparison.Ordinal) && IsTemplateName(stem)
            ? $"template '{name}' should be the template's name alone, without language or extension, such as '{stem}'"
            : $"template '{name}' should be letters, digits, '-' and '_'";
    }

    /// <summary><c>{what} 'Wait 1' should be lower-case letters, digits, '-' and '_', such as 'wait-1'</c>.</summary>
    public static string Problem(string what, string name)
    {
        var message = $"{what} '{name}' should be lower-case letters, digits, '-' and '_'";
        var suggestion = Slug(name);
        return suggestion.Length > 0 ? $"{message}, such as '{suggestion}'" : message;
    }

    private static string Slug(string name)
    {
        var slug = new StringBuilder();
        foreach (var c in name.Trim().ToLowerInvariant())
        {
            if (char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '_')
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().TrimEnd('-');
    }
}
