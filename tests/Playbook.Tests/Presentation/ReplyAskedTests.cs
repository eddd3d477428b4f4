using Playbook.Engine.Events;
using Playbook.Tui.Presentation;

namespace Playbook.Tests.Presentation;

public sealed class ReplyAskedTests
{
    [Theory]
    [InlineData("auto", "2026-12-14", null, "back 14 Dec")]
    [InlineData("brush-off", "2027-01-04", null, "later: January")] // 1 January a holiday, 2 and 3 a weekend
    [InlineData("brush-off", "2027-03-01", null, "later: March")]
    [InlineData("brush-off", "2027-05-03", null, "later: May")] // 1 and 2 May a weekend
    [InlineData("brush-off", "2026-12-14", null, "later: Mon 14 Dec")]
    [InlineData("brush-off", "2027-03-02", null, "later: Tue 2 Mar")]
    [InlineData("brush-off", null, "Marta Vidal <marta@acme.es>", "→ Marta Vidal")]
    [InlineData("engaged", null, "Sam Okafor", "→ Sam Okafor")]
    [InlineData("brush-off", null, "<lucia@acme.es>", "→ (no name)")]
    [InlineData("brush-off", null, "", "→ (no name)")]
    [InlineData("auto", "2026-12-14", "Marta Vidal", "back 14 Dec · → Marta Vidal")]
    [InlineData("engaged", null, null, "")]
    public void Note_WhatTheReplyAsked_InAFewWords(string classification, string? followUpOn, string? referral, string expected)
    {
        var reply = new ContactEvent
        {
            Id = 1,
            Kind = EventKinds.MessageReceived,
            ContactId = 2,
            At = new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero),
            Classification = classification,
            FollowUpOn = followUpOn is null ? null : DateOnly.Parse(followUpOn, System.Globalization.CultureInfo.InvariantCulture),
            Referral = referral,
        };

        var note = ReplyAsked.Note(reply);

        Assert.Equal(expected, note);
    }

    [Theory]
    [InlineData("Marta Vidal <marta@acme.es>", "Marta Vidal", "marta@acme.es")]
    [InlineData("Marta Vidal", "Marta Vidal", null)]
    [InlineData("<marta@acme.es>", null, "marta@acme.es")]
    [InlineData("", null, null)]
    public void Person_StoredReferral_NameAndEmailApart(string referral, string? name, string? email)
    {
        var person = ReplyAsked.Person(referral);

        Assert.Equal((name, email), person);
    }
}
