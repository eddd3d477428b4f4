using Playbook.Engine.Contacts;

namespace Playbook.Engine.Languages;

/// <summary>
/// The language people write in at a place, from a contact's location as networks write it:
/// <c>Madrid, Community of Madrid, Spain</c>, <c>Greater Madrid Metropolitan Area</c>, <c>Barcelona y alrededores</c>,
/// <c>São Paulo e Região</c>. Names are matched accent- and case-insensitively, in English, Spanish and the local language.
/// <list type="number">
/// <item>The country: the last comma-separated part the table knows (a country, or a region that stands for
/// one: a Spanish autonomous community, a US state, a Canadian province).</item>
/// <item>Inside a country with more than one language, a city or region that speaks another:
/// Quebec and Montreal in Canada (fr), Geneva and Lausanne (fr) or Lugano (it) in Switzerland, Brussels and
/// Wallonia in Belgium (fr). Belgium itself decides nothing: Dutch, its largest language, is not one the templates know.</item>
/// <item>Without a known country, a known city, with affixes such as <c>Greater</c>, <c>Metropolitan Area</c>,
/// <c>y alrededores</c>, <c>e Região</c> taken off.</item>
/// </list>
/// </summary>
internal static class PlaceLanguages
{
    private static readonly Dictionary<string, string?> Countries = Table(
        ("es", "spain espana espagne spanien spagna espanha mexico argentina colombia chile peru venezuela ecuador bolivia paraguay uruguay " +
            "guatemala honduras el-salvador nicaragua costa-rica panama cuba dominican-republic republica-dominicana puerto-rico " +
            "catalonia cataluna catalunya andalusia andalucia community-of-madrid comunidad-de-madrid valencian-community comunidad-valenciana " +
            "basque-country pais-vasco galicia aragon castilla-y-leon castile-and-leon canary-islands canarias islas-canarias " +
            "balearic-islands islas-baleares region-of-murcia region-de-murcia asturias navarra cantabria"),
        ("en", "united-kingdom uk u-k great-britain england scotland wales northern-ireland ireland united-states united-states-of-america usa u-s-a us u-s " +
            "canada australia new-zealand south-africa india singapore nigeria kenya ghana reino-unido estados-unidos eeuu ee-uu irlanda " +
            "inglaterra escocia nueva-zelanda sudafrica royaume-uni etats-unis vereinigtes-konigreich vereinigte-staaten regno-unito stati-uniti " +
            "california new-york texas florida washington massachusetts illinois district-of-columbia ontario british-columbia alberta"),
        ("de", "germany deutschland alemania allemagne germania alemanha austria osterreich autriche switzerland schweiz suisse svizzera suiza suica liechtenstein"),
        ("fr", "france francia frankreich franca monaco luxembourg belgique quebec ile-de-france"),
        ("pt", "portugal brazil brasil bresil brasilien angola mozambique mocambique"),
        ("it", "italy italia italie italien san-marino"),
        (null, "belgium belgie belgien belgica"));

    private static readonly Dictionary<string, string?> Quebec = Table(("fr", "quebec montreal laval gatineau sherbrooke quebec-city ville-de-quebec"));

    private static readonly Dictionary<string, string?> SwissRomandyAndTicino = Table(
        ("fr", "geneva geneve genf ginevra lausanne vaud neuchatel fribourg valais jura"),
        ("it", "ticino tessin lugano bellinzona locarno"));

    private static readonly Dictionary<string, string?> BrusselsAndWallonia = Table(
        ("fr", "brussels bruxelles brussel wallonia wallonie liege namur charleroi mons"));

    /// <summary>Countries with more than one language, to the places inside them that speak another.</summary>
    private static readonly Dictionary<string, Dictionary<string, string?>> Inside = new[]
    {
        (Quebec, "canada"),
        (SwissRomandyAndTicino, "switzerland schweiz suisse svizzera suiza suica"),
        (BrusselsAndWallonia, "belgium belgique belgie belgien belgica"),
    }.SelectMany(row => row.Item2.Split(' ').Select(country => (Country: country, Places: row.Item1)))
        .ToDictionary(p => p.Country, p => p.Places, StringComparer.Ordinal);

