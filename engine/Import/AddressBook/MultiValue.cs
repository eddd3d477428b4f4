namespace Playbook.Engine.Import.AddressBook;

/// <summary>
/// Google's way of putting several values in one cell: <c>a ::: b</c>, where a leading <c>* </c> marks the
/// primary one (<c>* myContacts ::: Friends</c>). A label or type cell of <c>* Work</c> or just <c>*</c> marks
/// its slot as the primary one.
/// </summary>
internal static class MultiValue
{
    private const string Separator = ":::";

    /// <summary>The values of <paramref name="cell"/>, trimmed, without their primary marker; empty ones left out.</summary>
    public static IReadOnlyList<MarkedValue> Split(string? cell)
    {
        if (string.IsNullOrWhiteSpace(cell))
        {
            return [];
        }

        return cell.Split(Separator, StringSplitOptions.TrimEntries)
            .Select(Unmark)
            .Where(v => v.Value.Length > 0)
            .ToList();
    }

    /// <summary>The primary value of <paramref name="cell"/>, else its first; null when it has none.</summary>
    public static string? First(string? cell)
    {
        var values = Split(cell);
        return values.Count == 0 ? null : (values.FirstOrDefault(v => v.Primary) ?? values[0]).Value;
    }

    /// <summary>Whether a label or type cell (<c>* Home</c>, <c>*</c>) marks its slot as primary.</summary>
    public static bool IsPrimary(string? label) => label is not null && Unmark(label.Trim()).Primary;

    private static MarkedValue Unmark(string value) =>
        value.StartsWith('*') && (value.Length == 1 || char.IsWhiteSpace(value[1]))
            ? new MarkedValue(value[1..].Trim(), true)
            : new MarkedValue(value, false);
}
