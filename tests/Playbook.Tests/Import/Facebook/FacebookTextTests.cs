using Playbook.Engine.Import.Facebook;

namespace Playbook.Tests.Import.Facebook;

public sealed class FacebookTextTests
{
    [Theory]
    [InlineData("Mar\u00c3\u00ada", "María")]
    [InlineData("Zo\u00c3\u00ab M\u00c3\u00bcller", "Zoë Müller")]
    [InlineData("\u00e2\u009d\u00a4", "❤")]
    [InlineData("\u00f0\u009f\u0091\u008d", "👍")]
    [InlineData("plain ASCII", "plain ASCII")]
    public void Decode_Utf8BytesEscapedOneByOne_IsTheText(string written, string expected)
    {
        var text = FacebookText.Decode(written);

        Assert.Equal(expected, text);
    }

    [Theory]
    [InlineData("Ã la carte")]
    [InlineData("María")]
    [InlineData("ñandú €")]
    public void Decode_TextThatIsNotMojibake_IsLeftAsItIs(string text)
    {
        var decoded = FacebookText.Decode(text);

        Assert.Equal(text, decoded);
    }
}
