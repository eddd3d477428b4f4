using System.Globalization;

namespace Playbook.Engine.Store;

/// <summary>How values are written as text in the store: instants in UTC round-trip form, dates as ISO.</summary>
internal static class StoreFormat
{
    private const string InstantFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    /// <summary>The length of an instant as the store writes it.</summary>
    private const int InstantLength = 28;

    /// <summary>
    /// An instant as the store writes it, <c>yyyy-MM-ddTHH:mm:ss.fffffffZ</c>: the round-trip form of its UTC time, whose
    /// writer is a fast path of its own (the same text as <see cref="InstantFormat"/>, which every row of an import spent a
    /// custom format's parse on).
    /// </summary>
    public static string Instant(DateTimeOffset value) => value.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    /// <summary>
    /// Reads an instant as <see cref="Instant(DateTimeOffset)"/> writes it, or any ISO 8601 form. The store's own form is
    /// read by the round-trip format's parser, whose fast path (about ten times the custom format's speed) is taken only
    /// without styles: its trailing <c>Z</c> makes the instant UTC all the same.
    /// </summary>
    public static DateTimeOffset ParseInstant(string text)
    {
        if (text.Length == InstantLength && text[^1] == 'Z'
            && DateTimeOffset.TryParseExact(text, "O", CultureInfo.InvariantCulture, DateTimeStyles.None, out var stored))
        {
            return stored;
        }

        return DateTimeOffset.TryParseExact(text, InstantFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var exact)
            ? exact
            : DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
    }

    public static string Date(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string? Date(DateOnly? value) => value is { } day ? Date(day) : null;

    public static DateOnly? ParseDate(string? text) =>
        string.IsNullOrEmpty(text) ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// Ids as a JSON array for <c>json_each</c>: written by hand, since loading and warming up a JSON serializer for a
    /// list of numbers costs the desk's first screen more than its queries do.
    /// </summary>
    public static string IdArray(IEnumerable<long> ids) => "[" + string.Join(',', ids.Select(id => id.ToString(CultureInfo.InvariantCulture))) + "]";
}
