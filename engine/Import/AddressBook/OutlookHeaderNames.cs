namespace Playbook.Engine.Import.AddressBook;

/// <summary>
/// The names Outlook gives its CSV columns: English (desktop and Outlook.com), then German, French and Spanish
/// as localized Outlook for Windows writes them. A name the header lacks simply finds nothing.
/// </summary>
internal static class OutlookHeaderNames
{
    /// <summary>The highest numbered e-mail column looked for (Outlook writes three).</summary>
    public const int MaxEmails = 3;

    public static readonly string[] FirstName = ["First Name", "Vorname", "Prénom", "Nombre"];
    public static readonly string[] MiddleName = ["Middle Name", "Weitere Vornamen", "Deuxième prénom", "Segundo nombre"];
    public static readonly string[] LastName = ["Last Name", "Nachname", "Nom", "Apellidos"];
    public static readonly string[] Company = ["Company", "Firma", "Société", "Organización", "Compañía", "Empresa"];
    public static readonly string[] JobTitle = ["Job Title", "Position", "Fonction", "Puesto", "Cargo"];
    public static readonly string[] Notes = ["Notes", "Notizen", "Notas"];
    public static readonly string[] Categories = ["Categories", "Kategorien", "Catégories", "Categorías"];
    public static readonly string[] WebPages = ["Web Page", "Personal Web Page", "Business Web Page", "Webseite", "Page Web", "Página Web"];

    /// <summary>Columns only the desktop layout has, besides the e-mail type and display name columns.</summary>
    public static readonly string[] DesktopOnly = ["Internet Free Busy", "Internet Frei/Gebucht", "Initials", "Initialen"];

    /// <summary>The business, home and other addresses: city, region and country names.</summary>
    public static readonly (string[] City, string[] Region, string[] Country)[] Addresses =
    [
        (["Business City", "Ort geschäftlich", "Ville (bureau)", "Ciudad de trabajo"],
         ["Business State", "Region geschäftlich", "Dép/Région (bureau)", "Provincia o estado de trabajo"],
         ["Business Country/Region", "Business Country", "Land/Region geschäftlich", "Pays/Région (bureau)", "País o región del trabajo"]),
        (["Home City", "Ort privat", "Ville (domicile)", "Ciudad de residencia"],
         ["Home State", "Bundesland/Kanton privat", "Dép/Région (domicile)", "Provincia o estado de residencia"],
         ["Home Country/Region", "Home Country", "Land/Region privat", "Pays/Région (domicile)", "País o región de residencia"]),
        (["Other City", "Weiterer Ort", "Ville (autre)", "Otra ciudad"],
         ["Other State", "Weiteres/r Bundesland/Kanton", "Dép/Région (autre)", "Otra provincia o estado"],
         ["Other Country/Region", "Other Country", "Weiteres/r Land/Region", "Pays/Région (autre)", "Otro país o región"]),
    ];

    /// <summary>Words of the phone columns (<c>Mobile Phone</c>, <c>Telefon privat</c>, <c>Tél. mobile</c>, <c>Teléfono móvil</c>).</summary>
    private static readonly string[] PhoneWords = ["phone", "telefon", "teléfono", "tél.", "mobil", "móvil"];

    /// <summary>Numbers that are not a line to call the person on.</summary>
    private static readonly string[] NotPhoneWords = ["fax", "télécopie", "pager"];

    /// <summary>The names of the address column of e-mail <paramref name="n"/> (1-based).</summary>
    public static string[] EmailAddress(int n) => n == 1
        ? ["E-mail Address", "E-Mail-Adresse", "Adresse de messagerie", "Dirección de correo electrónico"]
        : [$"E-mail {n} Address", $"E-Mail {n}: Adresse", $"Adresse de messagerie {n}", $"Dirección de correo electrónico {n}"];

    /// <summary>The names of the type column of e-mail <paramref name="n"/>: <c>SMTP</c>, or <c>EX</c> for an Exchange path.</summary>
    public static string[] EmailType(int n) => n == 1
        ? ["E-mail Type", "E-Mail-Typ", "Type de messagerie", "Tipo de correo electrónico"]
        : [$"E-mail {n} Type", $"E-Mail {n}: Typ", $"Type de messagerie {n}", $"Tipo de correo electrónico {n}"];

    /// <summary>The names of the display name column of e-mail <paramref name="n"/> (<c>Ana García (ana@example.com)</c>).</summary>
    public static string[] EmailDisplayName(int n) => n == 1
        ? ["E-mail Display Name", "E-Mail: Angezeigter Name", "Nom complet de l'adresse de messagerie", "Nombre para mostrar del correo electrónico"]
        : [$"E-mail {n} Display Name", $"E-Mail {n}: Angezeigter Name", $"Nom complet de l'adresse de messagerie {n}", $"Nombre para mostrar del correo electrónico {n}"];

    /// <summary>Whether the column <paramref name="name"/> holds a phone number (<c>Particular</c> is Spanish for the home phone).</summary>
    public static bool IsPhone(string name)
    {
        var lower = name.ToLowerInvariant();
        if (NotPhoneWords.Any(w => lower.Contains(w, StringComparison.Ordinal)))
        {
            return false;
        }

        return lower == "particular" || PhoneWords.Any(w => lower.Contains(w, StringComparison.Ordinal));
    }
}
