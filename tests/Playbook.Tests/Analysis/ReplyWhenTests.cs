using System.Globalization;
using Playbook.Engine.Analysis.Replies;

namespace Playbook.Tests.Analysis;

/// <summary>The day a reply asks to be written to again, read from its words relative to its own time.</summary>
public sealed class ReplyWhenTests
{
    private static readonly DateTimeOffset Monday16November = new(2026, 11, 16, 9, 30, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("Respuesta automática: Estoy fuera de la oficina hasta el 7/1/2027", "2027-01-07")]
    [InlineData("Automatic reply: I am out of the office until 7/1/2027 with no access to email.", "2027-07-01")]
    [InlineData("Automatic reply: I am out of the office until 14/12 with no access to email.", "2026-12-14")]
    [InlineData("Automatic reply: I'm away until 12/14.", "2026-12-14")]
    [InlineData("Hola, estaré de vacaciones del 1 al 15 de diciembre. Te contesto a la vuelta.", "2026-12-16")]
    [InlineData("Out of office: I'm away through Friday, November 27.", "2026-11-30")]
    [InlineData("Thank you for your email. I am on parental leave until January 2027.", "2027-01-04")]
    [InlineData("Auto-reply: I'm travelling and back on Monday.", "2026-11-23")]
    [InlineData("Mensaje automático: estoy de viaje y volveré el lunes 30.", "2026-11-30")]
    [InlineData("Out of office until the 14th.", "2026-12-14")]
    [InlineData("Estoy fuera de la oficina hasta el sábado 21 de noviembre.", "2026-11-23")]
    [InlineData("Out of office until the end of March.", "2027-04-01")]
    [InlineData("Estoy fuera de la oficina hasta el 2026-12-03.", "2026-12-03")]
    public void Classify_OutOfOffice_IsAutoWithItsFirstWorkingDayBack(string text, string back)
    {
        var result = ReplyClassifier.BuiltIn.Classify(text, Monday16November);

        Assert.Equal((ReplyLabels.Auto, Day(back)), (result.Label, result.FollowUpOn));
        Assert.Contains(result.Cues, c => c.Contains(back, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Escríbeme en enero y lo vemos", "2027-01-04")]
    [InlineData("Ping me again in Q1.", "2027-01-04")]
    [InlineData("Ahora no puedo, hablamos en septiembre.", "2027-09-01")]
    [InlineData("Let's reconnect in a couple of weeks.", "2026-11-30")]
    [InlineData("¿Me escribes la semana que viene?", "2026-11-23")]
    [InlineData("Circle back after the summer.", "2027-09-01")]
    [InlineData("Gracias. A partir del 15 de enero tendremos presupuesto, escríbeme entonces.", "2027-01-15")]
    [InlineData("Could you follow up next month?", "2026-12-01")]
    [InlineData("Retomamos el tema dentro de 15 días.", "2026-12-01")]
    [InlineData("Escríbeme después de Reyes.", "2027-01-07")]
    [InlineData("Check back with me after the holidays.", "2027-01-04")]
    [InlineData("Lo retomamos a mediados de enero.", "2027-01-15")]
    [InlineData("Try me again in Q2.", "2027-04-01")]
    public void Classify_LaterWithADate_IsABrushOffWithThatDay(string text, string day)
    {
        var result = ReplyClassifier.BuiltIn.Classify(text, Monday16November);

        Assert.Equal((ReplyLabels.BrushOff, Day(day)), (result.Label, result.FollowUpOn));
        Assert.StartsWith($"asks to be written to again {day} (", result.Cues[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Gracias, ahora no. Lo retomamos más adelante.")]
    [InlineData("Maybe some other time, thanks.")]
    [InlineData("Ahora estamos liados, escríbeme en otro momento.")]
    [InlineData("Escríbeme el 31 de febrero, jaja. Ahora no.")]
    [InlineData("Write me on 30/02, ha. Not now, thanks.")]
    public void Classify_LaterWithoutAUsableDate_IsABrushOffWithoutADay(string text)
    {
        var result = ReplyClassifier.BuiltIn.Classify(text, Monday16November);

        Assert.Equal((ReplyLabels.BrushOff, (DateOnly?)null), (result.Label, result.FollowUpOn));
    }

    [Theory]
    [InlineData("Perfecto, hablamos el jueves a las 10.")]
    [InlineData("Happy to chat next week, does Tuesday at 10 work?")]
    [InlineData("Let's talk on Thursday at 3pm?")]
    public void Classify_AMeetingOnADay_IsEngagedNotLater(string text)
    {
        var result = ReplyClassifier.BuiltIn.Classify(text, Monday16November);

        Assert.Equal((ReplyLabels.Engaged, (DateOnly?)null), (result.Label, result.FollowUpOn));
    }

    [Fact]
    public void Classify_MonthOfTheMessageItself_IsTheNextWorkingDay()
    {
        var friday = new DateTimeOffset(2027, 1, 8, 10, 0, 0, TimeSpan.Zero);

        var result = ReplyClassifier.BuiltIn.Classify("Escríbeme en enero y lo vemos", friday);

        Assert.Equal(Day("2027-01-11"), result.FollowUpOn);
    }

    [Fact]
    public void Classify_Q1FromInsideTheFirstQuarter_IsTheNextWorkingDay()
    {
        var result = ReplyClassifier.BuiltIn.Classify("Ping me again in Q1.", new DateTimeOffset(2027, 2, 10, 10, 0, 0, TimeSpan.Zero));

        Assert.Equal(Day("2027-02-11"), result.FollowUpOn);
    }

    [Fact]
    public void Classify_ReturnMoreThanAYearAhead_IsCappedAtAYearAndSaysSo()
    {
        var result = ReplyClassifier.BuiltIn.Classify("Estaré fuera de la oficina hasta el 3 de marzo de 2029 por un año sabático.", Monday16November);

        Assert.Equal(Day("2027-11-16"), result.FollowUpOn);
        Assert.Contains("return date capped at a year (asked 2029-03-03)", result.Cues);
    }

    [Theory]
    [InlineData("Out of office: I'm on annual leave until 31 February.")]
    [InlineData("Automatic reply: I'm out of the office until 2025-01-05.")]
    [InlineData("Automatic reply: out of the office until 14 November 2026.")]
    public void Classify_ReturnThatDoesNotExistOrHasPassed_IsAutoWithoutADayAndSaysWhy(string text)
    {
        var result = ReplyClassifier.BuiltIn.Classify(text, Monday16November);

        Assert.Equal((ReplyLabels.Auto, (DateOnly?)null), (result.Label, result.FollowUpOn));
        Assert.Contains(result.Cues, c => c.Contains("has passed or does not exist", StringComparison.Ordinal));
    }

    [Fact]
    public void Classify_StaleNoticeWithoutAYear_IsPastNotNextYear()
    {
        var result = ReplyClassifier.BuiltIn.Classify("Automatic reply: out of the office until 14 November.", Monday16November);

        Assert.Null(result.FollowUpOn);
    }

    [Fact]
    public void Classify_WithoutTheMessageTime_ReadsNoDate()
    {
        var result = ReplyClassifier.BuiltIn.Classify("Escríbeme en enero y lo vemos");

        Assert.Null(result.FollowUpOn);
        Assert.NotEqual(ReplyLabels.Unknown, result.Label);
    }

    [Fact]
    public void Classify_TimeOfDayInAnotherZone_UsesTheUtcDay()
    {
        var lateSunday = new DateTimeOffset(2026, 11, 15, 23, 30, 0, TimeSpan.FromHours(-3));

        var result = ReplyClassifier.BuiltIn.Classify("Out of office, back on Tuesday.", lateSunday);

        Assert.Equal(Day("2026-11-17"), result.FollowUpOn);
    }

    private static DateOnly Day(string day) => DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
