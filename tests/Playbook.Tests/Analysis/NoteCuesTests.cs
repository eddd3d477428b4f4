using Playbook.Engine.Analysis.Notes;

namespace Playbook.Tests.Analysis;

/// <summary>
/// The cues of an intent are the note's first three matches of its patterns, in the note's order, whichever of the
/// patterns a list of cues is split into each comes from.
/// </summary>
public sealed class NoteCuesTests
{
    [Theory]
    [InlineData("Would you be interested in a free audit? We help brands like yours grow.", "Would you be interested in|free audit|We help brands")]
    [InlineData("We help brands like yours: would you be interested in a quick demo? Case study attached.", "We help brands|would you be interested in|quick demo")]
    [InlineData("Ofrecemos auditorías gratuitas y podemos ayudarte a aumentar tus ventas.", "Ofrecemos|auditorías gratuitas|podemos ayudarte")]
    public void Read_ASalesPitch_GivesItsFirstThreeCuesInTheNotesOrder(string note, string cues)
    {
        var reading = NoteReader.Read(note)!;

        Assert.Equal(NoteIntents.Sales, reading.Intent);
        Assert.Equal(cues.Split('|'), reading.Cues);
    }
}
