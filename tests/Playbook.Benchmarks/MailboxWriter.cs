using System.Globalization;
using System.Text;

namespace Playbook.Benchmarks;

/// <summary>
/// Writes a synthetic mbox shaped like a Google Takeout mailbox: Received chains and Gmail labels, six in ten messages
/// plain text, a quarter text and HTML, the rest with a base64 attachment (about 10 KB a message on average). One in
/// fifty is with a known contact (<c>personN@known.example</c>), half from them and half from the owner; one in eight
/// is a newsletter; the rest are strangers.
/// </summary>
internal static class MailboxWriter
{
    private static readonly string[] Words =
        "the of and to in a is that for it as was with be by on not he this are or his from at which but have an they you were her she there been one all we their has would when what if more no out so said up its about into than them can only other time new some could these two may first then do any like my now over such our man me even most made after also did many before must through back years where much your way well down should because each just those people how too little state good very make world still own see men work long get here between both life being under never day same another know while last might us great old year off come since against go came right used take three"
            .Split(' ');

    /// <summary>Writes <paramref name="messages"/> messages to <paramref name="path"/>; returns how many are with known contacts.</summary>
    public static int Write(string path, int messages, int contacts, string owner, int seed)
    {
        var random = new Random(seed);
        var paragraphs = Enumerable.Range(0, 200).Select(_ => Paragraph(random)).ToArray();
        var attachment = Attachment(random);
        var start = new DateTimeOffset(2023, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var known = 0;
        using var file = new StreamWriter(path, append: false, new UTF8Encoding(false), bufferSize: 1 << 20) { NewLine = "\n" };
        var text = new StringBuilder(64 * 1024);
        for (var i = 0; i < messages; i++)
        {
            var at = start.AddSeconds(i * 900L + random.Next(600));
            var id = string.Create(CultureInfo.InvariantCulture, $"<m{i}.{random.Next():x}@mail.example>");
            string from, to, extra = "";
            if (i % 50 == 0)
            {
                known++;
                var person = $"Person {i % contacts} <person{random.Next(contacts)}@known.example>";
                (from, to) = i % 100 == 0 ? (person, $"Owner <{owner}>") : ($"Owner <{owner}>", person);
            }
            else if (random.Next(8) == 0)
            {
                from = $"Weekly {random.Next(40)} <news@list{random.Next(40)}.example>";
                to = owner;
                extra = $"List-Unsubscribe: <mailto:leave@list{random.Next(40)}.example>\nList-Id: <weekly.list.example>\nPrecedence: bulk\n";
            }
            else
            {
                var stranger = $"Someone {random.Next(50_000)} <someone{random.Next(50_000)}@elsewhere.example>";
                (from, to) = random.Next(4) == 0 ? ($"Owner <{owner}>", stranger) : (stranger, $"Owner <{owner}>");
            }

            text.Clear();
            text.Append(CultureInfo.InvariantCulture, $"From {1_800_000_000_000_000_000L + i}@xxx {at.ToString("ddd MMM dd HH:mm:ss +0000 yyyy", CultureInfo.InvariantCulture)}\n");
            text.Append(CultureInfo.InvariantCulture, $"X-GM-THRID: {1_800_000_000_000_000_000L + i / 3}\nX-Gmail-Labels: Recibidos,Importante\n");
            for (var r = 0; r < 3; r++)
            {
                text.Append(CultureInfo.InvariantCulture, $"Received: from mx{r}.mail.example (mx{r}.mail.example [10.0.{r}.{random.Next(255)}])\n        by mail.example with ESMTPS id {random.NextInt64():x}\n        for <{owner}>; {at.ToString("ddd, d MMM yyyy HH:mm:ss +0000", CultureInfo.InvariantCulture)}\n");
            }

            text.Append(CultureInfo.InvariantCulture, $"MIME-Version: 1.0\nFrom: {from}\nTo: {to}\nDate: {at.ToString("ddd, d MMM yyyy HH:mm:ss +0000", CultureInfo.InvariantCulture)}\nMessage-ID: {id}\nSubject: Re: {Words[random.Next(Words.Length)]} {Words[random.Next(Words.Length)]} {i}\n{extra}");
            var body = string.Join("\n\n", Enumerable.Range(0, 2 + random.Next(5)).Select(_ => paragraphs[random.Next(paragraphs.Length)]));
            var shape = random.Next(20);
            if (shape < 12)
            {
                text.Append("Content-Type: text/plain; charset=\"UTF-8\"\n\n").Append(body).Append("\n\nOn a past day someone wrote:\n> ").Append(paragraphs[random.Next(paragraphs.Length)].Replace("\n", "\n> ", StringComparison.Ordinal)).Append('\n');
            }
            else
            {
                var boundary = string.Create(CultureInfo.InvariantCulture, $"b{i:x}");
                var alternative = $"--{boundary}a\nContent-Type: text/plain; charset=\"UTF-8\"\n\n{body}\n\n--{boundary}a\nContent-Type: text/html; charset=\"UTF-8\"\n\n<html><head><style>p {{ margin: 0 }}</style></head><body><div dir=\"ltr\"><p>{body.Replace("\n\n", "</p>\n<p>", StringComparison.Ordinal)}</p></div></body></html>\n\n--{boundary}a--\n";
                if (shape < 17)
                {
                    text.Append(CultureInfo.InvariantCulture, $"Content-Type: multipart/alternative; boundary=\"{boundary}a\"\n\n").Append(alternative);
                }
                else
                {
                    text.Append(CultureInfo.InvariantCulture, $"Content-Type: multipart/mixed; boundary=\"{boundary}m\"\n\n--{boundary}m\nContent-Type: multipart/alternative; boundary=\"{boundary}a\"\n\n").Append(alternative);
                    var lines = 300 + random.Next(500);
                    text.Append(CultureInfo.InvariantCulture, $"\n--{boundary}m\nContent-Type: application/pdf; name=\"deck-{i}.pdf\"\nContent-Disposition: attachment; filename=\"deck-{i}.pdf\"\nContent-Transfer-Encoding: base64\n\n");
                    var from0 = random.Next(attachment.Length - lines);
                    for (var l = 0; l < lines; l++)
                    {
                        text.Append(attachment[from0 + l]).Append('\n');
                    }

                    text.Append(CultureInfo.InvariantCulture, $"--{boundary}m--\n");
                }
            }

            text.Append('\n');
            file.Write(text);
        }

        return known;
    }

    private static string Paragraph(Random random)
    {
        var text = new StringBuilder();
        var words = 60 + random.Next(140);
        var column = 0;
        for (var w = 0; w < words; w++)
        {
            var word = Words[random.Next(Words.Length)];
            if (w == 0 && word == "from")
            {
                // A body line starting "From " would be a new message of the mbox (mboxrd escapes it; here it is simply avoided).
                word = "here";
            }

            if (column + word.Length > 72)
            {
                text.Append('\n');
                column = 0;
            }
            else if (w > 0)
            {
                text.Append(' ');
                column++;
            }

            text.Append(w == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word);
            column += word.Length;
        }

        return text.Append('.').ToString();
    }

    /// <summary>Lines of base64 of random bytes, 76 characters each, to cut attachments from.</summary>
    private static string[] Attachment(Random random)
    {
        var bytes = new byte[57 * 4_000];
        random.NextBytes(bytes);
        return Enumerable.Range(0, 4_000).Select(l => Convert.ToBase64String(bytes, l * 57, 57)).ToArray();
    }
}
