using System.Text;
using Playbook.Engine.Analysis.Replies;

namespace Playbook.Tests.Analysis;

/// <summary>
/// Random and mutated messages, up to past the 4,000 characters the classifier reads: every one is classified without
/// an exception, with a label, a day within a year of the message, and a short referral. The suite finishing is the
/// proof that no rule backtracks without bound (each also has a timeout); no time is asserted.
/// </summary>
public sealed class ReplyHostileTextTests
{
    private static readonly string[] Pieces =
    [
        "hasta el ", "until ", "del 1 al ", "through ", "escríbeme en ", "ping me in ", "hablamos en ", "habla con ", "talk to ",
        "te paso con mi compañera ", "my colleague ", "31 de febrero", "30/02", "12/14", "7/1/2027", "2029-03-01", "Q1 ", "enero ",
        "January ", "the 14th ", "el lunes ", "next week ", "la semana que viene ", "después de Reyes ", "after the summer ",
        "Marta Vidal ", "Lucía ", "(lucia@acme.es) ", "@", ".", ",", "?", "¿", "!", "\n", " ", "  ", "de ", "of ", "1", "14", "99",
        "\u00e1", "\u0301", "😀", "\ud800", "\udc00", "ñ", "ǅ", "İ", "out of office ", "automatic reply ", "inclusive ", "from ",
    ];

    [Fact]
    public void Classify_ThousandsOfRandomAndMutatedMessages_NeverThrowAndStayInBounds()
    {
        var random = new Random(20261206);
        var corpus = LabelledReply.Read(LabelledReply.Tuning).Concat(LabelledReply.Read(LabelledReply.HeldOut)).Select(r => r.Text).ToArray();
        var at = new DateTimeOffset(2026, 11, 16, 9, 30, 0, TimeSpan.Zero);
        var messages = Enumerable.Range(0, 2_000).Select(i => i % 2 == 0 ? Random(random) : Mutate(random, corpus[random.Next(corpus.Length)])).ToList();

        var results = messages.Select(m => ReplyClassifier.BuiltIn.Classify(m, at)).ToList();

        Assert.All(results, r =>
        {
            Assert.Contains(r.Label, ReplyLabels.All);
            Assert.True(r.FollowUpOn is null || (r.FollowUpOn >= new DateOnly(2026, 11, 16) && r.FollowUpOn <= new DateOnly(2027, 11, 19)), $"{r.FollowUpOn}");
            Assert.True(r.Referral is null || r.Referral.Length <= 200, r.Referral);
        });
        Assert.Contains(results, r => r.FollowUpOn is not null);
        Assert.Contains(results, r => r.Referral is not null);
    }

    internal static string Random(Random random)
    {
        var text = new StringBuilder();
        var length = random.Next(10) == 0 ? random.Next(1, 6_000) : random.Next(1, 400);
        while (text.Length < length)
        {
            text.Append(Pieces[random.Next(Pieces.Length)]);
        }

        return text.ToString();
    }

    internal static string Mutate(Random random, string text)
    {
        var chars = new StringBuilder(text);
        for (var i = random.Next(1, 12); i > 0 && chars.Length > 0; i--)
        {
            var at = random.Next(chars.Length);
            switch (random.Next(4))
            {
                case 0:
                    chars.Remove(at, 1);
                    break;
                case 1:
                    chars.Insert(at, Pieces[random.Next(Pieces.Length)]);
                    break;
                case 2:
                    chars.Insert(at, chars.ToString(at, Math.Min(40, chars.Length - at)));
                    break;
                case 3 when random.Next(5) == 0:
                    chars.Append(string.Concat(Enumerable.Repeat(chars.ToString(0, Math.Min(chars.Length, 50)), random.Next(1, 100))));
                    break;
                default:
                    chars.Insert(at, ' ');
                    break;
            }
        }

        return chars.ToString();
    }
}
