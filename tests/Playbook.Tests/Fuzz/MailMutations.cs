using System.IO.Compression;
using System.Text;

namespace Playbook.Tests.Fuzz;

/// <summary>
/// The ways broken and hostile mail comes: a file cut in the middle of a message, MIME boundaries that never close or
/// do not match, huge headers, endless lines, multiparts nested a thousand deep and more, base64 that is not base64,
/// charsets that do not exist, NUL bytes, encoded words and dates that are garbage, a zip renamed .mbox, random bytes.
/// The hostile messages come from a known contact, so that their bodies are decoded too. Driven by the caller's
/// <see cref="Random"/>, so a fixed seed gives the same files.
/// </summary>
internal static class MailMutations
{
    /// <summary>The known contact the hostile messages come from, and the owner they go to.</summary>
    public const string Contact = "Ana Ruiz <ana.ruiz@example.es>", Owner = "marta.soler@example.com";

    private static readonly string[] BadDates = ["yesterday", "Mon, 99 Foo 2026 99:99:99", "", "Tue, 1 Dec 10000 10:00:00 +0000", "Tue, 1 Dec 2026 10:00:00 +9999"];
    private static readonly string[] BadAddresses = ["<>", "@", "\"Ana\" <ana.ruiz@example.es", "ana.ruiz@@example.es", "=?utf-8?B?QW5h?= <>", "undisclosed-recipients:;"];
    private static readonly string[] BadCharsets = ["x-no-such-charset", "utf-7", "utf-32", "iso-2022-jp", "\"\"", "unicode-1-1-utf-7"];

    /// <summary>One to three mutations of <paramref name="text"/> (an mbox, or one message when <paramref name="eml"/>); <paramref name="how"/> names them.</summary>
    public static byte[] Mutate(string text, bool eml, Random random, out string how)
    {
        var names = new List<string>();
        var mail = text.ReplaceLineEndings("\n");
        Func<byte[], byte[]>? whole = null;
        var notUtf8 = new List<int>();
        for (var count = random.Next(1, 4); count > 0; count--)
        {
            var n = random.Next(1_000_000);
            switch (random.Next(17))
            {
                case 0:
                    names.Add("cut in the middle of a message");
                    mail = mail[..random.Next(mail.Length)];
                    break;
                case 1:
                    names.Add("boundary that never closes");
                    mail = Add(mail, eml, random, Message(n, "multipart/mixed; boundary=\"open\"", "--open\nContent-Type: text/plain\n\nThe part goes on\n--open\nContent-Type: text/html\n\n<p>and on"));
                    break;
                case 2:
                    names.Add("boundary that does not match");
                    mail = Add(mail, eml, random, Message(n, "multipart/alternative; boundary=\"one\"", "--two\nContent-Type: text/plain\n\nWrong boundary.\n--two--\n"));
                    break;
                case 3:
                    names.Add("multipart without a boundary");
                    mail = Add(mail, eml, random, Message(n, "multipart/mixed", "--x\nContent-Type: text/plain\n\nNo boundary given.\n--x--\n"));
                    break;
                case 4:
                    var size = random.Next(2) == 0 ? 1_000_000 : random.Next(10_000, 200_000);
                    names.Add($"header of {size:N0} characters");
                    mail = Add(mail, eml, random, Message(n, "text/plain", "Short body.", $"X-Huge: {new string('h', size)}\n"));
                    break;
                case 5:
                    var headers = random.Next(5_000, 50_000);
                    names.Add($"{headers:N0} header lines");
                    mail = Add(mail, eml, random, Message(n, "text/plain", "Many headers.", string.Concat(Enumerable.Range(0, headers).Select(h => $"X-Many-{h}: {h}\n"))));
                    break;
                case 6:
                    var line = random.Next(2) == 0 ? 4_000_000 : random.Next(100_000, 1_000_000);
                    names.Add($"a line of {line:N0} characters");
                    mail = Add(mail, eml, random, Message(n, "text/plain", new string('w', line)));
                    break;
                case 7:
                    var depth = random.Next(2) == 0 ? 1_000 : random.Next(1_000, 5_000);
                    names.Add($"multiparts nested {depth:N0} deep");
                    mail = Add(mail, eml, random, Nested(n, depth, closed: random.Next(3) > 0));
                    break;
                case 8:
                    names.Add("bad base64");
                    mail = Add(mail, eml, random, Message(n, "text/html; charset=utf-8", "PGh0bWw+!!!not*base64 at all===\n\u00ff\u00fe====\nPGI+", "Content-Transfer-Encoding: base64\n"));
                    break;
                case 9:
                    names.Add("charsets that do not exist");
                    var charset = BadCharsets[random.Next(BadCharsets.Length)];
                    mail = Add(mail, eml, random, Message(n, $"text/plain; charset={charset}", "Caf\u00e9 \u00e0 la cr\u00e8me +AGEAYg-", $"Subject: =?{charset}?Q?Caf=E9?=\n"));
                    break;
                case 10:
                    names.Add("NUL bytes");
                    var at = random.Next(mail.Length + 1);
                    mail = mail[..at] + new string('\0', random.Next(1, 300)) + mail[at..];
                    break;
                case 11:
                    names.Add("garbage encoded words and dates");
                    mail = Add(mail, eml, random, Message(n, "text/plain", "Odd headers.",
                        "Subject: =?utf-8?B?!!!?= =?utf-8?Q?=ZZ=?= =?x?y?z?=\nReferences: <<<>>> <\nIn-Reply-To: \"\n", date: BadDates[random.Next(BadDates.Length)]));
                    break;
                case 12:
                    names.Add("line deleted");
                    var lines = mail.Split('\n').ToList();
                    lines.RemoveAt(random.Next(lines.Count));
                    mail = string.Join('\n', lines);
                    break;
                case 13:
                    names.Add("addresses that are not addresses");
                    mail = Add(mail, eml, random, Message(n, "text/plain", "Who?", from: BadAddresses[random.Next(BadAddresses.Length)]));
                    break;
                case 14:
                    names.Add("a zip renamed .mbox");
                    whole = _ => Zip(mail);
                    break;
                case 15:
                    names.Add("random bytes");
                    var length = random.Next(1, 20_000);
                    whole = _ =>
                    {
                        var bytes = new byte[length];
                        random.NextBytes(bytes);
                        return bytes;
                    };
                    break;
                default:
                    names.Add("bytes that are not UTF-8");
                    notUtf8.Add(random.Next(mail.Length + 1));
                    break;
            }
        }

        how = string.Join(", ", names);
        var result = Encoding.UTF8.GetBytes(mail);
        if (notUtf8.Count > 0)
        {
            result = notUtf8.Aggregate(result, (b, at) => [.. b[..Math.Min(at, b.Length)], 0xC3, 0x28, 0xFF, 0xFE, .. b[Math.Min(at, b.Length)..]]);
        }

        return whole is null ? result : whole(result);
    }

