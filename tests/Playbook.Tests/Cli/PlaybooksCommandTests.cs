using System.Security.Cryptography;
using System.Text.Json;
using Playbook.Engine.Playbooks.Loading;
using Playbook.Tests.Support;

namespace Playbook.Tests.Cli;

public sealed class PlaybooksCommandTests : IDisposable
{
    private readonly CliSandbox _cli = new();

    private static string Hash(string file) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)));

    private static string BuiltIn(string name) => Path.Combine(RepoPaths.Root, "playbooks", name + ".yaml");

    // Read from the files, so that editing a built-in's steps does not break the layout being tested.
    private static int Steps(string name) => PlaybookLoader.Load(BuiltIn(name)).Playbooks.Single().Steps.Count;

    [Fact]
    public async Task Playbooks_BuiltInsOnly_ListsThemWithTheirVersions()
    {
        var result = await _cli.RunAsync("playbooks");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(
            [
                "NAME            ORIGIN    TRIGGER              MAX AGE  STEPS  VERSION       STATUS",
                $"after-meeting   built-in  meeting              14d      {Steps("after-meeting")}      {Hash(BuiltIn("after-meeting"))[..12]}  ok",
                $"keep-in-touch   built-in  schedule             -        {Steps("keep-in-touch")}      {Hash(BuiltIn("keep-in-touch"))[..12]}  ok",
                $"met-at-event    built-in  meeting              14d      {Steps("met-at-event")}      {Hash(BuiltIn("met-at-event"))[..12]}  ok",
                $"reply-received  built-in  message.received     14d      {Steps("reply-received")}      {Hash(BuiltIn("reply-received"))[..12]}  ok",
                $"welcome         built-in  invitation.received  14d      {Steps("welcome")}      {Hash(BuiltIn("welcome"))[..12]}  ok",
                "5 playbooks, 5 enabled",
            ],
            result.OutputLines);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public async Task Playbooks_UserPlaybooks_SayWhichReplaceABuiltInWhichHaveProblemsAndWhichAreWithheld()
    {
        var folder = _cli.Folder.Folder("mine");
        _cli.Folder.Write("mine/welcome.yaml", "schema: 1\nname: welcome\non: invitation.received\nsteps:\n  - { id: tag, tag: invited }\n");
        _cli.Folder.Write("mine/reply.yaml", "schema: 1\nname: reply-received\non: message.recieved\nsteps:\n  - { id: tag, tag: replied }\n");
        _cli.Folder.Write("mine/vip.yaml",
            "schema: 1\nname: vip\non: meeting\nwhen: contact.Compnay != null\nmax_age: 1d12h\nsteps:\n  - { id: tag, tag: vip }\n  - { id: stop, stop: done, if: Repled }\n");

        var result = await _cli.RunAsync("playbooks", "--playbooks", folder);

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.OutputLines;
        Assert.Equal("NAME            ORIGIN                    TRIGGER              MAX AGE  STEPS  VERSION       STATUS", lines[0]);
        Assert.Equal($"after-meeting   built-in                  meeting              14d      {Steps("after-meeting")}      {Hash(BuiltIn("after-meeting"))[..12]}  ok", lines[1]);
        Assert.Equal($"keep-in-touch   built-in                  schedule             -        {Steps("keep-in-touch")}      {Hash(BuiltIn("keep-in-touch"))[..12]}  ok", lines[2]);
        Assert.Equal($"met-at-event    built-in                  meeting              14d      {Steps("met-at-event")}      {Hash(BuiltIn("met-at-event"))[..12]}  ok", lines[3]);
        Assert.Equal($"welcome         user (replaces built-in)  invitation.received  -        1      {Hash(Path.Combine(folder, "welcome.yaml"))[..12]}  ok", lines[4]);
        Assert.Equal($"vip             user                      meeting              1d12h    2      {Hash(Path.Combine(folder, "vip.yaml"))[..12]}  2 problems — run 'playbook check'", lines[5]);
        Assert.Equal($"reply-received  built-in                  message.received     14d      {Steps("reply-received")}      {Hash(BuiltIn("reply-received"))[..12]}  withheld: reply.yaml has problems", lines[6]);
        Assert.Equal("reply-received  user                      -                    -        -      -             did not load: reply.yaml, 1 problem", lines[7]);
        Assert.Equal(["6 playbooks, 4 enabled", "3 problems in all: run 'playbook check' to see them."], lines[8..]);
    }

    [Fact]
    public async Task Playbooks_Json_IsABareArrayWithEveryField()
    {
        var folder = _cli.Folder.Folder("mine");
        var vip = _cli.Folder.Write("mine/vip.yaml", "schema: 1\nname: vip\non: meeting\nwhen: contact.Compnay != null\nsteps:\n  - { id: tag, tag: vip }\n");

        var result = await _cli.RunAsync("playbooks", "--json", "--playbooks", folder);

        Assert.True(result.ExitCode == 0, result.ToString());
        var playbooks = result.Json();
        Assert.Equal(JsonValueKind.Array, playbooks.ValueKind);
        Assert.Equal(["after-meeting", "keep-in-touch", "met-at-event", "reply-received", "welcome", "vip"], playbooks.Strings("name"));
        var welcome = playbooks[4];
        Assert.Equal(
            ["name", "description", "trigger", "maxAge", "version", "file", "origin", "replacesBuiltIn", "enabled", "state", "steps", "insteadOf"],
            welcome.EnumerateObject().Select(p => p.Name));
        Assert.StartsWith("Welcome each new invitation", welcome.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal("invitation.received", welcome.GetProperty("trigger").GetString());
        Assert.Equal("14d", welcome.GetProperty("maxAge").GetString());
        Assert.Equal(Hash(BuiltIn("welcome")), welcome.GetProperty("version").GetString());
        Assert.Equal("built-in/welcome.yaml", welcome.GetProperty("file").GetString());
        Assert.Equal("built-in", welcome.GetProperty("origin").GetString());
        Assert.False(welcome.GetProperty("replacesBuiltIn").GetBoolean());
        Assert.True(welcome.GetProperty("enabled").GetBoolean());
        Assert.Equal(["analyse", "low-fit", "welcome", "wait", "pitch", "nudge", "call"], welcome.GetProperty("steps").Strings("id"));
        Assert.Equal(["analyse", "tag", "draft", "wait", "stop", "draft", "remind"], welcome.GetProperty("steps").Strings("kind"));
        var mine = playbooks[5];
        Assert.Equal(JsonValueKind.Null, mine.GetProperty("description").ValueKind);
        Assert.Equal(JsonValueKind.Null, mine.GetProperty("maxAge").ValueKind);
        Assert.Equal((vip, "user"), (mine.GetProperty("file").GetString(), mine.GetProperty("origin").GetString()));
        Assert.False(mine.GetProperty("enabled").GetBoolean());
        Assert.Equal("problems", mine.GetProperty("state").GetString());
        Assert.Equal("ok", welcome.GetProperty("state").GetString());
    }

    [Fact]
    public async Task Playbooks_FileThatDidNotLoad_IsListedWithItsStateInTextAndJson()
    {
        var folder = _cli.Folder.Folder("mine");
        var broken = _cli.Folder.Write("mine/greeting.yaml", "schema: 1\nname: greeting\non: invitation.received\nstpes:\n  - { id: tag, tag: x }\n");

        var text = await _cli.RunAsync("playbooks", "--playbooks", folder);
        var json = await _cli.RunAsync("playbooks", "--playbooks", folder, "--json");

        Assert.True(text.ExitCode == 0, text.ToString());
        var row = text.OutputLines.Single(l => l.StartsWith("greeting ", StringComparison.Ordinal));
        Assert.EndsWith("did not load: greeting.yaml, 1 problem", row, StringComparison.Ordinal);
        var file = json.Json().EnumerateArray().Single(p => p.GetProperty("file").GetString() == broken);
        Assert.Equal(
            ("greeting", "user", false, "did not load", JsonValueKind.Null),
            (file.GetProperty("name").GetString(), file.GetProperty("origin").GetString(), file.GetProperty("enabled").GetBoolean(),
                file.GetProperty("state").GetString(), file.GetProperty("trigger").ValueKind));
    }

    [Fact]
    public async Task Playbooks_UntrustedScript_IsListedAsARowAndSaysHowToTrustIt()
    {
        var folder = _cli.Folder.Folder("mine");
        var script = _cli.Folder.Write("mine/hello.csx", "Declare(\"hello\").On(EventKinds.InvitationReceived).Tag(\"t\", \"hello\");\n");

        var result = await _cli.RunAsync("playbooks", "--playbooks", folder);
        var json = (await _cli.RunAsync("playbooks", "--playbooks", folder, "--json")).Json();

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.EndsWith("not trusted: hello.csx", result.OutputLines.Single(l => l.StartsWith("-  ", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.StartsWith($"not trusted, so not run: {script} (sha256 ", result.OutputLines[^1], StringComparison.Ordinal);
        var file = json.EnumerateArray().Single(p => p.GetProperty("file").GetString() == script);
        Assert.Equal((JsonValueKind.Null, "not trusted"), (file.GetProperty("name").ValueKind, file.GetProperty("state").GetString()));
    }

    public void Dispose() => _cli.Dispose();
}
