using Terminal.Gui.Input;

namespace Playbook.Tests.Views;

/// <summary>W on the Contact screen shows what <c>playbook why</c> prints, and W again the contact's file.</summary>
public sealed class ContactWhyTests
{
    [Fact]
    public void Contact_W_ShowsWhyEachPlaybookActedThenWGoesBack()
    {
        using var desk = new DeskHarness();
        var contactId = desk.Window.Today.Rows[0].ContactId;
        desk.Window.Contact.Open(contactId);
        desk.Window.Show(desk.Window.Contact);

        desk.Press(Key.W);
        var why = desk.Window.Contact.Shown;
        desk.Press(Key.W);

        Assert.Contains("invitation.received", why, StringComparison.Ordinal);
        Assert.Contains("  welcome ", why, StringComparison.Ordinal);
        Assert.Contains("started: run ", why, StringComparison.Ordinal);
        Assert.Contains("for draft ", why, StringComparison.Ordinal);
        Assert.Contains("W goes back to the contact's file.", why, StringComparison.Ordinal);
        Assert.False(desk.Window.Contact.ShowsWhy);
        Assert.Contains("Timeline:", desk.Window.Contact.Shown, StringComparison.Ordinal);
    }

    [Fact]
    public void Contact_WOnAReadOnlyStore_StillExplains()
    {
        using var desk = new DeskHarness(readOnly: true);
        var contactId = desk.Window.Today.Rows[0].ContactId;
        desk.Window.Contact.Open(contactId);
        desk.Window.Show(desk.Window.Contact);

        desk.Press(Key.W);

        Assert.True(desk.Window.Contact.ShowsWhy);
        Assert.Contains("started: run ", desk.Window.Contact.Shown, StringComparison.Ordinal);
    }
}
