using System.Globalization;
using System.IO.Hashing;
using System.Text;
using Dapper;
using Playbook.Engine.Store;
using Playbook.Tests.Support;

namespace Playbook.Tests.Import.LinkedIn;

/// <summary>
/// A message's source key is the one earlier builds wrote, its content's hash taken over the content's UTF-8 (accents,
/// an emoji, a broken surrogate made a replacement character), so that a store they wrote adds nothing again.
/// </summary>
public sealed class MessageSourceKeyTests : IDisposable
{
    private readonly TestStore _test = new();

    [Fact]
    public void Import_MessagesWithAnyText_KeepTheSourceKeyEarlierBuildsWrote()
    {
        string[] bodies = ["Gracias, José: ¿hablamos en marzo? 🙂", "plain words", "half a pair \ud83d here"];
        var folder = _test.Folder.Folder("export");
        File.WriteAllText(Path.Combine(folder, "Profile.csv"), "First Name,Last Name,Headline\r\nOwner,Person,Owner of the export\r\n");
        File.WriteAllText(Path.Combine(folder, "messages.csv"),
            "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\r\n"
            + string.Concat(bodies.Select((body, i) =>
                $"c-{i},,Ana Lima,https://www.linkedin.com/in/ana-lima,Owner Person,https://www.linkedin.com/in/owner-person,2026-02-1{i} 10:00:00 UTC,,\"{body}\",INBOX\r\n")),
            new UTF8Encoding(false));

        _test.Import(folder);

        var rows = _test.Store.Connection.Query<(string Conversation, long Hash, long Ticks, string Body)>(
            "SELECT conversation_id, source_hash, at_ticks, body FROM events WHERE kind = 'message.received' ORDER BY conversation_id").ToList();
        Assert.Equal(3, rows.Count);
        foreach (var (conversation, hash, ticks, body) in rows)
        {
            var content = XxHash3.HashToUInt64(Encoding.UTF8.GetBytes(body)).ToString("x16", CultureInfo.InvariantCulture);
            Assert.Equal(SourceKey.Hash(string.Create(CultureInfo.InvariantCulture, $"linkedin:message:{conversation}:{ticks}:in:ana-lima:{content}")), hash);
        }
    }

    [Fact]
    public void Import_SentToTwoAndALongConversation_KeepTheSourceKeysEarlierBuildsWrote()
    {
        // A key longer than the stack's buffer is hashed from its text; a message to two is a key for each.
        var longConversation = "c-" + new string('é', 400);
        var folder = _test.Folder.Folder("export");
        File.WriteAllText(Path.Combine(folder, "Profile.csv"), "First Name,Last Name,Headline\r\nOwner,Person,Owner of the export\r\n");
        File.WriteAllText(Path.Combine(folder, "messages.csv"),
            "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\r\n"
            + "c-2,,Owner Person,https://www.linkedin.com/in/owner-person,\"Ana Lima, Bo Diaz\","
            + "\"https://www.linkedin.com/in/ana-lima,https://www.linkedin.com/in/bo-diaz\",2026-02-12 10:00:00 UTC,,Hello both,INBOX\r\n"
            + $"{longConversation},,Ana Lima,https://www.linkedin.com/in/ana-lima,Owner Person,https://www.linkedin.com/in/owner-person,2026-02-13 10:00:00 UTC,,Later,INBOX\r\n",
            new UTF8Encoding(false));

        _test.Import(folder);

        var rows = _test.Store.Connection.Query<(string Conversation, long Hash, long Ticks, string Body, string Direction, string Person)>(
            """
            SELECT e.conversation_id, e.source_hash, e.at_ticks, e.body, e.direction, c.profile_key
            FROM events e JOIN contacts c ON c.id = e.contact_id WHERE e.kind LIKE 'message.%' ORDER BY e.id
            """).ToList();
        Assert.Equal(3, rows.Count);
        Assert.Contains(rows, r => r.Conversation == longConversation);
        foreach (var (conversation, hash, ticks, body, direction, person) in rows)
        {
            var content = XxHash3.HashToUInt64(Encoding.UTF8.GetBytes(body)).ToString("x16", CultureInfo.InvariantCulture);
            Assert.Equal(SourceKey.Hash(string.Create(CultureInfo.InvariantCulture, $"linkedin:message:{conversation}:{ticks}:{direction}:{person}:{content}")), hash);
        }
    }

    public void Dispose() => _test.Dispose();
}
