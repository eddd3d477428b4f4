using System.Runtime.InteropServices;

namespace Playbook.Engine.Analysis;

/// <summary>
/// The name of a company or school, made comparable: accents, case, punctuation, a leading article and legal suffixes
/// (<c>S.L.</c>, <c>S.A.</c>, <c>GmbH</c>, <c>Ltd</c>, <c>Inc.</c>, ...) aside. Two names are the same organization
/// when their words are the same; when one is the start of the other (<c>Nubo Digital</c>, <c>Nubo Digital Agency</c>),
/// unless the shorter is one common word (<c>Universidad</c>, <c>Grupo</c>); or when one is written as an acronym in
/// capitals and is the initials of the other's significant words (<c>UCM</c>, <c>Universidad Complutense de Madrid</c>)
/// or its first word (<c>ESIC</c>, <c>ESIC Business &amp; Marketing School</c>).
/// </summary>
internal sealed class OrganizationName
{
    private static readonly string[][] LegalSuffixes =
    [
        ["s", "l"], ["s", "l", "u"], ["s", "l", "l"], ["s", "a"], ["s", "a", "u"], ["s", "a", "s"], ["s", "r", "l"], ["b", "v"], ["n", "v"],
        ["sl"], ["slu"], ["sll"], ["sa"], ["sau"], ["sas"], ["srl"], ["bv"], ["nv"], ["lda"], ["gmbh"], ["ltd"], ["limited"], ["inc"],
        ["llc"], ["corp"], ["plc"], ["ag"],
    ];

    private static readonly HashSet<string> Articles = new(["the", "el", "la", "los", "las"], StringComparer.Ordinal);

    private static readonly HashSet<string> Connectors = new(["and", "y", "e", "und", "et"], StringComparer.Ordinal);

    private static readonly HashSet<string> SmallWords = new(
        ["de", "del", "la", "las", "el", "los", "of", "the", "for", "en", "in", "at", "du", "des", "di", "da", "do", "fur"], StringComparer.Ordinal);

    // One word of these is not the name of an organization of its own: "Universidad" is not "Universidad de Salamanca".
    private static readonly HashSet<string> CommonWords = new(
        [
            "universidad", "university", "escuela", "school", "colegio", "college", "instituto", "institute", "grupo", "group", "banco",
            "bank", "fundacion", "foundation", "asociacion", "association", "centro", "center", "centre", "academia", "academy", "tiendas",
            "tienda", "consultores", "consulting", "agencia", "agency", "estudio", "studio", "servicios", "services", "soluciones",
            "solutions", "hospital", "clinica", "clinic", "camara", "federacion", "ministerio", "gobierno", "government", "sociedad",
            "compania", "company", "empresa", "digital", "global", "international", "capital", "partners", "ventures", "labs", "media",
            "marketing", "red", "business", "comercial", "industrias", "industries", "holding", "holdings", "freelance", "autonomo",
        ],
        StringComparer.Ordinal);

    private readonly string[] _words;
    private readonly string _initials;
    private readonly bool _isAcronym;

    private OrganizationName(string[] words, string initials, bool isAcronym)
    {
        _words = words;
        _initials = initials;
        _isAcronym = isAcronym;
    }

    /// <summary>The comparable name of <paramref name="name"/>, or null when nothing is left of it.</summary>
    public static OrganizationName? Of(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var words = TextTerms.Words(name).Where(w => !Connectors.Contains(w)).ToList();
        while (words.Count > 1 && Articles.Contains(words[0]))
        {
            words.RemoveAt(0);
        }

        while (words.Count > 1 && LegalSuffix(words) is > 0 and var length && length < words.Count)
        {
            words.RemoveRange(words.Count - length, length);
        }

        if (words.Count == 0)
        {
            return null;
        }

        var significant = words.Where(w => !SmallWords.Contains(w)).ToList();
        var initials = significant.Count >= 2 ? string.Concat(significant.Select(w => w[0])) : "";
        var trimmed = name.Trim();
        var isAcronym = words.Count == 1 && trimmed.Length is >= 2 and <= 8 && trimmed.All(char.IsUpper);
        return new OrganizationName([.. words], initials, isAcronym);
    }

    /// <summary>Whether the two names are one organization, by the rules above.</summary>
    public bool IsSameAs(OrganizationName other)
    {
        if (_words.AsSpan().SequenceEqual(other._words))
        {
            return true;
        }

        var (shorter, longer) = _words.Length <= other._words.Length ? (this, other) : (other, this);
        if (shorter._words.Length == longer._words.Length)
        {
            return false;
        }

        if (longer._words.AsSpan().StartsWith(shorter._words)
            && (shorter._words.Length > 1 || shorter._isAcronym || (shorter._words[0].Length >= 4 && !CommonWords.Contains(shorter._words[0]))))
        {
            return true;
        }

        return shorter._isAcronym && shorter._words[0].Length >= 3 && string.Equals(shorter._words[0], longer._initials, StringComparison.Ordinal);
    }

    /// <summary>How many words at the end of <paramref name="words"/> are a legal suffix, or 0.</summary>
    private static int LegalSuffix(List<string> words)
    {
        foreach (var suffix in LegalSuffixes)
        {
            if (suffix.Length < words.Count && CollectionsMarshal.AsSpan(words)[^suffix.Length..].SequenceEqual(suffix))
            {
                return suffix.Length;
            }
        }

        return 0;
    }
}
