using Playbook.Engine.Contacts;

namespace Playbook.Engine.Languages;

/// <summary>
/// Language codes (ISO 639-1: <c>es</c>, <c>en</c>, …) and the names people write languages with, in English,
/// Spanish and the language itself: <c>Spanish</c>, <c>Español</c>, <c>Castellano</c>, <c>Inglés</c>, <c>Deutsch</c>.
/// </summary>
internal static class LanguageCodes
{
    /// <summary>Folded language names (accents off, lower case) to codes.</summary>
    private static readonly Dictionary<string, string> ByName = Table(
        ("es", "spanish espanol castellano castilian espagnol spanisch spagnolo espanhol"),
        ("en", "english ingles anglais englisch inglese"),
        ("pt", "portuguese portugues portugais portugiesisch portoghese"),
        ("fr", "french frances francais franzosisch francese"),
        ("de", "german aleman deutsch allemand tedesco alemao"),
        ("it", "italian italiano italien italienisch"));

    /// <summary>Codes to the English names used in explanations.</summary>
    private static readonly Dictionary<string, string> Names = Table(
        ("Spanish", "es"), ("English", "en"), ("Portuguese", "pt"), ("French", "fr"), ("German", "de"), ("Italian", "it"));

    /// <summary>Whether <paramref name="text"/> has the shape of a language code: two or three ASCII letters.</summary>
    public static bool IsCode(string text) => text.Length is 2 or 3 && text.All(char.IsAsciiLetter);

    /// <summary>The code in <paramref name="language"/> (<c>es</c>, <c>ES</c>, <c>es-MX</c>, <c>pt_BR</c> all give the first part), or null.</summary>
    public static string? Normalize(string? language)
    {
        if (string.IsNullOrWhiteSpace(language))
        {
            return null;
        }

        var code = language.Trim().Split('-', '_')[0];
        return IsCode(code) ? code.ToLowerInvariant() : null;
    }

    /// <summary>
    /// The code of a language as a person names it: <c>Spanish</c>, <c>Español (nativo)</c>, <c>Brazilian Portuguese</c>,
    /// or a code such as <c>es</c> or <c>en-US</c>; null when it is not one this table knows.
    /// </summary>
    public static string? FromName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var folded = NameKey.Of(name);
        foreach (var word in folded.Split([' ', '(', ')', ',', '/', '-', ';'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (ByName.TryGetValue(word, out var code))
            {
                return code;
            }
        }

        return Normalize(name) is { } given && Names.ContainsKey(given) ? given : null;
    }

    /// <summary>The English name of <paramref name="code"/> (<c>Spanish</c>), or the code itself when unknown.</summary>
    public static string NameOf(string code) => Names.GetValueOrDefault(code, code);

    /// <summary>A table from rows of a value and the space-separated keys that map to it.</summary>
    private static Dictionary<string, string> Table(params (string Value, string Keys)[] rows) =>
        rows.SelectMany(r => r.Keys.Split(' ').Select(k => (Key: k, r.Value))).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
}
