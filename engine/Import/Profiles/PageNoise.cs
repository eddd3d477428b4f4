using System.Text.RegularExpressions;

namespace Playbook.Engine.Import.Profiles;

/// <summary>
/// What a copied profile page holds besides the profile: navigation, buttons, connection counts, "Show all"
/// links, endorsements, pronouns, in English and Spanish. None of it is any field.
/// </summary>
internal static partial class PageNoise
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "Skip to main content", "Home", "My Network", "Jobs", "Messaging", "Notifications", "Me", "For Business",
        "Work", "Learning", "Reactivate Premium", "Message", "More",
        "Connect", "Follow", "Following", "Pending", "Accept", "Ignore", "Endorse", "Endorsed", "Open to work", "Open to",
        "Add profile section", "Enhance profile", "Resources", "Show credential", "Show all", "Show more",
        "Show less", "See all", "see more", "…see more", "...see more", "… more", "Verified", "He/Him", "She/Her",
        "They/Them", "Connections", "Contact info", "Status is online", "Status is reachable", "Visit my website",
        "Passed LinkedIn Skill Assessment", "Background image", "Profile photo", "Company logo",
        "Ir al contenido principal", "Inicio", "Mi red", "Empleos", "Mensajes", "Notificaciones", "Yo",
        "Para negocios", "Reactivar Premium",
        "Enviar mensaje", "Mensaje", "Más", "Conectar", "Seguir", "Siguiendo", "Pendiente", "Aceptar", "Ignorar", "Validar", "Validado",
        "Disponible para trabajar", "Mostrar credencial", "Mostrar todo", "Mostrar más", "Mostrar menos",
        "Ver todo", "ver más", "…ver más", "...ver más", "Verificado", "Él", "Ella", "Él/Él", "Ella/Ella",
        "Contactos", "Información de contacto", "Visitar mi sitio web", "Imagen de fondo", "Foto del perfil",
        "Logotipo de la empresa", "Ha superado la evaluación de aptitudes de LinkedIn",
    };

    private static readonly HashSet<string> ContactInfo = new(StringComparer.OrdinalIgnoreCase) { "Contact info", "Información de contacto" };

    /// <summary>Whether <paramref name="line"/> is no part of the profile.</summary>
    public static bool IsNoise(string line) => Words.Contains(line) || Pattern().IsMatch(line);

    /// <summary>Whether <paramref name="line"/> is the "Contact info" link, which follows the location in the top card.</summary>
    public static bool IsContactInfo(string line) => ContactInfo.Contains(line);

    /// <summary>
    /// <paramref name="line"/> without a "Contact info" link written on the same line (<c>Madrid, Spain · Contact
    /// info</c>), and whether there was one.
    /// </summary>
    public static (string Text, bool HadContactInfo) WithoutContactInfo(string line)
    {
        foreach (var link in ContactInfo)
        {
            if (line.EndsWith(" · " + link, StringComparison.OrdinalIgnoreCase))
            {
                return (line[..^(link.Length + 3)].TrimEnd(), true);
            }
        }

        return (line, false);
    }

    [GeneratedRegex("""
        ^(?:
          ·?\s*(?:1st|2nd|3rd\+?|[123]\.?º\+?|[123]er)(?:\s+degree\s+connection|\s+grado)?
        | \d{1,3}
        | \d+\s+(?:new\s+)?notifications?(?:\s+total)?
        | \d+\s+notificaci(?:ón|ones)(?:\s+nuevas?)?
        | (?:Más\s+de\s+)?\d[\d.,]*\+?\s+(?:connections|followers|contactos|seguidores)
        | .*\s(?:mutual\s+connections?|contactos?\s+en\s+común)
        | (?:Try|Prueba)\s+Premium\b.*
        | Show\s+all\b.*
        | Mostrar\s+(?:las|los|todas|todos|\d+)\b.*
        | \d+\s+(?:endorsements?|validaciones|validación)
        | (?:Endorsed|Validad[oa])\s+(?:by|por)\s.*
        | \d+\s+experiences?\s+(?:at|across)\s.*
        | \d+\s+experiencias?\s+en\s.*
        | (?:Skills|Aptitudes|Activities\s+and\s+societies|Actividades\s+y\s+grupos|Grade|Nota):\s.*
        | (?:Credential\s+ID|ID\s+de\s+la\s+credencial)\b.*
        )$
        """, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Pattern();
}
