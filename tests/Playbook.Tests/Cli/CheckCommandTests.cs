using System.Text.Json;
using Playbook.Tests.Support;

namespace Playbook.Tests.Cli;

public sealed class CheckCommandTests : IDisposable
{
    private const string OnlyRead = "; a condition may only read the contact, the event, the me-profile, the history and the clock";

    private readonly CliSandbox _cli = new();

    private static string BuiltInWelcome => Path.Combine(RepoPaths.Root, "playbooks", "welcome.yaml");

    [Fact]
    public async Task Check_NoUserPlaybooks_PassesWithTheBuiltIns()
    {
        var result = await _cli.RunAsync("check");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("5 playbooks OK: after-meeting, keep-in-touch, met-at-event, reply-received, welcome\n", result.Output);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public async Task Check_InsteadOfTheBuiltInWelcome_PassesAndAMisspeltNameIsAProblemAtItsPlace()
    {
        const string Short = """
            schema: 1
            name: welcome-short
            on: invitation.received
            instead_of: welcome
            when: contact.Id % 2 == 0
            steps:
              - id: welcome
                draft: welcome
            """;
        var file = _cli.Folder.Write("playbooks/welcome-short.yaml", Short + "\n");

        var passes = await _cli.RunAsync("check", file);
        File.WriteAllText(file, Short.Replace("instead_of: welcome", "instead_of: welcom", StringComparison.Ordinal) + "\n");
        var misspelt = await _cli.RunAsync("check", file);

        Assert.True(passes.ExitCode == 0, passes.ToString());
        Assert.Equal(1, misspelt.ExitCode);
        Assert.Contains(
            $"{file}(4,13): unknown playbook 'welcom'. Did you mean 'welcome'? ('instead_of' names the playbook this one takes over)",
            misspelt.ErrorLines);
    }

    [Fact]
    public async Task Check_CopiedWelcomeThenMisspeltThenUnsafe_PassesThenNamesEachProblemAtItsPlace()
    {
        // Luis copies the built-in welcome under a new name and adds a condition.
        var lines = File.ReadAllLines(BuiltInWelcome).ToList();
        lines[lines.IndexOf("name: welcome")] = "name: welcome-es";
        lines.Insert(lines.IndexOf("on: invitation.received") + 1, "when: contact.ProfileUrl != null");
        var file = _cli.Folder.Write("playbooks/welcome-es.yaml", string.Join('\n', lines) + "\n");
        var whenLine = lines.IndexOf("when: contact.ProfileUrl != null") + 1;
        var stepsLine = lines.IndexOf("steps:") + 1;

        var copied = await _cli.RunAsync("check", file);
        File.WriteAllText(file, string.Join('\n', lines).Replace("steps:", "stpes:", StringComparison.Ordinal) + "\n");
        var misspelt = await _cli.RunAsync("check", file);
        File.WriteAllText(file, string.Join('\n', lines).Replace("contact.ProfileUrl != null", "System.IO.File.Exists(\"/etc/passwd\")", StringComparison.Ordinal) + "\n");
        var unsafeCondition = await _cli.RunAsync("check", file);

        Assert.True(copied.ExitCode == 0, copied.ToString());
        Assert.Equal("6 playbooks OK: after-meeting, keep-in-touch, met-at-event, reply-received, welcome, welcome-es\n", copied.Output);
        Assert.Equal(1, misspelt.ExitCode);
        Assert.Equal($"{file}({stepsLine},1): unknown key 'stpes'. Did you mean 'steps'?\n", misspelt.Error);
        Assert.Equal("", misspelt.Output);
        Assert.Equal(1, unsafeCondition.ExitCode);
        Assert.Equal(
            $"{file}({whenLine},17): error PB0001: file access is not allowed in expressions: 'System.IO.File'{OnlyRead}\n",
            unsafeCondition.Error);
    }

    [Fact]
    public async Task Check_ConditionWithAnEndlessLoopInALambda_ExitsOneWithTheRefusalsAtTheirPlace()
    {
        var file = _cli.Folder.Write("mine/spin.yaml",
            "schema: 1\nname: spin\non: meeting\nwhen: '((Func<bool>)(() => { while (true) { } }))()'\nsteps:\n  - { id: tag, tag: met }\n");

        var result = await _cli.RunAsync("check", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            [
                $"{file}(4,10): error PB0001: a delegate (it can call itself, and a condition must end) is not allowed in expressions: 'System.Func<bool>'{OnlyRead}",
                $"{file}(4,22): error PB0001: a lambda with a body of statements (loops and local functions with it) is not allowed in expressions: "
                    + "'() => { while (true) { } }'; a condition is one expression: write 'e => e.Kind == \"note\"', not 'e => { ... }'",
            ],
            result.ErrorLines);
    }

    [Fact]
    public async Task Check_TemplateThatIncludesAnother_ExitsOneSayingItIsNotSupported()
    {
        var template = _cli.Folder.Write("mine/templates/thanks.liquid", "Thanks!\n{% include 'signature' %}\n");
        var file = _cli.Folder.Write("mine/thanks.yaml", "schema: 1\nname: thanks\non: meeting\nsteps:\n  - { id: thanks, draft: thanks }\n");

        var result = await _cli.RunAsync("check", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            $"{template}(2,1): '{{% include %}}' is not supported: a template cannot read other templates or files; write the text in this one\n",
            result.Error);
    }

    [Fact]
    public async Task Check_ScriptThatLoadsAFileOutsideItsFolder_IsRefusedWithoutPrintingThatFile()
    {
        var secret = _cli.Folder.Write("private/notes", "the-secret-word and more\n");
        var script = _cli.Folder.Write("mine/peek.csx", $"#load \"{secret}\"\nDeclare(\"peek\");\n");

        var result = await _cli.RunAsync("check", script);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            $"{script}(1,8): error PB0105: #load \"{secret}\": a script may load only .csx files inside its own folder and its subfolders\n",
            result.Error);
        Assert.DoesNotContain("secret-word", result.Error + result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_UserFolderWithSeveralProblems_PrintsEveryOneOnItsOwnLineAndExitsOne()
    {
        var folder = _cli.Folder.Folder("mine");
        var conditions = _cli.Folder.Write("mine/conditions.yaml",
            "schema: 1\nname: conditions\non: meeting\nwhen: contact.Compnay != null\nsteps:\n  - { id: tag, if: DaysSinceLastInteraction, tag: met }\n");
        var remind = _cli.Folder.Write("mine/remind.yaml", "schema: 1\nname: remind\non: meeting\nsteps:\n  - id: call\n    remind: Call {{ contact.firstname }}\n");
        var template = _cli.Folder.Write("mine/templates/thanks.liquid", "Thanks {{ contact.first_name\n");
        var trigger = _cli.Folder.Write("mine/trigger.yaml", "schema: 1\nname: trigger\non: meting\nsteps:\n  - { id: thanks, draft: thanks }\n");

        var result = await _cli.RunAsync("check", "--playbooks", folder);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            [
                $"{conditions}(4,15): error CS1061: 'Contact' does not contain a definition for 'Compnay' and no accessible extension method "
                    + "'Compnay' accepting a first argument of type 'Contact' could be found",
                $"{conditions}(6,20): error PB0002: a condition must be true or false (a bool), but this expression is a 'int'; "
                    + "compare it, as in 'contact.Company != null' or 'DaysSinceLastInteraction > 30'",
                $"{remind}(6,21): unknown field 'contact.firstname'. Did you mean 'contact.first_name'?",
                template + "(1,29): End of tag '}}' was expected",
                $"{trigger}(3,5): unknown trigger 'meting'. Did you mean 'meeting'?",
            ],
            result.ErrorLines);
        Assert.Equal("", result.Output);
    }

    [Fact]
    public async Task Check_Json_PrintsTheProblemsOnStdoutAndStillExitsOne()
    {
        var file = _cli.Folder.Write("bad.yaml", "schema: 1\nname: bad\non: meeting\nsteps:\n  - { id: wait, wait: 7days }\n");

        var result = await _cli.RunAsync("check", file, "--json");

        Assert.Equal(1, result.ExitCode);
        var problem = Assert.Single(result.Json().EnumerateArray());
        Assert.Equal(file, problem.GetProperty("file").GetString());
        Assert.Equal((5, 23), (problem.GetProperty("line").GetInt32(), problem.GetProperty("column").GetInt32()));
        Assert.Equal(
            "'7days' is not a duration: unknown unit 'days'; use w (weeks), d (days), h (hours), m (minutes) or s (seconds), as in 7d or 1d12h",
            problem.GetProperty("message").GetString());
        Assert.Equal("", result.Error);
    }

    [Fact]
    public async Task Check_JsonWithoutProblems_PrintsAnEmptyArrayAndExitsZero()
    {
        var result = await _cli.RunAsync("--json", "check");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(JsonValueKind.Array, result.Json().ValueKind);
        Assert.Equal(0, result.Json().GetArrayLength());
    }

    [Fact]
    public async Task Check_FolderPath_LoadsItsPlaybooksWithTheTemplatesInside()
    {
        var folder = _cli.Folder.Folder("draft");
        _cli.Folder.Write("draft/thanks.yaml", "schema: 1\nname: thanks\non: meeting\nsteps:\n  - { id: thanks, draft: thanks }\n");
        _cli.Folder.Write("draft/templates/thanks.en.liquid", "Thanks, {{ contact.first_name }}!");
        _cli.Folder.Write("config/playbook/playbooks/broken.yaml", "this is not a playbook");

        var result = await _cli.RunAsync("check", folder);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("6 playbooks OK: after-meeting, keep-in-touch, met-at-event, reply-received, welcome, thanks\n", result.Output);
    }

    [Fact]
    public async Task Check_PathThatDoesNotExist_SaysSoAndExitsOne()
    {
        var missing = _cli.Folder.File("nowhere.yaml");

        var result = await _cli.RunAsync("check", missing);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"{missing}: no such file or folder\n", result.Error);
    }

    public void Dispose() => _cli.Dispose();
}
