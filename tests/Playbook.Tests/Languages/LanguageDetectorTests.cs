using Playbook.Engine.Languages;

namespace Playbook.Tests.Languages;

public sealed class LanguageDetectorTests
{
    [Theory]
    [InlineData("es", "¡Hola Ana! Te sigo hace tiempo, me encantaría conectar.")]
    [InlineData("es", "HOLA ANA, TENEMOS UNA TIENDA ONLINE Y QUEREMOS CRECER")]
    [InlineData("en", "Hi Ana, we are bringing our online shop to Spain next year, and your Shopify work caught my eye.")]
    [InlineData("pt", "Olá Ana, obrigado pelo convite. Seria um prazer conversar com você sobre o mercado.")]
    [InlineData("fr", "Bonjour Ana, merci pour l'invitation. Je serais ravi d'échanger avec vous sur votre travail.")]
    [InlineData("de", "Hallo Ana, danke für die Einladung. Ich würde mich freuen, mit dir über Shopify zu sprechen.")]
    [InlineData("it", "Ciao Ana, grazie per l'invito. Mi piacerebbe parlare con te del tuo lavoro e della tua agenzia.")]
    public void Detect_TypicalNote_FindsItsLanguage(string code, string text)
    {
        var detected = LanguageDetector.Detect(text);

        Assert.Equal(code, detected.Code);
    }

    [Theory]
    [InlineData(null, 0)]
    [InlineData("", 0)]
    [InlineData("Thanks!", 1)]
    [InlineData("Hola Ana", 2)]
    public void Detect_TooLittleText_DecidesNothing(string? text, int words)
    {
        var detected = LanguageDetector.Detect(text);

        Assert.Null(detected.Code);
        Assert.True(detected.TooShort);
        Assert.Equal(words, detected.Words);
    }

    [Fact]
    public void Detect_WordsOfNoKnownLanguage_DecidesNothingAndSaysSo()
    {
        var detected = LanguageDetector.Detect("Shopify Klaviyo Gorgias Recharge Yotpo");

        Assert.Null(detected.Code);
        Assert.False(detected.TooShort);
        Assert.Equal("no common word of any language known here", detected.Counts());
    }

    [Fact]
    public void Detect_AccentsLeftOut_StillCountsTheWords()
    {
        var detected = LanguageDetector.Detect("Tambien me gustaria que hablemos, estoy en Bogota");

        Assert.Equal("es", detected.Code);
        Assert.Equal("6 common Spanish words against 1 English", detected.Counts());
    }
}
