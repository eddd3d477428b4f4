using System.Text;
using System.Text.RegularExpressions;
using Playbook.Engine.Import.LinkedIn;

namespace Playbook.Engine.Import.Mail;

/// <summary>
/// The reply itself out of a mail's text: what follows the first attribution line ("On … wrote:", Gmail's "El …
/// escribió:", over one line or two), Outlook's "-----Original Message-----" or its header block, or a signature
/// separator is the quoted past, and so are lines quoted with '&gt;'. HTML mail loses its blockquotes and Gmail's
/// quote block before it becomes text.
/// </summary>
internal static partial class QuotedText
{
    /// <summary>The reply of a plain-text body.</summary>
    public static string ReplyOf(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var kept = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = Unescape(lines[i]);
            var trimmed = line.Trim();
            if (Separator().IsMatch(trimmed) || line == "-- " || Attribution().IsMatch(trimmed) || OutlookHeader(lines, i))
            {
                break;
            }

            // An attribution wrapped over two lines: "El mar, 3 nov 2026 a las 10:02, Ana" / "(<ana@x.es>) escribió:".
            if (i + 1 < lines.Length && AttributionStart().IsMatch(trimmed) && AttributionEnd().IsMatch(lines[i + 1].Trim()))
            {
                break;
            }

            if (trimmed.StartsWith('>'))
            {
                continue;
            }

            kept.Add(line.TrimEnd());
        }

        return string.Join('\n', kept).Trim();
    }

    /// <summary>The reply of an HTML body, as text.</summary>
    public static string ReplyOfHtml(string html)
    {
        var text = Invisible().Replace(html, "");
        var gmailQuote = GmailQuote().Match(text);
        if (gmailQuote.Success)
        {
            text = text[..gmailQuote.Index];
        }

        var blockquote = text.IndexOf("<blockquote", StringComparison.OrdinalIgnoreCase);
        if (blockquote >= 0)
        {
            text = text[..blockquote];
        }

        var plain = HtmlText.ToText(text);
        return ReplyOf(plain);
    }

    /// <summary>mboxrd's escaping: a body line "&gt;From " was written for "From " (and "&gt;&gt;From " for "&gt;From ").</summary>
    public static string Unescape(string line) =>
        line.StartsWith('>') && EscapedFrom().IsMatch(line) ? line[1..] : line;

    /// <summary>Outlook's quoted header block: a "From:" line followed by "Sent:"/"Enviado el:"/"Date:" within two lines.</summary>
    private static bool OutlookHeader(string[] lines, int i)
    {
        if (!HeaderFrom().IsMatch(lines[i].Trim()))
        {
            return false;
        }

        var next = new StringBuilder();
        for (var j = i + 1; j < Math.Min(lines.Length, i + 3); j++)
        {
            next.Append(lines[j].Trim()).Append('\n');
        }

        return HeaderSent().IsMatch(next.ToString());
    }

    [GeneratedRegex(@"^-{2,}\s*(Original Message|Mensaje original|Message d'origine|Ursprüngliche Nachricht|Forwarded message|Mensaje reenviado)\s*-{2,}$|^_{10,}$", RegexOptions.IgnoreCase)]
    private static partial Regex Separator();

    [GeneratedRegex(@"^(On|El|Le|Am|Em|Il)\s.{4,300}(wrote|escribió|a écrit|schrieb|escreveu|ha scritto)\s?:$", RegexOptions.IgnoreCase)]
    private static partial Regex Attribution();

    [GeneratedRegex(@"^(On|El|Le|Am|Em|Il)\s.{4,300}$", RegexOptions.IgnoreCase)]
    private static partial Regex AttributionStart();

    [GeneratedRegex(@"^.{0,200}(wrote|escribió|a écrit|schrieb|escreveu|ha scritto)\s?:$", RegexOptions.IgnoreCase)]
    private static partial Regex AttributionEnd();

    [GeneratedRegex(@"^\*?(From|De|Von)\s?:\*?\s", RegexOptions.IgnoreCase)]
    private static partial Regex HeaderFrom();

    [GeneratedRegex(@"^\*?(Sent|Enviado el|Enviado|Date|Fecha|Gesendet|Envoyé)\s?:", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex HeaderSent();

    [GeneratedRegex(@"^>+From ")]
    private static partial Regex EscapedFrom();

    [GeneratedRegex(@"<(head|style|script)\b[^>]*>.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Invisible();

    [GeneratedRegex(@"<div[^>]*class=""?[^"">]*gmail_(quote|attr)", RegexOptions.IgnoreCase)]
    private static partial Regex GmailQuote();
}
