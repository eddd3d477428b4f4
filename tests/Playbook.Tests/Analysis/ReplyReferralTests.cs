using Playbook.Engine.Analysis.Replies;

namespace Playbook.Tests.Analysis;

/// <summary>The person a reply sends the practice to, as written, and the form the runtime reads back.</summary>
public sealed class ReplyReferralTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 16, 9, 30, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("No llevo yo ese tema, habla con Marta Vidal", "Marta Vidal")]
    [InlineData("You should talk to Sam Okafor.", "Sam Okafor")]
    [InlineData("Te paso con mi compañera Lucía (lucia@acme.es)", "Lucía <lucia@acme.es>")]
    [InlineData("Escribe a jorge.ruiz@acme.es", "<jorge.ruiz@acme.es>")]
    [InlineData("Talk to my colleague.", "")]
    [InlineData("Habla con mi jefe.", "")]
    [InlineData("Habla con nuestra responsable de compras, Marta de la Fuente.", "Marta de la Fuente")]
    [InlineData("Ponte en contacto con José Ángel Núñez, él lo lleva.", "José Ángel Núñez")]
    public void Classify_Referral_KeepsTheNameAsWritten(string text, string referral)
    {
        var result = ReplyClassifier.BuiltIn.Classify(text, At);

        Assert.Equal(referral, result.Referral);
        Assert.Contains(result.Cues, c => c.StartsWith("refers to someone else (", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Sounds good, talk to you soon!")]
    [InlineData("Sure, email me at dan@northfield.com and we'll set it up.")]
    [InlineData("I'm out of the office until 4 January. For anything urgent, please contact Hannah at hannah@brightwave.co.uk.")]
    [InlineData("Estoy fuera de la oficina hasta el 30 de abril. Para cualquier tema, escribe a equipo@vertice.mx.")]
    public void Classify_NoOneToMoveTo_IsNoReferral(string text)
    {
        var result = ReplyClassifier.BuiltIn.Classify(text, At);

        Assert.Null(result.Referral);
    }

    [Fact]
    public void Classify_ReferralAlone_IsABrushOffAndTheEmailIsNotTheSendersContactDetails()
    {
        var result = ReplyClassifier.BuiltIn.Classify("Yo no me encargo de esto, escribe a jorge.ruiz@acme.es", At);

        Assert.Equal(ReplyLabels.BrushOff, result.Label);
        Assert.DoesNotContain(result.Cues, c => c.StartsWith("contact details", StringComparison.Ordinal));
    }

    [Fact]
    public void Classify_EngagedReferral_StaysEngaged()
    {
        var result = ReplyClassifier.BuiltIn.Classify("Me interesa mucho, pero habla con Marta Vidal, que es quien firma. ¿Te paso su móvil?", At);

        Assert.Equal((ReplyLabels.Engaged, "Marta Vidal"), (result.Label, result.Referral));
    }

    [Theory]
    [InlineData("Lucía <lucia@acme.es>", "Lucía", "lucia@acme.es")]
    [InlineData("<jorge.ruiz@acme.es>", null, "jorge.ruiz@acme.es")]
    [InlineData("Marta Vidal", "Marta Vidal", null)]
    [InlineData("", null, null)]
    [InlineData(null, null, null)]
    public void Parse_EachFormOfAReferral_GivesItsNameAndEmail(string? referral, string? name, string? email)
    {
        var parsed = ReplyReferral.Parse(referral);

        Assert.Equal((name, email), parsed);
    }

    [Theory]
    [InlineData("Lucía", "lucia@acme.es")]
    [InlineData(null, "jorge.ruiz@acme.es")]
    [InlineData("Marta Vidal", null)]
    public void Format_ThenParse_GivesBackNameAndEmail(string? name, string? email)
    {
        var parsed = ReplyReferral.Parse(ReplyReferral.Format(name, email));

        Assert.Equal((name, email), parsed);
    }
}
