using System.Text;
using Playbook.Engine.Analysis.Replies;
using Playbook.Engine.Import.Csv;
using Playbook.Engine.Import.LinkedIn;
using Playbook.Tests.Analysis;

namespace Playbook.Tests.Import.LinkedIn;

/// <summary>
/// messages.csv's rows are parsed ahead of the store, and the received ones classified a batch at a time on two
/// threads: every message comes out in the file's order, classified exactly as alone, and a row that cannot be read
/// still lets the rows before it through.
/// </summary>
public sealed class MessagesParseTests
{
    private const string Header = "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER";
    private const string OwnerName = "Sam Owner";
    private const string OwnerUrl = "https://www.linkedin.com/in/samowner";

    [Fact]
    public void Parse_ManyMessages_ComeOutInOrderEachClassifiedAsAlone()
    {
        var replies = LabelledReply.Read(LabelledReply.Tuning).Select(r => r.Text).ToList();
        var csv = new StringBuilder(Header).Append('\n');
        for (var i = 0; i < 700; i++)
        {
            var text = replies[i % replies.Count].Replace("\"", "\"\"", StringComparison.Ordinal);
            var at = new DateTime(2026, 1, 1, 9, 0, 0, DateTimeKind.Utc).AddMinutes(i).ToString("yyyy-MM-dd HH:mm:ss 'UTC'", System.Globalization.CultureInfo.InvariantCulture);
            csv.Append(i % 5 == 0
                ? $"c{i},,{OwnerName},{OwnerUrl},Person {i},https://www.linkedin.com/in/person{i},{at},,\"{text}\",INBOX\n"
                : $"c{i},,Person {i},https://www.linkedin.com/in/person{i},{OwnerName},{OwnerUrl},{at},,\"{text}\",INBOX\n");
        }

        var parsed = Parse(csv.ToString());

        Assert.Equal(700, parsed.Count);
        Assert.Equal(Enumerable.Range(0, 700).Select(i => $"c{i}"), parsed.Select(m => m.ConversationId));
        Assert.Equal(140, parsed.Count(m => m.Outcome == ParsedMessage.Kind.Sent));
        foreach (var message in parsed)
        {
            if (message.Outcome == ParsedMessage.Kind.Sent)
            {
                Assert.Null(message.Classification);
                continue;
            }

            var alone = ReplyClassifier.BuiltIn.Classify(message.Body, message.At);
            Assert.Equal((alone.ToString(), alone.FollowUpOn, alone.Referral), (message.Classification!.ToString(), message.Classification.FollowUpOn, message.Classification.Referral));
        }
    }

    private static List<ParsedMessage> Parse(string csv)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        using var records = CsvFile.Read(stream).GetEnumerator();
        var header = HeaderFinder.Find(records, "CONVERSATION ID")!;
        return [.. MessagesFile.Parse(records, header, new ExportOwner(OwnerName, OwnerUrl), ReplyClassifier.BuiltIn)];
    }
}
