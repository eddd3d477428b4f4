using Playbook.Engine.Contacts;
using Playbook.Engine.Events;
using Playbook.Tests.Support;
using Terminal.Gui.Input;

namespace Playbook.Tests.Views;

/// <summary>The Contacts screen's merge candidates: listed with why, merged with one key after a confirmation.</summary>
[Collection(DeskTests.Name)]
public sealed class DeskMergeTests
{
    private static readonly NetworkIdentity ElenaOnX = new(NetworkIdentity.X, "2847561930", "@elena_px");

    /// <summary>The desk over the demo store plus Elena Moreno from X (same name and company as the LinkedIn one), with a DM.</summary>
    private static (DeskHarness Desk, long LinkedIn, long FromX) WithElenaFromX()
    {
        var desk = new DeskHarness();
        using var store = desk.OpenStore();
        var elena = store.Contacts.Search("Elena Moreno").Single();
        var fromX = NetworkPeople.Add(store, ElenaOnX, elena.FirstName, elena.LastName, elena.Company);
        var linkedIn = elena.Id;
        store.Events.Add(fromX, EventKinds.MessageReceived, new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero), "¡Hola! Vi tu hilo sobre Shopify", "x");
        return (desk, linkedIn, fromX);
    }

    /// <summary>Shows the merge candidates and puts the cursor on the pair of <paramref name="merge"/>.</summary>
    private static void ToPair(DeskHarness desk, long merge)
    {
        desk.Press(Key.F4, Key.F7);
        var row = desk.Window.Contacts.Pairs.Select((p, i) => (p, i)).Single(x => x.p.Merge.Id == merge).i;
        for (var i = 0; i < row; i++)
        {
            desk.Press(Key.CursorDown);
        }
    }

    [Fact]
    public void Contacts_F7_ListsTheMergeCandidatesWithWhy()
    {
        var (desk, linkedIn, fromX) = WithElenaFromX();
        using var _ = desk;

        desk.Press(Key.F4, Key.F7);

        Assert.True(desk.Window.Contacts.ShowsDuplicates);
        var pair = Assert.Single(desk.Window.Contacts.Pairs, p => p.Merge.Id == fromX);
        Assert.Equal(linkedIn, pair.Keep.Id);
        Assert.Equal("same name and company", pair.Evidence);
        Assert.Contains($"Elena Moreno Díaz (id {fromX}, x)", desk.Screen, StringComparison.Ordinal);
        Assert.Contains("F8 merges the pair under the cursor (asks first)", desk.Screen, StringComparison.Ordinal);
    }

    [Fact]
    public void Contacts_F8_AsksNamingBothThenMergesAndShowsTheKeptContactWithItsXHistory()
    {
        var (desk, linkedIn, fromX) = WithElenaFromX();
        using var _ = desk;
        ToPair(desk, fromX);
        var asked = "";

        desk.PressThenAnswer(Key.F8, (Action)(() => asked = desk.Screen), Key.M);

        Assert.Contains($"Keep: Elena Moreno Díaz (id {linkedIn}, linkedin)", asked, StringComparison.Ordinal);
        Assert.Contains($"Merge into it: Elena Moreno Díaz (id {fromX}, x) · x:2847561930 @elena_px", asked, StringComparison.Ordinal);
        Assert.Contains("Why: same name and company", asked, StringComparison.Ordinal);
        using var store = desk.OpenStore();
        Assert.Null(store.Contacts.Find(fromX));
        Assert.Equal([ElenaOnX], store.Contacts.Identities(linkedIn));
        Assert.Equal("x", store.Events.List(linkedIn, EventKinds.MessageReceived).Single().Channel);
        Assert.StartsWith($"Merged Elena Moreno Díaz (id {fromX}) into Elena Moreno Díaz (id {linkedIn}); sources ", desk.Window.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(desk.Window.Contacts.Pairs, p => p.Merge.Id == fromX);
        Assert.Equal(linkedIn, desk.Window.Contact.FocusedContact);
        desk.Window.Show(desk.Window.Contact);
        Assert.Contains("  Networks:  x:2847561930 @elena_px", desk.Window.Contact.Shown, StringComparison.Ordinal);
        Assert.Contains("message.received    x         ¡Hola! Vi tu hilo sobre Shopify", desk.Window.Contact.Shown, StringComparison.Ordinal);
    }

    [Fact]
    public void Contacts_F8Cancelled_MergesNothing()
    {
        var (desk, linkedIn, fromX) = WithElenaFromX();
        using var _ = desk;
        ToPair(desk, fromX);

        desk.PressThenAnswer(Key.F8, Key.Esc);

        using var store = desk.OpenStore();
        Assert.NotNull(store.Contacts.Find(fromX));
        Assert.Empty(store.Contacts.Identities(linkedIn));
        Assert.Contains(desk.Window.Contacts.Pairs, p => p.Merge.Id == fromX);
    }

    [Fact]
    public void Contacts_F8KeepTheOther_KeepsTheSecondContact()
    {
        var (desk, linkedIn, fromX) = WithElenaFromX();
        using var _ = desk;
        ToPair(desk, fromX);

        desk.PressThenAnswer(Key.F8, Key.O);

        using var store = desk.OpenStore();
        Assert.Null(store.Contacts.Find(linkedIn));
        var kept = store.Contacts.Get("x:2847561930");
        Assert.Equal(fromX, kept.Id);
        Assert.Contains("linkedin", kept.Sources);
        Assert.NotEmpty(store.Events.List(fromX, EventKinds.InvitationReceived));
    }

    [Fact]
    public void Contacts_F8OutsideTheCandidates_SaysHowToListThem()
    {
        using var desk = new DeskHarness();

        desk.Press(Key.F4, Key.F8);

        Assert.Equal("F7 lists the merge candidates; F8 merges one of them.", desk.Window.Message);
        Assert.False(desk.Window.Contacts.ShowsDuplicates);
    }
}
