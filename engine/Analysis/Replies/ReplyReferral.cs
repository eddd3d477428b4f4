using System.Text.RegularExpressions;

namespace Playbook.Engine.Analysis.Replies;

/// <summary>
/// The form of <see cref="ReplyClassification.Referral"/>: the person's name as written, with the email in angle
/// brackets when the reply gives one (<c>Lucía &lt;lucia@acme.es&gt;</c>), the email alone in brackets when no name is
/// given (<c>&lt;jorge.ruiz@acme.es&gt;</c>), or empty for a referral that names nobody ("talk to my colleague").
/// </summary>
public static partial class ReplyReferral
{
    /// <summary>The name and the email of a referral; each null when it is not there.</summary>
    public static (string? Name, string? Email) Parse(string? referral)
    {
        var text = referral?.Trim() ?? "";
        var match = Bracketed().Match(text);
        if (!match.Success)
        {
            return (text.Length == 0 ? null : text, null);
        }

        var name = text[..match.Index].Trim();
        return (name.Length == 0 ? null : name, match.Groups[1].Value.Trim());
    }

    /// <summary>A referral written from its name and email (either may be missing; both missing is the empty referral).</summary>
    public static string Format(string? name, string? email)
    {
        var person = name?.Trim() ?? "";
        return string.IsNullOrWhiteSpace(email) ? person : person.Length == 0 ? $"<{email.Trim()}>" : $"{person} <{email.Trim()}>";
    }

    /// <summary>
    /// Whether <paramref name="referral"/> is only the email of a shared mailbox (info@, contact@, support@…), which an
    /// automatic reply gives for anything meanwhile: no person is referred to.
    /// </summary>
    public static bool IsSharedMailbox(string? referral) =>
        Parse(referral) is (null, { } email) && SharedMailboxes.Contains(email[..Math.Max(0, email.IndexOf('@', StringComparison.Ordinal))]);

    private static readonly HashSet<string> SharedMailboxes = new(StringComparer.OrdinalIgnoreCase)
    {
        "info", "informacion", "contact", "contacto", "hello", "hola", "hi", "support", "soporte", "help", "ayuda", "admin",
        "office", "oficina", "reception", "recepcion", "general", "enquiries", "inquiries", "consultas", "atencion",
        "atencionalcliente", "customerservice", "service", "servicio", "sales", "ventas", "team", "equipo", "noreply", "no-reply",
    };

    [GeneratedRegex(@"<([^<>]*)>\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Bracketed();
}
