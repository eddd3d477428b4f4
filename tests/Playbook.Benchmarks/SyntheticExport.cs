using System.Globalization;
using System.Text;

namespace Playbook.Benchmarks;

/// <summary>
/// A large, invented LinkedIn export written to a folder in the exact layout of the real one, with the
/// rows it holds kept in memory so that a hand-written loop can store the very same data.
/// </summary>
internal sealed class SyntheticExport
{
    private static readonly string[] FirstNames =
        ["Ana", "Lucía", "Jürgen", "Zoë", "José", "María", "Tom", "Hannah", "Pablo", "Carmen", "Emily", "Oliver", "Sofía", "Marta", "Diego", "Nuria", "Luca", "Sophie", "Andrés", "Elena"];

    private static readonly string[] LastNames =
        ["García", "Peña", "Müller", "Brandt", "Núñez", "López", "Whitaker", "Becker", "Serrano", "Vidal", "Carter", "Grant", "Romero", "Jiménez", "Fernández", "Prats", "Bianchi", "Laurent", "Castillo", "Moreno"];

    private static readonly string[] Companies =
        ["Tiendas Aurora", "Nubo Digital", "Kaufnett GmbH", "Moda Brisa, S.L.", "Contoso", "Fabrikam", "Northwind", "Pixelría", "Litware", "Tailspin"];

    private static readonly string[] Positions =
        ["Head of E-commerce", "CEO", "Engineer, Platform", "Marketing Manager", "Data Analyst", "Responsable de E-commerce", "CTO", "Consultant"];

    public const string OwnerName = "Ana García Ruiz";
    public const string OwnerUrl = "https://www.linkedin.com/in/ana-garcia-ruiz";

    public List<Person> Connections { get; } = [];
    public List<Invitation> Invitations { get; } = [];
    public List<Message> Messages { get; } = [];

    public int Rows => Connections.Count + Invitations.Count + Messages.Count;

    public sealed record Person(string First, string Last, string Url, string? Email, string Company, string Position, DateOnly ConnectedOn)
    {
        public string FullName => First + " " + Last;
    }

    public sealed record Invitation(Person Other, bool Incoming, DateTimeOffset At, string? Note);

    public sealed record Message(string ConversationId, Person Other, bool FromOwner, DateTimeOffset At, string Content);

    public static SyntheticExport Generate(int connections, int invitations, int messages, int seed = 42)
    {
        var random = new Random(seed);
        var export = new SyntheticExport();
        var start = new DateOnly(2019, 1, 1);
        for (var i = 0; i < connections; i++)
        {
            var first = FirstNames[random.Next(FirstNames.Length)];
            var last = LastNames[random.Next(LastNames.Length)];
            var slug = $"{Slug(first)}-{Slug(last)}-{i:x6}";
            export.Connections.Add(new Person(first, last, $"https://www.linkedin.com/in/{slug}",
                random.Next(40) == 0 ? $"{slug}@example.org" : null,
                Companies[random.Next(Companies.Length)], Positions[random.Next(Positions.Length)], start.AddDays(random.Next(2890))));
        }

        for (var i = 0; i < invitations; i++)
        {
            // Most invitations are from people who are now connections; some are still pending.
            var other = random.Next(10) < 8 && export.Connections.Count > 0
                ? export.Connections[random.Next(export.Connections.Count)]
                : new Person(FirstNames[random.Next(FirstNames.Length)], LastNames[random.Next(LastNames.Length)],
                    $"https://www.linkedin.com/in/pending-{i:x6}", null, "", "", start);
            var at = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(random.Next(480_000));
            export.Invitations.Add(new Invitation(other, random.Next(10) < 8, at, random.Next(20) == 0 ? "Hola, ¿conectamos?" : null));
        }

        var conversations = Math.Max(1, messages / 6);
        for (var i = 0; i < messages; i++)
        {
            var conversation = random.Next(conversations);
            var other = export.Connections[conversation % export.Connections.Count];
            var at = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero).AddSeconds(random.Next(60_000_000));
            var fromOwner = random.Next(2) == 0;
            var content = fromOwner
                ? $"Hola {other.First}, gracias por conectar. ¿Te apetece una llamada la semana que viene? ({i})"
                : $"Thanks {OwnerName.Split(' ')[0]}, sounds great, let's talk in the future. ({i})";
            export.Messages.Add(new Message($"2-{conversation:x8}", other, fromOwner, at, content));
        }

        return export;
    }

    /// <summary>Writes the export's CSV files into <paramref name="folder"/> as LinkedIn names them (Connections.csv and messages.csv unless told not to).</summary>
    public void WriteTo(string folder, bool connections = true, bool messages = true)
    {
        Directory.CreateDirectory(folder);
        using (var w = Writer(folder, "Profile.csv"))
        {
            w.Write("First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers\r\n");
            w.Write("Ana,García Ruiz,,,,Consultora de e-commerce,,Retail,,\"Madrid, Spain\",,,\r\n");
        }

        if (connections)
        {
            using var w = Writer(folder, "Connections.csv");
            w.Write("Notes:\r\n\"When exporting your connection data, you may notice that some of the email addresses are missing.\"\r\n\r\n");
            w.Write("First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n");
            foreach (var p in Connections)
            {
                w.Write($"{p.First},{p.Last},{p.Url},{p.Email},{Quote(p.Company)},{Quote(p.Position)},{p.ConnectedOn.ToString("dd MMM yyyy", CultureInfo.InvariantCulture)}\r\n");
            }
        }

        using (var w = Writer(folder, "Invitations.csv"))
        {
            w.Write("From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\r\n");
            foreach (var i in Invitations)
            {
                var at = Quote(i.At.ToString("M/d/yy, h:mm tt", CultureInfo.InvariantCulture));
                w.Write(i.Incoming
                    ? $"{i.Other.FullName},{OwnerName},{at},{Quote(i.Note ?? "")},INCOMING,{i.Other.Url},{OwnerUrl}\r\n"
                    : $"{OwnerName},{i.Other.FullName},{at},{Quote(i.Note ?? "")},OUTGOING,{OwnerUrl},{i.Other.Url}\r\n");
            }
        }

        if (messages)
        {
            using var w = Writer(folder, "messages.csv");
            w.Write("\"CONVERSATION ID\",\"CONVERSATION TITLE\",\"FROM\",\"SENDER PROFILE URL\",\"TO\",\"RECIPIENT PROFILE URLS\",\"DATE\",\"SUBJECT\",\"CONTENT\",\"FOLDER\",\"ATTACHMENTS\"\r\n");
            foreach (var m in Messages)
            {
                var (from, fromUrl, to, toUrl) = m.FromOwner ? (OwnerName, OwnerUrl, m.Other.FullName, m.Other.Url) : (m.Other.FullName, m.Other.Url, OwnerName, OwnerUrl);
                var date = m.At.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
                w.Write($"\"{m.ConversationId}\",\"\",\"{from}\",\"{fromUrl}\",\"{to}\",\"{toUrl}\",\"{date}\",\"\",\"{m.Content}\",\"INBOX\",\"\"\r\n");
            }
        }
    }

    private static StreamWriter Writer(string folder, string name) =>
        new(Path.Combine(folder, name), false, new UTF8Encoding(false), 1 << 16);

    private static string Quote(string value) => value.Contains(',', StringComparison.Ordinal) ? $"\"{value}\"" : value;

    private static string Slug(string name)
    {
        var folded = Playbook.Engine.Contacts.NameKey.Of(name);
        return folded.Replace(' ', '-');
    }
}
