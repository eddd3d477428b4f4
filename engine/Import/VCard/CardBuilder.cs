using System.Globalization;
using Playbook.Engine.Contacts;
using Playbook.Engine.Import.Writing;

namespace Playbook.Engine.Import.VCard;

/// <summary>
/// Gathers the properties of one card into <see cref="ContactFacts"/>: N (FN when N has no name), the
/// first ORG component and TITLE, every EMAIL and TEL in order, a LinkedIn URL as the profile and other
/// URLs as web addresses, CATEGORIES as tags, NOTEs, and the first address with a place as the location.
/// Labels (<c>item1.X-ABLabel</c>), ROLE, NICKNAME and anything else are left out.
/// </summary>
internal sealed class CardBuilder
{
    /// <summary>Locality, region and country among post office box;extended;street;locality;region;postal code;country.</summary>
    private static readonly int[] LocationComponents = [3, 4, 6];

    private readonly List<string> _emails = [];
    private readonly List<string> _phones = [];
    private readonly List<string> _urls = [];
    private readonly List<string> _tags = [];
    private readonly List<string> _notes = [];
    private string? _firstName;
    private string? _lastName;
    private bool _hasStructuredName;
    private string? _formattedName;
    private string? _company;
    private string? _position;
    private string? _location;
    private string? _profileUrl;
    private string? _headline;
    private DateOnly? _connectedOn;
    private string? _stage;

    /// <summary>Takes in one property; <paramref name="value"/> is its decoded, still escaped text.</summary>
    public void Add(string name, string value)
    {
        switch (name)
        {
            case "N" when !_hasStructuredName:
                AddStructuredName(value);
                break;
            case "FN":
                _formattedName ??= NonEmpty(VCardText.Unescape(value));
                break;
            case "ORG":
                _company ??= NonEmpty(VCardText.Unescape(VCardText.Split(value, ';')[0]));
                break;
            case "TITLE":
                _position ??= NonEmpty(VCardText.Unescape(value));
                break;
            case "NOTE":
                AddDistinct(_notes, VCardText.Unescape(value), StringComparer.Ordinal);
                break;
            case "EMAIL":
                AddDistinct(_emails, WithoutScheme(VCardText.Unescape(value), "mailto:"), StringComparer.OrdinalIgnoreCase);
                break;
            case "TEL":
                AddDistinct(_phones, WithoutScheme(VCardText.Unescape(value), "tel:"), StringComparer.Ordinal);
                break;
            case "URL":
                AddUrl(VCardText.Unescape(value), anyUrl: true);
                break;
            case "X-SOCIALPROFILE" or "SOCIALPROFILE":
                AddUrl(VCardText.Unescape(value), anyUrl: false);
                break;
            case "CATEGORIES":
                foreach (var tag in VCardText.Items(value, ','))
                {
                    AddDistinct(_tags, tag, StringComparer.OrdinalIgnoreCase);
                }

                break;
            case "ADR":
                _location ??= Location(value);
                break;
            case "X-PLAYBOOK-HEADLINE":
                _headline ??= NonEmpty(VCardText.Unescape(value));
                break;
            case "X-PLAYBOOK-STAGE":
                _stage ??= VCardText.Unescape(value).Trim() is var stage && Stages.IsKnown(stage) ? stage : null;
                break;
            case "X-PLAYBOOK-CONNECTED-ON":
                _connectedOn ??= DateOnly.TryParseExact(VCardText.Unescape(value), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                    ? day
                    : null;
                break;
            default:
                break;
        }
    }

    /// <summary>The card as a row: its facts, or why it names nobody.</summary>
    public SourceRow Build(long line)
    {
        // An FN that is only the email address (cards of people without a name) is no name.
        var formattedName = _formattedName is not null && _emails.Contains(_formattedName, StringComparer.OrdinalIgnoreCase) ? null : _formattedName;
        var (first, last) = _firstName is null && _lastName is null ? NameKey.Split(formattedName) : (_firstName, _lastName);
        if (first is null && last is null && _emails.Count == 0 && _profileUrl is null && _urls.Count == 0)
        {
            return SourceRow.Skip(line, "card has no name, email or URL");
        }

        return SourceRow.Read(line, new ContactFacts
        {
            FirstName = first,
            LastName = last,
            Headline = _headline,
            Company = _company,
            Position = _position,
            Location = _location,
            ProfileUrl = _profileUrl,
            Notes = _notes.Count == 0 ? null : string.Join('\n', _notes),
            ConnectedOn = _connectedOn,
            Stage = _stage,
            Emails = _emails,
            Phones = _phones,
            Tags = _tags.Where(t => !AddressBook.ContactValues.IsEveryContactGroup(t)).ToList(),
            Urls = _urls,
        });
    }

    /// <summary>N is family;given;additional;prefix;suffix, each possibly a comma list: the first name is given and additional names.</summary>
    private void AddStructuredName(string value)
    {
        var components = VCardText.Split(value, ';');
        string? Component(int index) =>
            index < components.Count ? NonEmpty(string.Join(' ', VCardText.Items(components[index], ','))) : null;

        _lastName = Component(0);
        _firstName = NonEmpty(NameKey.Join(Component(1), Component(2)));
        _hasStructuredName = _firstName is not null || _lastName is not null;
    }

    private void AddUrl(string url, bool anyUrl)
    {
        if (url.Length == 0)
        {
            return;
        }

        if (_profileUrl is null && ProfileUrl.KeyOf(url) is not null)
        {
            _profileUrl = url;
        }
        else if (anyUrl || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            AddDistinct(_urls, url, StringComparer.Ordinal);
        }
    }

    /// <summary>"locality, region, country" of an ADR, with only the parts it has.</summary>
    private static string? Location(string value)
    {
        var components = VCardText.Split(value, ';');
        var parts = LocationComponents
            .Where(i => i < components.Count)
            .Select(i => VCardText.Unescape(components[i]).ReplaceLineEndings(" "))
            .Where(part => part.Length > 0);
        return NonEmpty(string.Join(", ", parts));
    }

    private static void AddDistinct(List<string> values, string value, StringComparer comparer)
    {
        if (value.Length > 0 && !values.Contains(value, comparer))
        {
            values.Add(value);
        }
    }

    private static string WithoutScheme(string value, string scheme) =>
        value.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) ? value[scheme.Length..].Trim() : value;

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
