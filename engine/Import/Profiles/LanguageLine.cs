using Playbook.Engine.Contacts;

namespace Playbook.Engine.Import.Profiles;

/// <summary>A language as the PDF's sidebar writes it: <c>English (Native or Bilingual)</c>, <c>Español (Competencia bilingüe o nativa)</c>.</summary>
internal static class LanguageLine
{
    /// <summary>The language and, when written in parentheses after it, its level.</summary>
    public static Language Read(string text)
    {
        var line = text.Trim();
        var open = line.LastIndexOf(" (", StringComparison.Ordinal);
        return open > 0 && line.EndsWith(')')
            ? new Language(line[..open].TrimEnd(), line[(open + 2)..^1].Trim())
            : new Language(line, null);
    }
}
