// An A/B test the script decides: half the inviters get the short welcome, half the long one, by contact id,
// and the template chosen is recorded on the draft's variant, so 'playbook stats --by variant' can compare them.

Declare("welcome-ab")
    .Describe("Welcome each invitation with one of two templates, recorded as the draft's variant")
    .On(EventKinds.InvitationReceived).MaxAge(Days(14))
    .Analyse("analyse")
    .Step("welcome", s => s.Draft(s.Contact.Id % 2 == 0 ? "welcome" : "welcome-short", variant: true))
    .WaitForReply("wait", Days(7))
    .Draft("nudge", "nudge");
