using Dapper;
using Playbook.Tui.Desk;
using Terminal.Gui.Input;

namespace Playbook.Tests.Views;

/// <summary>
/// Today reads the drafts its first screen shows (and a page more) before its first frame, the rest of those it lists
/// as the table is scrolled to them, and a draft's analysis when the draft is shown.
/// </summary>
[Collection(DeskTests.Name)]
public sealed class TodayPagingTests
{
    [Fact]
    public void Today_MoreDraftsThanAPage_ReadsTheFirstPageThenTheRestAsTheTableScrolls()
    {
        using var desk = ManyInvitations();
        var expected = ListedInvitations(desk);

        var screen = desk.Screen;
        var first = desk.Window.Today.Rows.Where(r => r.Kind == "invitation").ToList();
        for (var i = 0; i < 70; i++)
        {
            desk.Press(Key.CursorDown);
        }

        var scrolled = desk.Screen;
        var read = desk.Window.Today.Rows.Where(r => r.Kind == "invitation").ToList();

        Assert.Contains("135 new invitation(s) with a drafted reply", screen, StringComparison.Ordinal);
        Assert.Contains("(the first 100 of each here; F3 lists every draft)", screen, StringComparison.Ordinal);
        Assert.Equal(Today.FirstPage, first.Count);
        Assert.True(read.Count >= 71, $"{read.Count} read after moving to the 71st");
        Assert.Equal(expected.Take(read.Count), read.Select(r => r.Draft!.Id));
        Assert.Equal(desk.Window.Today.Selected!.Draft!.Id, expected[70]);
        Assert.Contains(desk.Window.Today.Selected.Contact, scrolled, StringComparison.Ordinal);
        Assert.Equal(Today.MaxEach + desk.Window.Today.Rows.Count(r => r.Kind != "invitation"), desk.Window.Today.RowCount);
    }

    [Fact]
    public void Today_ADraftShown_ReadsItsAnalysisThenAndNotBefore()
    {
        using var desk = ManyInvitations();

        var second = desk.Window.Today.Rows[1];
        desk.Press(Key.CursorDown);
        var screen = desk.Screen;

        Assert.True(desk.Window.Today.Rows[0].WhyRead, "the first draft is shown in full as Today opens");
        Assert.False(second.WhyRead);
        Assert.Null(second.Draft!.Analysis);
        Assert.True(desk.Window.Today.Rows[1].WhyRead);
        Assert.NotNull(desk.Window.Today.Rows[1].Draft!.Analysis);
        Assert.Contains("why: score ", screen, StringComparison.Ordinal);
    }

    [Fact]
    public void Today_FirstFrame_ShowsTheFirstDraftWithoutItsAnalysis_ThenReadsIt()
    {
        using var desk = new DeskHarness(firstFrameDone: false);

        var first = desk.Screen;
        desk.Window.FirstFrameDrawn();
        var then = desk.Screen;

        Assert.Contains("new invitation(s) with a drafted reply", first, StringComparison.Ordinal);
        Assert.Contains("welcome · welcome · linkedin", first, StringComparison.Ordinal);
        Assert.DoesNotContain("why: score", first, StringComparison.Ordinal);
        Assert.Contains("why: score 0.35", then, StringComparison.Ordinal);
    }

    [Fact]
    public void Today_DraftsReviewedBeforeTheirPageIsRead_AreShownAsReviewed()
    {
        using var desk = ManyInvitations();
        var expected = ListedInvitations(desk);
        using (var store = desk.OpenStore())
        {
            store.Connection.Execute("UPDATE drafts SET status = 'discarded' WHERE answers_invitation = 1 AND id > @last", new { last = expected[Today.FirstPage - 1] });
        }

        for (var i = 0; i < Today.FirstPage + 5; i++)
        {
            desk.Press(Key.CursorDown);
        }

        _ = desk.Screen;

        Assert.Equal("(reviewed since; F5 reads the list again)", desk.Window.Today.Selected!.Summary);
        Assert.Null(desk.Window.Today.Selected.Draft);
        Assert.All(desk.Window.Today.Rows.Skip(Today.FirstPage).Where(r => r.Kind == "invitation"), r => Assert.Null(r.Draft));
        Assert.Null(desk.Window.Today.FocusedContact);
        desk.Press(Key.Enter);
        Assert.Equal("This draft was reviewed since the list was read: F5 reads it again.", desk.Window.Message);
        Assert.Same(desk.Window.Today, desk.Window.Current);
        Assert.Equal(Today.MaxEach, desk.Window.Today.Rows.Count(r => r.Kind == "invitation"));
    }

    /// <summary>The demo's desk with 120 more drafted replies to invitations (the demo's 15 copied), read again.</summary>
    private static DeskHarness ManyInvitations()
    {
        var desk = new DeskHarness(width: 200);
        using (var store = desk.OpenStore())
        {
            store.Connection.Execute(
                """
                WITH RECURSIVE copies(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM copies WHERE n < 8)
                INSERT INTO drafts (contact_id, playbook, step, channel, template, body, created_at, analysis, answers_invitation)
                SELECT d.contact_id, d.playbook, d.step, d.channel, d.template, d.body || ' #' || n, d.created_at, d.analysis, 1
                FROM drafts d, copies WHERE d.status = 'pending' AND d.answers_invitation = 1
                """);
        }

        desk.Press(Key.F5);
        return desk;
    }

    /// <summary>The ids of the drafted replies to invitations Today lists, in order, as the store says.</summary>
    private static List<long> ListedInvitations(DeskHarness desk)
    {
        using var store = desk.OpenStore();
        return [.. store.Drafts.Pending(Today.MaxEach).Invitations.Select(d => d.Id)];
    }
}
