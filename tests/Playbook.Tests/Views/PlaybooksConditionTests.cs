using Terminal.Gui.Input;

namespace Playbook.Tests.Views;

/// <summary>The Playbooks screen's box: a <c>when:</c> typed and evaluated for the contact selected on the Contacts screen.</summary>
public sealed class PlaybooksConditionTests
{
    [Fact]
    public void Box_ConditionThatHolds_SaysTrueForTheSelectedContact()
    {
        using var desk = SelectElenaThenTry("contact.FirstName == \"Elena\" && history.Count > 0");

        Assert.Contains("true for Elena Moreno Díaz (#", desk.Window.Playbooks.Detail, StringComparison.Ordinal);
        Assert.Contains("with their latest event (", desk.Window.Playbooks.Detail, StringComparison.Ordinal);
        Assert.Equal("when: is true for Elena Moreno Díaz.", desk.Window.Message);
    }

    [Fact]
    public void Box_ConditionThatDoesNotHold_SaysFalse()
    {
        using var desk = SelectElenaThenTry("HasTag(\"client\")");

        Assert.Contains("false for Elena Moreno Díaz (#", desk.Window.Playbooks.Detail, StringComparison.Ordinal);
        Assert.Equal("when: is false for Elena Moreno Díaz.", desk.Window.Message);
    }

    [Fact]
    public void Box_ConditionThatDoesNotCompile_ShowsTheErrorAtItsPlace()
    {
        using var desk = SelectElenaThenTry("contact.Compnay != null");

        Assert.Contains("when(1,9): error CS1061: 'Contact' does not contain a definition for 'Compnay'", desk.Window.Playbooks.Detail, StringComparison.Ordinal);
        Assert.Equal("The condition does not compile: see below.", desk.Window.Message);
    }

    [Fact]
    public void Box_Letters_AreTypedNotTakenAsTheScreensKeys()
    {
        using var desk = SelectElenaThenTry("tags.Count == 0 && me != null && !HasTag(\"pet\")");

        Assert.Equal("tags.Count == 0 && me != null && !HasTag(\"pet\")", desk.Window.Playbooks.Condition);
        Assert.Contains("true for Elena Moreno Díaz", desk.Window.Playbooks.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(desk.Window.Playbooks.Rows, r => r.State == "off");
    }

    private static DeskHarness SelectElenaThenTry(string condition)
    {
        var desk = new DeskHarness();
        desk.Press(Key.F4);
        desk.Type("elena moreno");
        desk.Press(Key.CursorDown);
        desk.Press(Key.F10);
        Assert.True(desk.RunUntil(() => desk.Window.Playbooks.Rows.Count > 0), desk.Window.Playbooks.Detail);
        desk.Press(Key.W);
        desk.Type(condition);
        desk.Press(Key.Enter);
        return desk;
    }
}
