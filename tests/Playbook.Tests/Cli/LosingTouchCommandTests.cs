using Playbook.Tests.Support;

namespace Playbook.Tests.Cli;

public sealed class LosingTouchCommandTests : IDisposable
{
    private readonly CliSandbox _cli = new();

    [Fact]
    public async Task LosingTouch_NoSchedule_SaysNoCadenceIsGiven()
    {
        await _cli.ImportExampleAsync();
        var folder = _cli.Folder.Folder("mine");
        _cli.Folder.Write("mine/keep.yaml", "schema: 1\nname: keep-in-touch\non: meeting\nsteps:\n  - { id: r, remind: Catch up }\n");

        var result = await _cli.RunAsync("losing-touch", "--playbooks", folder);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("No schedule gives a cadence: add a playbook with on: schedule and every: (see docs/playbooks.md).\n", result.Output);
    }

    [Fact]
    public async Task LosingTouch_BuiltInKeepInTouch_ListsCloseContactsSilentForNinetyDays()
    {
        await _cli.ImportExampleAsync();
        await _cli.RunAsync("contacts", "tag", CliTestData.Lucia, "close");
        await _cli.RunAsync("contacts", "stage", CliTestData.Lucia, "meeting");

        var result = await _cli.RunAsync("losing-touch", "--now", "2027-03-01T00:00Z");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(
            [
                "ID  CONTACT     STAGE    LAST INTERACTION   CADENCE  OVERDUE  PLAYBOOK",
                $"{result.OutputLines[1].Split(' ')[0]}  Lucía Peña  meeting  2026-11-24 12:10Z  90d      6d       keep-in-touch",
                "1 contact losing touch",
            ],
            result.OutputLines);
    }

    [Fact]
    public async Task LosingTouch_ScheduleWhoseWhenThrows_SaysWhichConditionFailedNotAnUnexpectedError()
    {
        await _cli.ImportExampleAsync();
        var folder = _cli.Folder.Folder("mine");
        var file = _cli.Folder.Write("mine/keep.yaml", "schema: 1\nname: keep\non: schedule\nevery: 30d\nwhen: event.Body != null\nsteps:\n  - { id: r, remind: Catch up }\n");
        await _cli.RunAsync("contacts", "stage", CliTestData.Lucia, "conversation");

        var result = await _cli.RunAsync("losing-touch", "--playbooks", folder, "--now", "2027-01-03T12:10Z");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            $"{file}(5,7): condition 'keep#when' failed: it read a member of something that is null (such as 'event' when the run has no event, or a field "
                + "the contact lacks); test it first, as in 'event != null && ...', or use '?.'\n",
            result.Error);
    }

    [Fact]
    public async Task LosingTouch_ContactInConversationPastTheCadence_IsListedWithHowOverdue()
    {
        await _cli.ImportExampleAsync();
        var folder = _cli.Folder.Folder("mine");
        _cli.Folder.Write("mine/keep.yaml", "schema: 1\nname: keep\non: schedule\nevery: 30d\nwhen: HasTag(\"close\")\nsteps:\n  - { id: r, remind: Catch up }\n");
        await _cli.RunAsync("contacts", "tag", CliTestData.Lucia, "close");
        await _cli.RunAsync("contacts", "stage", CliTestData.Lucia, "conversation");

        var early = await _cli.RunAsync("losing-touch", "--playbooks", folder, "--now", "2026-12-01T08:00Z");
        var late = await _cli.RunAsync("losing-touch", "--playbooks", folder, "--now", "2027-01-03T12:10Z", "--json");

        Assert.Equal("Nobody is losing touch.\n", early.Output);
        var drifting = Assert.Single(late.Json().EnumerateArray());
        Assert.Equal(
            ("Lucía Peña", "conversation", "2026-11-24T12:10:31+00:00", "30d", 9, "keep"),
            (drifting.GetProperty("fullName").GetString(), drifting.GetProperty("stage").GetString(), drifting.GetProperty("lastInteraction").GetString(),
                drifting.GetProperty("cadence").GetString(), drifting.GetProperty("overdueDays").GetInt32(), drifting.GetProperty("playbook").GetString()));
    }

    public void Dispose() => _cli.Dispose();
}
