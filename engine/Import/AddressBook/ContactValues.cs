namespace Playbook.Engine.Import.AddressBook;

/// <summary>Cleaning the lists an address-book row gives: e-mail addresses, phone numbers, web addresses, places.</summary>
internal static class ContactValues
{
    /// <summary>
    /// The values that look like e-mail addresses, first spelling kept, without repeats (case aside). Anything
    /// else (<c>n/a</c>, <c>-</c>, an Exchange path) would be taken for an identity and merge strangers.
    /// </summary>
    public static IReadOnlyList<string> Emails(IEnumerable<string> values) =>
        values.Where(IsEmail).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>Whether <paramref name="value"/> has the shape of an e-mail address: <c>x@y</c>, no spaces.</summary>
    public static bool IsEmail(string value)
    {
        var at = value.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at < value.Length - 1 && !value.Any(char.IsWhiteSpace);
    }

    /// <summary>The phone numbers, without repeats: two spellings with the same digits (and plus sign) are one number.</summary>
    public static IReadOnlyList<string> Phones(IEnumerable<string> values)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var phones = new List<string>();
        foreach (var value in values)
        {
            var digits = new string(value.Where(c => char.IsAsciiDigit(c) || c == '+').ToArray());
            if (seen.Add(digits.Length > 0 ? digits : value))
            {
                phones.Add(value);
            }
        }

        return phones;
    }

    /// <summary>The first LinkedIn profile URL among <paramref name="values"/>, and the other addresses without repeats.</summary>
    public static (string? ProfileUrl, IReadOnlyList<string> Urls) WebAddresses(IEnumerable<string> values)
    {
        string? profile = null;
        string? profileKey = null;
        var urls = new List<string>();
        foreach (var value in values)
        {
            var key = Contacts.ProfileUrl.KeyOf(value);
            if (key is not null && profileKey is null)
            {
                (profile, profileKey) = (value, key);
            }
            else if ((key is null || key != profileKey) && !urls.Contains(value, StringComparer.OrdinalIgnoreCase))
            {
                urls.Add(value);
            }
        }

        return (profile, urls);
    }

    /// <summary>
    /// Labels, groups or categories as tags (stored form, without repeats). Google's <c>myContacts</c> group
    /// (<c>My Contacts</c> in older exports and in Android's vCards), which every contact is in, is left out,
    /// also when Google writes it into an Outlook CSV;
    /// <c>System Group: Friends</c> is <c>friends</c> and <c>Starred in Android</c> is <c>starred</c>.
    /// </summary>
    public static IReadOnlyList<string> Tags(IEnumerable<string> values) =>
        values.Select(GroupTag).OfType<string>().Distinct(StringComparer.Ordinal).ToList();

    /// <summary>"City, region, country" from the parts present; null when none is.</summary>
    public static string? Location(string? city, string? region, string? country)
    {
        var parts = new[] { city, region, country }.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()).ToList();
        return parts.Count == 0 ? null : string.Join(", ", parts);
    }

    /// <summary>Whether <paramref name="label"/> is Google's every-contact group (<c>myContacts</c>, <c>My Contacts</c>).</summary>
    public static bool IsEveryContactGroup(string label) =>
        label.Replace(" ", "", StringComparison.Ordinal).Equals("mycontacts", StringComparison.OrdinalIgnoreCase);

    private static string? GroupTag(string label)
    {
        const string SystemGroup = "System Group:";
        var name = label.StartsWith(SystemGroup, StringComparison.OrdinalIgnoreCase) ? label[SystemGroup.Length..] : label;
        return name.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant() switch
        {
            "mycontacts" => null,
            "starredinandroid" => "starred",
            _ => Contacts.Tags.Normalize(name),
        };
    }
}
