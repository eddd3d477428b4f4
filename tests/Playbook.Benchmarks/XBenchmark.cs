using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using Playbook.Engine.Import.X;
using Playbook.Engine.Store;

namespace Playbook.Benchmarks;

/// <summary>
/// <c>import x</c> of a busy X archive: 50,000 direct messages with 1,500 people over two parts of
/// direct-messages.js, 2,000 more in 40 groups, 5,000 followers, and posts that mention 500 of the people; the zip as
/// downloaded, imported into an empty store, then again.
/// </summary>
internal static class XBenchmark
{
    private const int Messages = 50_000;
    private const int People = 1_500;
    private const string Owner = "987654321";

    public static void Run(string work)
    {
        var folder = Directory.CreateDirectory(Path.Combine(work, "x-archive")).FullName;
        var data = Directory.CreateDirectory(Path.Combine(folder, "data")).FullName;
        Write(data);
        var zip = Path.Combine(work, "twitter-2026-11-30-bench.zip");
        File.Delete(zip);
        ZipFile.CreateFromDirectory(folder, zip);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"X archive: {Messages:N0} direct messages with {People:N0} people in two parts, 2,000 in 40 groups, 5,000 followers; zip {new FileInfo(zip).Length / 1024:N0} KB"));

        var now = new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);
        var db = Path.Combine(work, "x.db");
        File.Delete(db);
        using var store = ContactStore.Open(db, new FixedClock(now));
        var process = Process.GetCurrentProcess();
        var clock = Stopwatch.StartNew();
        var report = new XImporter(store).Import(zip);
        var elapsed = clock.Elapsed;
        process.Refresh();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  import x: {elapsed.TotalSeconds:0.00} s ({report.Files.Sum(f => f.Added):N0} messages added, {report.Files.Sum(f => f.ContactsCreated):N0} contacts, {report.Files.Sum(f => f.Updated):N0} tagged), peak working set {process.PeakWorkingSet64 / 1024 / 1024:N0} MB (target: a few seconds)"));
        clock.Restart();
        var again = new XImporter(store).Import(zip);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  the same archive again: {clock.Elapsed.TotalSeconds:0.00} s ({again.Files.Sum(f => f.Unchanged):N0} unchanged, {again.Files.Sum(f => f.Added)} added)"));
    }

    private static void Write(string data)
    {
        var random = new Random(20261130);
        var start = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
        File.WriteAllText(Path.Combine(data, "account.js"),
            $"window.YTD.account.part0 = [ {{ \"account\" : {{ \"username\" : \"owner\", \"accountId\" : \"{Owner}\" }} }} ]");
        var id = 1_300_000_000_000_000_000L;
        for (var part = 0; part < 2; part++)
        {
            var text = new StringBuilder($"window.YTD.direct_messages.part{part} = [\n");
            for (var p = part; p < People; p += 2)
            {
                var partner = (1_199_000_000_000_000_000L + p).ToString(CultureInfo.InvariantCulture);
                text.Append(CultureInfo.InvariantCulture, $"  {{ \"dmConversation\" : {{ \"conversationId\" : \"{Owner}-{partner}\", \"messages\" : [\n");
                var count = Messages / People + (p < Messages % People ? 1 : 0);
                for (var m = 0; m < count; m++)
                {
                    var sent = random.Next(2) == 0;
                    var at = start.AddMinutes(random.Next(3_000_000));
                    var body = sent ? "Hola, ¿hablamos la semana que viene?" : m % 10 == 0 ? "Gracias por escribir.\n— Persona De Prueba · dev" : "Claro, el jueves me va bien";
                    text.Append(CultureInfo.InvariantCulture,
                        $"    {{ \"messageCreate\" : {{ \"recipientId\" : \"{(sent ? partner : Owner)}\", \"reactions\" : [ ], \"urls\" : [ ], \"text\" : \"{body.Replace("\n", "\\n", StringComparison.Ordinal)}\", \"mediaUrls\" : [ ], \"senderId\" : \"{(sent ? Owner : partner)}\", \"id\" : \"{id++}\", \"createdAt\" : \"{at:yyyy-MM-dd'T'HH:mm:ss.fff'Z'}\" }} }}{(m == count - 1 ? "" : ",")}\n");
                }

                text.Append(CultureInfo.InvariantCulture, $"  ] }} }}{(p + 2 >= People ? "" : ",")}\n");
            }

            text.Append("]\n");
            File.WriteAllText(Path.Combine(data, part == 0 ? "direct-messages.js" : "direct-messages-part1.js"), text.ToString());
        }

        var group = new StringBuilder("window.YTD.direct_messages_group.part0 = [\n");
        for (var g = 0; g < 40; g++)
        {
            group.Append(CultureInfo.InvariantCulture, $"  {{ \"dmConversation\" : {{ \"conversationId\" : \"{1_590_000_000_000_000_000L + g}\", \"messages\" : [\n");
            for (var m = 0; m < 50; m++)
            {
                var sender = (1_199_000_000_000_000_000L + random.Next(People)).ToString(CultureInfo.InvariantCulture);
                group.Append(CultureInfo.InvariantCulture,
                    $"    {{ \"messageCreate\" : {{ \"reactions\" : [ ], \"text\" : \"Buen punto\", \"mediaUrls\" : [ ], \"senderId\" : \"{sender}\", \"id\" : \"{id++}\", \"createdAt\" : \"{start.AddMinutes(random.Next(3_000_000)):yyyy-MM-dd'T'HH:mm:ss.fff'Z'}\" }} }},\n");
            }

            group.Append("    { \"participantsLeave\" : { \"userIds\" : [ \"1\" ], \"createdAt\" : \"2026-01-01T00:00:00.000Z\" } }\n");
            group.Append(g == 39 ? "  ] } }\n" : "  ] } },\n");
        }

        group.Append("]\n");
        File.WriteAllText(Path.Combine(data, "direct-messages-group.js"), group.ToString());

        var followers = new StringBuilder("window.YTD.follower.part0 = [\n");
        for (var f = 0; f < 5_000; f++)
        {
            followers.Append(CultureInfo.InvariantCulture, $"  {{ \"follower\" : {{ \"accountId\" : \"{1_199_000_000_000_000_000L + f}\" }} }}{(f == 4_999 ? "" : ",")}\n");
        }

        File.WriteAllText(Path.Combine(data, "follower.js"), followers.Append("]\n").ToString());
        File.WriteAllText(Path.Combine(data, "following.js"), "window.YTD.following.part0 = [ ]");

        var tweets = new StringBuilder("window.YTD.tweets.part0 = [\n");
        for (var t = 0; t < 500; t++)
        {
            tweets.Append(CultureInfo.InvariantCulture,
                $"  {{ \"tweet\" : {{ \"entities\" : {{ \"user_mentions\" : [ {{ \"name\" : \"Persona {t} 🚀\", \"screen_name\" : \"persona{t}\", \"id_str\" : \"{1_199_000_000_000_000_000L + t}\" }} ] }}, \"id_str\" : \"{id++}\", \"created_at\" : \"Sat Oct 03 09:12:00 +0000 2026\", \"full_text\" : \"con @persona{t}\" }} }}{(t == 499 ? "" : ",")}\n");
        }

        File.WriteAllText(Path.Combine(data, "tweets.js"), tweets.Append("]\n").ToString());
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
