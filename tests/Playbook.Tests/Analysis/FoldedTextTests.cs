using System.Globalization;
using System.Text;
using Playbook.Engine.Analysis.Replies;

namespace Playbook.Tests.Analysis;

public sealed class FoldedTextTests
{
    [Theory]
    [InlineData("  Hola,   MARÍA!\n¿Qué tal?  ", "hola, maria! ¿que tal?")]
    [InlineData("Ñandú Œuvre ǅemal straße", "nandu œuvre ǆemal straße")]
    [InlineData("e\u0301te\u0301", "ete")]
    [InlineData("\u0301 a", "a")]
    [InlineData("", "")]
    public void Of_FoldsCaseAccentsAndBlanks(string body, string folded)
    {
        Assert.Equal(folded, FoldedText.Of(body, 10_000).Text);
    }

    [Fact]
    public void Of_ABrokenSurrogate_IsAReplacementCharacter()
    {
        Assert.Equal("broken \ufffd surrogate", FoldedText.Of("Broken " + '\ud800' + " surrogate", 100).Text);
    }

    [Fact]
    public void Of_EveryReplyOfTheCorpora_AndRandomTexts_FoldAsOneCharacterAtATime()
    {
        var random = new Random(23);
        var texts = LabelledReply.Read(LabelledReply.Tuning).Concat(LabelledReply.Read(LabelledReply.HeldOut)).Select(r => r.Text)
            .Concat(Enumerable.Range(0, 2_000).Select(_ => RandomText(random)))
            .Concat([new string('é', 2_000), "Hangul 한국어 and ﬁ ligature"]);

        foreach (var text in texts)
        {
            Assert.Equal(Reference(text), FoldedText.Of(text, 10_000).Text);
        }
    }

    [Theory]
    [InlineData("Habla con  MARTA  Vidal, ella lo lleva", "marta vidal", "MARTA  Vidal")]
    [InlineData("Escribe a José Ñúñez mañana", "jose nunez", "José Ñúñez")]
    [InlineData("Talk to e\u0301lodie", "elodie", "e\u0301lodie")]
    [InlineData("nobody here", "marta", null)]
    public void OriginalOf_GivesTheWordsBackAsWritten(string body, string folded, string? written)
    {
        Assert.Equal(written, FoldedText.Of(body, 10_000).OriginalOf(folded));
    }

    /// <summary>A text of ASCII, Latin letters with accents, combining marks, blanks, other scripts and broken surrogates.</summary>
    private static string RandomText(Random random)
    {
        var text = new StringBuilder();
        var length = random.Next(0, 200);
        for (var i = 0; i < length; i++)
        {
            text.Append(random.Next(8) switch
            {
                0 => ' ',
                1 => (char)random.Next(0x80, 0x250),
                2 => (char)random.Next(0x300, 0x370),
                3 => "\t\n\u00a0\u2003"[random.Next(4)],
                4 => (char)random.Next(0xac00, 0xd7a4),
                5 => (char)random.Next(0xd800, 0xe000),
                6 => (char)random.Next(0x370, 0x1100),
                _ => (char)random.Next(0x21, 0x7f),
            });
        }

        return text.ToString();
    }

    /// <summary>The folding as the rules define it, a character at a time: lower case, no accents, blanks collapsed.</summary>
    private static string Reference(string original)
    {
        var text = new StringBuilder();
        var pendingSpace = false;
        foreach (var rune in original.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune))
            {
                pendingSpace = text.Length > 0;
                continue;
            }

            foreach (var c in rune.IsAscii ? rune.ToString() : rune.ToString().Normalize(NormalizationForm.FormD))
            {
                if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                {
                    continue;
                }

                if (pendingSpace)
                {
                    text.Append(' ');
                    pendingSpace = false;
                }

                text.Append(char.ToLowerInvariant(c));
            }
        }

        return text.ToString();
    }
}
