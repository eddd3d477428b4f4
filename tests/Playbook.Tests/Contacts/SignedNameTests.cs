using Playbook.Engine.Contacts;

namespace Playbook.Tests.Contacts;

public sealed class SignedNameTests
{
    [Theory]
    [InlineData("Hola Marta, vi tu charla.\n— Pedro Sánchez-Olmo · dev Shopify freelance", "Pedro Sánchez-Olmo")]
    [InlineData("Thanks!\n-- Ana Ruiz, Nubo Studio\n", "Ana Ruiz")]
    [InlineData("Gracias\n\n– María de la Fuente | UX", "María de la Fuente")]
    [InlineData("Talk soon\n- Ben O'Connor - Harrowgate", "Ben O'Connor")]
    [InlineData("—Jean-Luc Picard", "Jean-Luc Picard")]
    public void Of_ClosingDashLineNamingAPerson_IsTheName(string text, string expected) =>
        Assert.Equal(expected, SignedName.Of(text));

    [Theory]
    [InlineData("— Pedro Sánchez-Olmo\nand a line after it")]
    [InlineData("Sent from my iPhone\n— Sent from my iPhone")]
    [InlineData("Hola\n— Pedro")]
    [InlineData("Hola\n— the team at Nubo")]
    [InlineData("Hola\n-- ")]
    [InlineData("Price drop - 50% off today")]
    [InlineData("")]
    [InlineData(null)]
    public void Of_NoSignature_IsNull(string? text) => Assert.Null(SignedName.Of(text));
}
