using System.Text;
using System.Text.Json;

namespace Playbook.Engine.Import.X;

/// <summary>
/// Who the owner's posts mention, by X id: the names and handles the archive gives for accounts other than the
/// owner's (<c>entities.user_mentions</c>, and the handle a reply was addressed to). The newest post's wins.
/// </summary>
internal static class XMentions
{
    /// <summary>Adds what <paramref name="root"/>, a tweets file's array, says about people to <paramref name="people"/>.</summary>
    public static void Read(JsonElement root, Dictionary<string, (XPerson Person, DateTimeOffset At)> people)
    {
        if (root.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        foreach (var item in root.EnumerateArray())
        {
            var tweet = item.ValueKind == JsonValueKind.Object && item.TryGetProperty("tweet", out var inner) ? inner : item;
            if (tweet.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            var at = Posted(XDataFile.Text(tweet, "created_at"));
            if (tweet.TryGetProperty("entities", out var entities) && entities.ValueKind == JsonValueKind.Object
                && entities.TryGetProperty("user_mentions", out var mentions) && mentions.ValueKind == JsonValueKind.Array)
            {
                foreach (var mention in mentions.EnumerateArray())
                {
                    var id = XDataFile.Id(mention, "id_str") ?? XDataFile.Id(mention, "id");
                    if (id is not null)
                    {
                        Add(people, id, new XPerson(CleanName(XDataFile.Text(mention, "name")), Handle(XDataFile.Text(mention, "screen_name"))), at);
                    }
                }
            }

            if ((XDataFile.Id(tweet, "in_reply_to_user_id_str") ?? XDataFile.Id(tweet, "in_reply_to_user_id")) is { } repliedTo)
            {
                Add(people, repliedTo, new XPerson(null, Handle(XDataFile.Text(tweet, "in_reply_to_screen_name"))), at);
            }
        }
    }

    private static void Add(Dictionary<string, (XPerson Person, DateTimeOffset At)> people, string id, XPerson person, DateTimeOffset at)
    {
        if (!people.TryGetValue(id, out var known))
        {
            people[id] = (person, at);
            return;
        }

        var (newer, older) = at >= known.At ? (person, known.Person) : (known.Person, person);
        people[id] = (new XPerson(newer.Name ?? older.Name, newer.Handle ?? older.Handle), at > known.At ? at : known.At);
    }

    /// <summary>A post's time as X writes it in tweets.js: <c>Wed Oct 10 20:19:24 +0000 2018</c>.</summary>
    private static DateTimeOffset Posted(string? text) =>
        DateTimeOffset.TryParseExact(text, "ddd MMM dd HH:mm:ss zzz yyyy", System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AdjustToUniversal, out var at) ? at : DateTimeOffset.MinValue;

    /// <summary><c>@handle</c> for a screen name, or null.</summary>
    public static string? Handle(string? screenName)
    {
        var trimmed = screenName?.Trim().TrimStart('@');
        return string.IsNullOrEmpty(trimmed) || trimmed.Length > 50 ? null : "@" + trimmed;
    }

    /// <summary>
    /// A display name as a person's name: letters, marks, spaces, hyphens, apostrophes and dots kept (emoji, flags and
    /// "| founder" tails dropped); null when no word of two letters is left.
    /// </summary>
    public static string? CleanName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var cut = name.IndexOfAny(['|', '·', '•', '/', '(', '[']);
        var text = cut > 0 ? name[..cut] : name;
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            builder.Append(char.IsLetter(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
                || c is '-' or '\'' or '’' or '.' ? c : ' ');
        }

        var words = builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var cleaned = string.Join(' ', words).Trim('-', '.', ' ');
        return cleaned.Length >= 2 && cleaned.Length <= 100 && words.Any(w => w.Count(char.IsLetter) >= 2) ? cleaned : null;
    }
}
