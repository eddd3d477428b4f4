// A reconnect cadence: contacts silent for six months get a task to reconnect, except those who asked
// not to be contacted. 'tick' starts it; any interaction with the contact resets their clock.

Declare("reconnect")
    .Describe("Every six months without an interaction, a task to reconnect; never for do-not-contact")
    .Every(Days(182))
    .When(c => !c.HasTag("do-not-contact"))
    .Remind("reconnect", "Reconnect with {{ contact.first_name }}: it has been six months");
