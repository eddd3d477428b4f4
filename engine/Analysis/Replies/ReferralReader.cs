using System.Text.RegularExpressions;

namespace Playbook.Engine.Analysis.Replies;

/// <summary>
/// The person a referral rule points to, read from the message as written: the capitalized words that start its
/// <c>who</c> group (a name keeps its case and accents), and an email near them. After a <c>role</c> ("mi compañera",
/// "my colleague") a name may come a few words later ("nuestra responsable de compras, Marta Vidal"); without one the
/// name or the email must come first, so "talk to you soon" and "email me at…" refer to nobody.
/// </summary>
internal static partial class ReferralReader
{
    private const int MostNameWords = 4;
    private const int MostSkippedWords = 4;
    private const int MostLowerCaseNameWords = 2;

    /// <summary>Words that start what follows a referral's verb in lower case without being a name.</summary>
    private static readonly HashSet<string> NotLowerCaseNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "que", "con", "por", "para", "sobre", "esto", "eso", "este", "ese", "esta", "esa", "ello", "ti", "vos", "ustedes",
        "alguno", "alguna", "otro", "otra", "nadie", "todos", "gente", "persona", "rrhh", "ventas", "compras", "marketing",
        "soporte", "finanzas", "legal", "administracion", "direccion", "gerencia", "equipo", "area", "departamento",
        "to", "with", "about", "on", "for", "and", "or", "him", "them", "people", "person", "team", "hr", "sales",
        "procurement", "support", "finance", "marketing", "legal", "admin", "someone", "anyone", "everyone", "again",
        "soon", "later", "directly", "more", "back", "there", "here", "now", "then", "if", "when", "so", "but", "in",
        "at", "from", "of", "who", "he", "she", "they", "en", "y", "and", "él", "is", "was", "are", "be", "am", "es", "son",
        "esta", "my", "mi",
    };

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal) { "de", "del", "la", "las", "los", "van", "von", "da", "di", "du", "le", "y" };

    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "I", "You", "Me", "Us", "Him", "Her", "Them", "It", "We", "They", "He", "She", "The", "A", "An", "My", "Our", "Your",
        "This", "That", "Someone", "Somebody", "Anyone", "El", "La", "Los", "Las", "Un", "Una", "Mi", "Tu", "Su", "Nuestro",
        "Nuestra", "Él", "Ella", "Ellos", "Usted", "Nosotros", "Alguien", "Quien", "Who", "Eso", "Esto", "Esa", "Esta", "Ese",
        "Este", "Lo", "Le", "Ya", "Yo", "There", "Here", "Which", "Cheers", "Thanks", "Gracias", "Hi", "Hello", "Hola",
        "Dear", "Hey", "Buenas", "Saludos", "HR", "IT", "RRHH", "TI", "Sales",
        "Marketing", "Finance", "Legal", "Procurement", "Compras", "Ventas", "Finanzas", "Soporte", "Support", "Operations",
        "Operaciones", "Engineering", "Product", "Producto",
    };

    /// <summary>The referral of a rule's match in <paramref name="message"/>; null when it names nobody and has no role.</summary>
    public static string? Read(FoldedText message, System.Text.RegularExpressions.Match match)
    {
        var who = match.Groups["who"];
        var hasRole = match.Groups["role"] is { Success: true, Length: > 0 };
        var written = who is { Success: true, Length: > 0 } ? message.OriginalOf(who.Value.Trim(), who.Index) ?? "" : "";
        // In a message written all in lower case a name is too ("habla con fernanda rios"): up to two words no word list knows.
        var lowerCase = !message.Original.Any(char.IsUpper);
        var (name, email) = NameAndEmail(written, hasRole, lowerCase);
        // "Habla con Marta Vidal, de RRHH. Te paso su correo: marta.vidal@…": the email that carries the name.
        email ??= name is null ? null : EmailOf(name, message.Original);
        return name is null && email is null ? (hasRole ? "" : null) : ReplyReferral.Format(name, email);
    }

    private static (string? Name, string? Email) NameAndEmail(string written, bool hasRole, bool lowerCase)
    {
        bool IsName(string word) => IsNameWord(word) || (lowerCase && IsLowerCaseName(word));

        var words = written.Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
        var first = words.Length == 0 ? "" : words[0].Trim('(', '[', ',', ':', '"', '\'', '<', '>', ')');
        if (Email().Match(first) is { Success: true } leading && leading.Index == 0)
        {
            return (null, leading.Value);
        }

        var start = -1;
        for (var i = 0; i < words.Length && i <= (hasRole ? MostSkippedWords : 0); i++)
        {
            if (IsName(words[i]))
            {
                start = i;
                break;
            }

            if (words[i].EndsWith(',') && !hasRole)
            {
                break;
            }
        }

        if (start < 0)
        {
            return (null, hasRole ? EmailIn(written) : null);
        }

        var name = new List<string>();
        var most = lowerCase && !IsNameWord(words[start]) ? MostLowerCaseNameWords : MostNameWords;
        for (var i = start; i < words.Length && name.Count(w => !Particles.Contains(w)) < most; i++)
        {
            var word = words[i];
            var bare = Bare(word);
            if (IsName(word) || (name.Count > 0 && Particles.Contains(bare) && !lowerCase))
            {
                name.Add(bare);
                if (bare.Length != word.TrimStart('(', '"', '\'').Length)
                {
                    break;
                }
            }
            else
            {
                break;
            }
        }

        while (name.Count > 0 && Particles.Contains(name[^1]))
        {
            name.RemoveAt(name.Count - 1);
        }

        var rest = string.Join(' ', words.Skip(start));
        return (name.Count == 0 ? null : string.Join(' ', name), EmailIn(rest));
    }

    /// <summary>The first email in <paramref name="message"/> whose address holds a word of <paramref name="name"/>.</summary>
    private static string? EmailOf(string name, string message)
    {
        var words = Fold(name).Split([' ', '-', '\''], StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 3).ToList();
        for (var email = Email().Match(message); email.Success; email = email.NextMatch())
        {
            var local = Fold(email.Value[..email.Value.IndexOf('@', StringComparison.Ordinal)]);
            if (words.Any(w => local.Contains(w, StringComparison.Ordinal)))
            {
                return email.Value;
            }
        }

        return null;
    }

    private static string Fold(string text) => FoldedText.Of(text, text.Length).Text;

    private static bool IsLowerCaseName(string word)
    {
        var bare = Bare(word);
        return bare.Length > 1 && bare.All(c => char.IsLetter(c) || c is '-' or '\'' or '’') && !NotNames.Contains(bare)
            && !Particles.Contains(bare) && !NotLowerCaseNames.Contains(bare);
    }

    private static bool IsNameWord(string word)
    {
        var bare = Bare(word);
        return bare.Length > 0 && char.IsUpper(bare[0]) && bare.All(c => char.IsLetter(c) || c is '-' or '\'' or '’' or '.')
            && !NotNames.Contains(bare);
    }

    /// <summary>A word without the punctuation around it.</summary>
    private static string Bare(string word) => word.Trim('(', ')', '[', ']', ',', ':', ';', '"', '\'', '<', '>', '.', '!', '?', '¿', '¡');

    private static string? EmailIn(string text) => Email().Match(text) is { Success: true } email ? email.Value : null;

    [GeneratedRegex(@"[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,5}\.[A-Za-z]{2,24}", RegexOptions.CultureInvariant)]
    private static partial Regex Email();
}
