using Playbook.Tests.Support;
using Terminal.Gui.Input;

namespace Playbook.Tests.Views;

/// <summary>The desk on a read-only store: it shows everything, previews playbooks, and says on the message line that a change is refused.</summary>
[Collection(DeskTests.Name)]
public sealed class ReadOnlyDeskTests
{
    [UnixFact]
    public void StartUp_ReadOnlyStore_ShowsItAndSaysThePlaybooksWereNotRun()
    {
        using var desk = new DeskHarness(now: DeskHarness.Monday.AddDays(8), sendFirstDraft: true, readOnly: true);

        desk.Window.StartUp();
        var loaded = desk.RunUntil(() => desk.Window.Message.EndsWith("not run.", StringComparison.Ordinal));

        Assert.True(loaded, desk.Window.Message);
        Assert.Equal(
            "The store is read-only (the file is write-protected): it is shown as it is, and what would change it is refused; the playbooks were loaded, not run.",
            desk.Window.Message);
        Assert.Equal(14, desk.Window.Today.Rows.Count(r => r.Kind == "invitation"));
        Assert.DoesNotContain(desk.Window.Today.Rows, r => r.Kind == "follow-up");
    }

    [UnixFact]
    public void Drafts_MarkSentOnAReadOnlyStore_SaysSoOnTheMessageLineAndKeepsTheDraft()
    {
        using var desk = new DeskHarness(readOnly: true);
        desk.Press(Key.F3);
        var first = desk.Window.Drafts.Current!;

        desk.Press(Key.F7);

        Assert.Equal(
            $"Could not do that: {desk.DatabasePath}: the store is read-only (the file is write-protected) and this would change it, so nothing was done; give it write access to do this",
            desk.Window.Message);
        Assert.Equal(first.Id, desk.Window.Drafts.Current!.Id);
        Assert.Equal("pending", desk.Session.Store.Drafts.Get(first.Id).Status);
    }

    [UnixFact]
    public void Playbooks_PreviewOnAReadOnlyStore_ShowsWhatTheyWouldDo()
    {
        using var desk = new DeskHarness(now: DeskHarness.Monday.AddDays(8), sendFirstDraft: true, readOnly: true);
        desk.Press(Key.F10);
        Assert.True(desk.RunUntil(() => desk.Window.Playbooks.Rows.Count > 0), desk.Window.Playbooks.Detail);
        var welcome = desk.Window.Playbooks.Rows.ToList().FindIndex(r => r.Name == "welcome");
        for (var i = 0; i < welcome; i++)
        {
            desk.Press(Key.CursorDown);
        }

        desk.Press(Key.P);

        Assert.Equal("Preview of welcome: 1 draft(s) it would write; nothing was kept.", desk.Window.Message);
        Assert.Contains("dry run, nothing was kept", desk.Window.Playbooks.Detail, StringComparison.Ordinal);
    }
}