    private static readonly Dictionary<string, string?> Cities = Table(
        ("es", "madrid barcelona valencia sevilla seville bilbao malaga zaragoza mexico-city ciudad-de-mexico cdmx guadalajara monterrey " +
            "buenos-aires bogota medellin cali santiago santiago-de-chile lima quito caracas montevideo"),
        ("en", "london new-york new-york-city nyc san-francisco los-angeles chicago boston seattle austin dublin manchester edinburgh " +
            "toronto vancouver sydney melbourne"),
        ("de", "berlin munich munchen hamburg frankfurt cologne koln vienna wien zurich"),
        ("fr", "paris lyon marseille toulouse montreal geneva geneve brussels bruxelles"),
        ("pt", "lisbon lisboa porto sao-paulo rio-de-janeiro"),
        ("it", "rome roma milan milano turin torino naples napoli florence firenze"));

    private static readonly string[] Prefixes =
    [
        "greater ", "gran ", "grande ", "area metropolitana de ", "area metropolitana di ", "region metropolitana de ",
        "regiao metropolitana de ", "regiao metropolitana do ", "metropolregion ", "city of ",
    ];

    private static readonly string[] Suffixes =
    [
        " metropolitan area", " metropolitan region", " metro area", " bay area", " area", " y alrededores", " e regiao",
        " und umgebung", " e dintorni", " et peripherie", " region", " dc", " d c",
    ];

    /// <summary>
    /// The language of <paramref name="location"/> and the part of it that decided (<c>Spain</c>, <c>Geneva</c>),
    /// or null when no part is a place the tables know.
    /// </summary>
    public static (string Code, string Place)? Find(string? location)
    {
        if (string.IsNullOrWhiteSpace(location))
        {
            return null;
        }

        var parts = location.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var keys = parts.Select(Fold).ToArray();
        var before = parts.Length;
        for (var k = parts.Length - 1; k >= 0; k--)
        {
            if (Lookup(Countries, keys[k]) is not { } country)
            {
                continue;
            }

            if (Inside.TryGetValue(country.Key, out var places))
            {
                for (var j = 0; j < k; j++)
                {
                    if (Lookup(places, keys[j]) is { Code: { } other })
                    {
                        return (other, parts[j]);
                    }
                }
            }

            if (country.Code is { } code)
            {
                return (code, parts[k]);
            }

            before = k;
            break;
        }

        for (var j = 0; j < before; j++)
        {
            if (Lookup(Cities, keys[j]) is { Code: { } code })
            {
                return (code, parts[j]);
            }
        }

        return null;
    }

    /// <summary>The entry for <paramref name="key"/>, as written or with its affixes taken off.</summary>
    private static (string Key, string? Code)? Lookup(Dictionary<string, string?> table, string key)
    {
        if (table.TryGetValue(key, out var code))
        {
            return (key, code);
        }

        var stripped = Strip(key);
        return table.TryGetValue(stripped, out code) ? (stripped, code) : null;
    }

    private static string Strip(string key)
    {
        while (true)
        {
            if (Array.Find(Prefixes, p => key.Length > p.Length && key.StartsWith(p, StringComparison.Ordinal)) is { } prefix)
            {
                key = key[prefix.Length..];
            }
            else if (Array.Find(Suffixes, s => key.Length > s.Length && key.EndsWith(s, StringComparison.Ordinal)) is { } suffix)
            {
                key = key[..^suffix.Length];
            }
            else
            {
                return key;
            }
        }
    }

    /// <summary>Accents off, lower case, dots dropped (<c>EE. UU.</c>, <c>D.C.</c>), hyphens read as spaces.</summary>
    private static string Fold(string part) => NameKey.Of(part.Replace('.', ' ').Replace('-', ' '));

    /// <summary>A table from space-separated names, each written with '-' for its inner spaces.</summary>
    private static Dictionary<string, string?> Table(params (string? Code, string Names)[] rows)
    {
        var table = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (code, names) in rows)
        {
            foreach (var name in names.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                table[name.Replace('-', ' ')] = code;
            }
        }

        return table;
    }
}
