using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using Playbook.Engine.Import.Facebook;
using Playbook.Engine.Store;

namespace Playbook.Benchmarks;

/// <summary>
/// <c>import facebook</c> of a large account's download, as a zip: 2,000 friends, and 200,000 messages in 1,000
/// conversations (800 with friends, 150 with people who are not, 50 groups), 100 messages a file, every string escaped
/// as Facebook writes it.
/// </summary>
internal static class FacebookBenchmark
{
    private const int Friends = 2_000;
    private const int Conversations = 1_000;
    private const int MessagesPerConversation = 200;
    private const int MessagesPerFile = 100;
    private const string Owner = "Lucía Fernández";

    public static void Run(string work)
    {
        var folder = Directory.CreateDirectory(Path.Combine(work, "facebook")).FullName;
        Write(folder);
        var zip = Path.Combine(work, "facebook-luciafernandez-2026-11-29.zip");
        ZipFile.CreateFromDirectory(folder, zip, CompressionLevel.Fastest, includeBaseDirectory: false);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Facebook: {Friends:N0} friends, {Conversations * MessagesPerConversation:N0} messages in {Conversations:N0} conversations; zip {new FileInfo(zip).Length / 1024 / 1024:N0} MB"));

        var now = new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);
        using var store = ContactStore.Open(Path.Combine(work, "facebook.db"), new FixedClock(now));
        var memory = Process.GetCurrentProcess();
        var clock = Stopwatch.StartNew();
        var report = new FacebookImporter(store).Import(zip);
        var elapsed = clock.Elapsed;
        memory.Refresh();
        var messages = report.Files[^1];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  import facebook: {elapsed.TotalSeconds:0.00} s ({report.Files[0].Added:N0} friends, {messages.Added:N0} messages added, {messages.ContactsCreated:N0} people met in conversations; left out: {string.Join(", ", messages.Ignored.Select(i => $"{i.Key} {i.Value:N0}"))}), peak working set {memory.PeakWorkingSet64 / 1024 / 1024:N0} MB (target: seconds)"));
        clock.Restart();
        var again = new FacebookImporter(store).Import(zip);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  the same download again: {clock.Elapsed.TotalSeconds:0.00} s ({again.Files[0].Unchanged:N0} friends and {again.Files[^1].Unchanged:N0} messages unchanged, {again.Files.Sum(f => f.Added)} added)"));
    }

    private static void Write(string folder)
    {
        var random = new Random(20261129);
        var friends = Enumerable.Range(0, Friends).Select(i => (Name: $"Amigo{i} Núñez{i % 97}", Since: 1_300_000_000L + (i * 86_400L))).ToList();
        var text = new StringBuilder("{\n  \"friends_v2\": [\n");
        text.AppendJoin(",\n", friends.Select(f => string.Create(CultureInfo.InvariantCulture, $"    {{\"name\": \"{Escape(f.Name)}\", \"timestamp\": {f.Since}}}")));
        text.Append("\n  ]\n}\n");
        Directory.CreateDirectory(Path.Combine(folder, "connections", "friends"));
        File.WriteAllText(Path.Combine(folder, "connections", "friends", "your_friends.json"), text.ToString());
        Directory.CreateDirectory(Path.Combine(folder, "personal_information", "profile_information"));
        File.WriteAllText(Path.Combine(folder, "personal_information", "profile_information", "profile_information.json"),
            $"{{\"profile_v2\": {{\"name\": {{\"full_name\": \"{Escape(Owner)}\"}}}}}}\n");

        var inbox = Path.Combine(folder, "your_activity_across_facebook", "messages", "inbox");
        var start = 1_700_000_000_000L;
        for (var c = 0; c < Conversations; c++)
        {
            var people = c < 800 ? [friends[c].Name]
                : c < 950 ? [$"Desconocido{c} Pérez"]
                : new[] { friends[random.Next(Friends)].Name, friends[random.Next(Friends)].Name, $"Extraño{c} Gómez" };
            var thread = Path.Combine(inbox, string.Create(CultureInfo.InvariantCulture, $"thread{c}_{10_000_000 + c}"));
            Directory.CreateDirectory(thread);
            var participants = string.Join(", ", people.Append(Owner).Select(p => $"{{\"name\": \"{Escape(p)}\"}}"));
            for (var part = 0; part < MessagesPerConversation / MessagesPerFile; part++)
            {
                var file = new StringBuilder($"{{\n  \"participants\": [{participants}],\n  \"messages\": [\n");
                var messages = new List<string>();
                for (var m = 0; m < MessagesPerFile; m++)
                {
                    // message_1.json holds the newest, newest first.
                    var index = MessagesPerConversation - 1 - ((part * MessagesPerFile) + m);
                    var sender = index % 2 == 0 ? Owner : people[random.Next(people.Length)];
                    var at = start + (c * 10_000_000L) + (index * 60_000L);
                    var body = random.Next(20) == 0 ? "" : $"Mensaje {index}: ¿qué tal el café del jueves? Me encantó la charla sobre diseño 👍";
                    var photos = body.Length == 0 ? ", \"photos\": [{\"uri\": \"photos/1.jpg\", \"creation_timestamp\": 1700000000}]" : "";
                    var reactions = random.Next(5) == 0 ? $", \"reactions\": [{{\"reaction\": \"{Escape("❤")}\", \"actor\": \"{Escape(Owner)}\"}}]" : "";
                    messages.Add(string.Create(CultureInfo.InvariantCulture,
                        $"    {{\"sender_name\": \"{Escape(sender)}\", \"timestamp_ms\": {at}, \"content\": \"{Escape(body)}\"{photos}{reactions}, \"is_geoblocked_for_viewer\": false}}"));
                }

                file.AppendJoin(",\n", messages);
                file.Append(string.Create(CultureInfo.InvariantCulture,
                    $"\n  ],\n  \"title\": \"{Escape(people[0])}\",\n  \"thread_type\": \"{(people.Length > 1 ? "RegularGroup" : "Regular")}\",\n  \"thread_path\": \"inbox/thread{c}_{10_000_000 + c}\"\n}}\n"));
                File.WriteAllText(Path.Combine(thread, string.Create(CultureInfo.InvariantCulture, $"message_{part + 1}.json")), file.ToString());
            }
        }
    }

    /// <summary>As Facebook writes a string: each UTF-8 byte above 127 as <c>\u00XX</c>.</summary>
    private static string Escape(string text)
    {
        var builder = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            builder.Append(b < 0x80 ? ((char)b).ToString() : string.Create(CultureInfo.InvariantCulture, $"\\u00{b:x2}"));
        }

        return builder.ToString();
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