    /// <summary>
    /// A message from the known contact, with an mbox "From " line; <paramref name="extra"/> headers go before the
    /// Content-Type.
    /// </summary>
    public static string Message(int n, string contentType, string body, string extra = "", string? date = null, string? from = null) =>
        $"From {n}@xxx Sat Dec 05 10:00:00 +0000 2026\nFrom: {from ?? Contact}\nTo: {Owner}\nDate: {date ?? "Sat, 5 Dec 2026 10:00:00 +0000"}\n"
        + $"Message-ID: <hostile-{n}@example.es>\nSubject: Hostile {n}\nMIME-Version: 1.0\n{extra}Content-Type: {contentType}\n\n{body}\n\n";

    /// <summary>Multiparts nested <paramref name="depth"/> deep, with a text part at the bottom.</summary>
    public static string Nested(int n, int depth, bool closed)
    {
        var body = new StringBuilder();
        for (var d = 1; d < depth; d++)
        {
            body.Append("--b").Append(d - 1).Append("\nContent-Type: multipart/mixed; boundary=\"b").Append(d).Append("\"\n\n");
        }

        body.Append("--b").Append(depth - 1).Append("\nContent-Type: text/plain\n\nAt the bottom.\n");
        if (closed)
        {
            for (var d = depth - 1; d >= 0; d--)
            {
                body.Append("--b").Append(d).Append("--\n");
            }
        }

        return Message(n, "multipart/mixed; boundary=\"b0\"", body.ToString());
    }

    /// <summary>
    /// <paramref name="mail"/> with <paramref name="message"/> before one of its messages (or after the last); for an
    /// .eml the message replaces it, without its "From " line.
    /// </summary>
    private static string Add(string mail, bool eml, Random random, string message)
    {
        if (eml)
        {
            return message[(message.IndexOf('\n', StringComparison.Ordinal) + 1)..];
        }

        var starts = new List<int>();
        for (var at = mail.IndexOf("\nFrom ", StringComparison.Ordinal); at >= 0; at = mail.IndexOf("\nFrom ", at + 1, StringComparison.Ordinal))
        {
            starts.Add(at + 1);
        }

        var pick = random.Next(starts.Count + 2);
        return pick == 0 ? message + mail
            : pick > starts.Count ? mail.TrimEnd('\n') + "\n\n" + message
            : mail[..starts[pick - 1]] + message + mail[starts[pick - 1]..];
    }

    private static byte[] Zip(string mail)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = new StreamWriter(zip.CreateEntry("All mail Including Spam and Trash.mbox").Open());
            entry.Write(mail);
        }

        return buffer.ToArray();
    }
}
