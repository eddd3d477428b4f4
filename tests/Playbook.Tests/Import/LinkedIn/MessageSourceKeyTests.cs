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

    public void Dispose() => _test.Dispose();
}
