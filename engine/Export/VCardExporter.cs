using System.Globalization;
using System.Text;
using Playbook.Engine.Contacts;

namespace Playbook.Engine.Export;

/// <summary>
/// Writes contacts as vCard 4.0 (UTF-8, lines folded at 75 octets without splitting a character), which
/// address books and <c>playbook import vcard</c> read back. The headline, stage and connection day
/// travel in <c>X-PLAYBOOK-*</c> properties that other programs ignore.
/// </summary>
public static class VCardExporter
{
    private const int MaxLineOctets = 75;

    /// <summary>Writes every contact of <paramref name="contacts"/>; returns how many.</summary>
    public static int Write(TextWriter writer, IEnumerable<Contact> contacts)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(contacts);
        var count = 0;
        foreach (var c in contacts)
        {
            Line(writer, "BEGIN:VCARD");
            Line(writer, "VERSION:4.0");
            Line(writer, $"N:{Escape(c.LastName)};{Escape(c.FirstName)};;;");
            Line(writer, $"FN:{Escape(c.FullName)}");
            Optional(writer, "ORG", c.Company);
            Optional(writer, "TITLE", c.Position);
            foreach (var email in c.Emails)
            {
                Line(writer, $"EMAIL:{Escape(email)}");
            }

            foreach (var phone in c.Phones)
            {
                Line(writer, $"TEL:{Escape(phone)}");
            }

            Optional(writer, "URL", c.ProfileUrl);
            foreach (var url in c.Urls)
            {
                Line(writer, $"URL:{Escape(url)}");
            }

            if (c.Location is not null)
            {
                Line(writer, $"ADR:;;;{Escape(c.Location)};;;");
            }

            Optional(writer, "NOTE", c.Notes);
            if (c.Tags.Count > 0)
            {
                Line(writer, "CATEGORIES:" + string.Join(',', c.Tags.Select(Escape)));
            }

            Optional(writer, "X-PLAYBOOK-HEADLINE", c.Headline);
            Optional(writer, "X-PLAYBOOK-STAGE", c.Stage);
            Optional(writer, "X-PLAYBOOK-CONNECTED-ON", c.ConnectedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Line(writer, "END:VCARD");
            count++;
        }

        return count;
    }

    private static void Optional(TextWriter writer, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            Line(writer, $"{name}:{Escape(value)}");
        }
    }

    /// <summary>Escapes a value: backslash, comma, semicolon and line breaks.</summary>
    internal static string Escape(string? value) =>
        (value ?? "").Replace("\\", "\\\\", StringComparison.Ordinal).Replace(",", "\\,", StringComparison.Ordinal)
            .Replace(";", "\\;", StringComparison.Ordinal).Replace("\r\n", "\\n", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\n", StringComparison.Ordinal);

    /// <summary>Writes one content line, folded so that no line exceeds 75 octets of UTF-8.</summary>
    private static void Line(TextWriter writer, string line)
    {
        var octets = 0;
        var limit = MaxLineOctets;
        var builder = new StringBuilder(line.Length + 8);
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > limit)
            {
                builder.Append("\r\n ");
                octets = 0;
                limit = MaxLineOctets - 1;
            }

            builder.Append(rune.ToString());
            octets += size;
        }

        builder.Append("\r\n");
        writer.Write(builder);
    }
}
