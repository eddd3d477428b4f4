using System.Text;
using System.Text.RegularExpressions;
using Playbook.Engine.Contacts;

namespace Playbook.Engine.Import.Profiles;

/// <summary>
/// The Contact section of a saved profile: emails, a phone (<c>4125198696 (Mobile)</c>) and URLs followed by their
/// label (<c>(LinkedIn)</c>, <c>(Personal)</c>, <c>(Company)</c>, <c>(Empresa)</c>). A URL or an email too long for
/// the sidebar wraps over several lines; the pieces are joined up to the label (a URL) or up to the next item (an
/// email, which has no label).
/// </summary>
internal static partial class ContactItems
{
    /// <summary>The emails and the profile's own URL (canonical) in the section's lines.</summary>
    public static (IReadOnlyList<string> Emails, string? ProfileUrl) Read(IReadOnlyList<PdfLine> lines)
    {
        var emails = new List<string>();
        string? url = null;
        var item = new StringBuilder();

        foreach (var line in lines)
        {
            var labelled = Labelled().Match(line.Text);
            if (item.Length > 0 && StartsItem(item, line, labelled.Success))
            {
                Close(labelled: false);
            }

            item.Append(RemoveSpaces(labelled.Success ? labelled.Groups["value"].Value : line.Text));
            if (labelled.Success)
            {
                Close(labelled: true);
            }
        }

        Close(labelled: false);
        return (emails, url);

        void Close(bool labelled)
        {
            var value = item.ToString();
            item.Clear();
            if (!labelled && Email().IsMatch(value))
            {
                emails.Add(value);
            }
            else if (labelled)
            {
                url ??= ProfileUrl.Canonical(value);
            }
        }
    }

    // An item starts after a gap wider than a wrapped line's; an email (never labelled) also ends where a line
    // plainly starts another item, in case the gaps are tight.
    private static bool StartsItem(StringBuilder item, PdfLine line, bool labelled)
    {
        if (line.StartsBlock)
        {
            return true;
        }

        var text = line.Text;
        return item.ToString().Contains('@', StringComparison.Ordinal)
            && (labelled || text.Contains('@', StringComparison.Ordinal)
                || text.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
                || text.StartsWith("http", StringComparison.OrdinalIgnoreCase));
    }

    private static string RemoveSpaces(string text) => text.Replace(" ", "", StringComparison.Ordinal);

    [GeneratedRegex(@"^(?<value>.*?)\s*\((?<label>[^()]+)\)$", RegexOptions.CultureInvariant)]
    private static partial Regex Labelled();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$", RegexOptions.CultureInvariant)]
    private static partial Regex Email();
}
