using System.Security.Cryptography;
using Playbook.Tests.Support;
using static Playbook.Tests.Cli.RuntimeTestData;

namespace Playbook.Tests.Cli;

/// <summary><c>playbook console</c> fed from a pipe, as a script feeds it: one result a line, errors placed, the store untouched.</summary>
public sealed class ConsoleCommandTests : IDisposable
{
    private const string Lucia = CliTestData.Lucia;

    private readonly CliSandbox _cli = new();

    [Fact]
    public async Task Console_Queries_PrintEachResultOnItsOwnLine()
    {
        await _cli.ImportAndRunAsync();
        var contacts = (await _cli.JsonAsync("contacts")).GetArrayLength();

        var result = await ConsoleAsync(
            "Contacts.Count",
            $"Contact(\"{Lucia}\").Company",
            "Drafts.Count(d => d.Playbook == \"welcome\")",
            "Contacts.Where(c => c.FirstName == \"Lucía\").Select(c => c.LastName).Order()",
            "Tasks.Select(t => t.Playbook).Distinct()",
            "Runs.Count");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal([contacts.ToString(System.Globalization.CultureInfo.InvariantCulture), "Moda Brisa, S.L.", "15", "Crespo", "Peña", "Peña Fuentes", "reply-received", "19"], result.OutputLines);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public async Task Console_Json_PrintsEachValueAsOneLineOfJson()
    {
        await _cli.ImportExampleZipAsync();

        var result = await ConsoleAsync(["--json"], $"Contact(\"{Lucia}\").FirstName", "Contacts.Where(c => c.LastName == \"Peña\").Select(c => new { c.FirstName, c.Stage })");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["\"Lucía\"", """[{"firstName":"Lucía","stage":"conversation"}]"""], result.OutputLines);
    }

    [Fact]
    public async Task Console_Eval_AnswersAsAPlaybooksWhen()
    {
        await _cli.ImportExampleZipAsync();

        var result = await ConsoleAsync(
            $"var lucia = Contact(\"{Lucia}\");",
            "Eval(\"contact.Company != null && history.Count > 2\", lucia)",
            "Eval(\"contact.Tags.Contains(\\\"client\\\")\", lucia)",
            "Eval(\"event.Kind == \\\"invitation.received\\\"\", lucia, History(lucia).First())");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["true", "false", "true"], result.OutputLines);
    }

    [Fact]
    public async Task Console_EvalThatDoesNotCompile_PrintsTheConditionsErrorAtItsPlaceAndGoesOn()
    {
        await _cli.ImportExampleZipAsync();

        var result = await ConsoleAsync($"Eval(\"contact.Compnay != null\", Contact(\"{Lucia}\"))", "1 + 1");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["2"], result.OutputLines);
        Assert.Equal(
            ["stdin(1,1): when(1,9): error CS1061: 'Contact' does not contain a definition for 'Compnay' and no accessible extension method 'Compnay' accepting a first argument of type 'Contact' could be found"],
            result.ErrorLines);
    }

    [Fact]
    public async Task Console_EvalOfWhatPlaybooksMayNotUse_IsRefusedAsInAPlaybook()
    {
        await _cli.ImportExampleZipAsync();

        var result = await ConsoleAsync($"Eval(\"System.IO.File.Exists(\\\"/etc/passwd\\\")\", Contact(\"{Lucia}\"))");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.StartsWith("stdin(1,1): when(1,", result.Error, StringComparison.Ordinal);
        Assert.Contains("System.IO", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Console_Render_RendersATextOrATemplateAsADraftWould()
    {
        await _cli.ImportExampleZipAsync();

        var result = await ConsoleAsync(
            $"var lucia = Contact(\"{Lucia}\");",
            "Render(\"Hi {{ contact.first_name }} of {{ contact.company }}\", lucia)",
            "Render(\"welcome\", lucia).Contains(\"Lucía\")",
            "Render(\"{{ contact.first_name\", lucia)");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["Hi Lucía of Moda Brisa, S.L.", "true"], result.OutputLines);
        Assert.StartsWith("stdin(4,1): template(1,", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Console_CompileError_IsPlacedAtItsLineAndColumnInTheInputAndTheConsoleGoesOn()
    {
        await _cli.ImportExampleZipAsync();

        var result = await ConsoleAsync("var a = 20;", "", "a + nope", "a + 1");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["21"], result.OutputLines);
        Assert.Equal(["stdin(3,5): error CS0103: The name 'nope' does not exist in the current context"], result.ErrorLines);
    }

    [Fact]
    public async Task Console_EntryThatThrows_PrintsItsMessageWithoutAStackAndGoesOn()
    {
        await _cli.ImportExampleZipAsync();

        var result = await ConsoleAsync("Contacts[999999]", "\"still here\"");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["still here"], result.OutputLines);
        Assert.Equal(["stdin(1,1): KeyNotFoundException: Contacts has no row with id 999999"], result.ErrorLines);
    }

    [Fact]
    public async Task Console_EntryThatThrowsWithDebug_PrintsTheStackToo()
    {
        await _cli.ImportExampleZipAsync();

        var result = await ConsoleAsync(["--debug"], "throw new InvalidOperationException(\"no\");");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("stdin(1,1): InvalidOperationException: no\n", result.Error, StringComparison.Ordinal);
        Assert.Contains("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Console_State_IsCarriedFromEntryToEntryAndEntriesSpanLinesUntilComplete()
    {
        await _cli.ImportExampleZipAsync();

        var result = await ConsoleAsync(
            "var n = 2;",
            "int Twice(int x)",
            "{",
            "    return x * n;",
            "}",
            "Twice(21)",
            "new[] {",
            "    1,",
            "    2 }.Sum()",
            "record Point(int X, int Y);",
            "new Point(1, n)");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["42", "3", """{"x":1,"y":2}"""], result.OutputLines);
    }

    [Fact]
    public async Task Console_InputEndingInsideAnEntry_ReportsWhatIsMissingAndExits0()
    {
        await _cli.ImportExampleZipAsync();

        var result = await ConsoleAsync("1 + 1", "new[] {", "  1,");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["2"], result.OutputLines);
        Assert.StartsWith("stdin(", result.Error, StringComparison.Ordinal);
        Assert.Contains("error CS", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Console_Session_LeavesTheStoreFileUntouched()
    {
        await _cli.ImportAndRunAsync();
        var before = SHA256.HashData(await File.ReadAllBytesAsync(_cli.DefaultDatabase));

        var result = await ConsoleAsync(
            "Contacts.Select(c => c.FullName).Count()",
            "Events.Count()",
            "Drafts.Select(d => d.Body.Length).Sum() > 0",
            "Runs.Count() + Tasks.Count()",
            $"Analyse(Contact(\"{Lucia}\")).Score >= 0",
            $"Render(\"welcome\", Contact(\"{Lucia}\")).Length > 0");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("", result.Error);
        Assert.Equal(before, SHA256.HashData(await File.ReadAllBytesAsync(_cli.DefaultDatabase)));
    }

    [Fact]
    public async Task Console_NoStore_SaysSoAndMakesNone()
    {
        var path = Path.Combine(_cli.Folder.Path, "none.db");

        var result = await ConsoleAsync(["--db", path], "Contacts.Count");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal([$"{path}: there is no store here yet; import contacts first (playbook import linkedin PATH), or give --db the path of a store"], result.ErrorLines);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task Console_DocsScriptedSession_PrintsWhatDocsConsoleMdShows()
    {
        await _cli.ImportAndRunAsync();
        var doc = (await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, "docs", "console.md"))).ReplaceLineEndings("\n");
        var session = doc[(doc.IndexOf("$ cat questions.csx\n", StringComparison.Ordinal) + "$ cat questions.csx\n".Length)..];
        var script = session[..session.IndexOf("$ playbook console", StringComparison.Ordinal)];
        var shown = session[(session.IndexOf('\n', session.IndexOf("$ playbook console", StringComparison.Ordinal)) + 1)..];
        shown = shown[..shown.IndexOf("```", StringComparison.Ordinal)];

        var result = await _cli.RunWithInputAsync(script, "console", "--now", Monday);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("", result.Error);
        Assert.Equal(shown, result.Output);
    }

    [Fact]
    public async Task Console_FilesThatAreNotStores_AreRefusedNamingTheFileAndLeftUntouched()
    {
        var wrong = new Dictionary<string, byte[]>
        {
            ["random.db"] = [.. Enumerable.Range(0, 8192).Select(i => (byte)(i * 7919 % 251))],
            ["notes.db"] = "not a database at all\n"u8.ToArray(),
        };

        foreach (var (name, bytes) in wrong)
        {
            var file = _cli.Folder.Write($"wrong/{name}", "");
            await File.WriteAllBytesAsync(file, bytes);

            var result = await ConsoleAsync(["--db", file], "Contacts.Count");

            Assert.Equal(1, result.ExitCode);
            Assert.StartsWith($"{file}: cannot be opened as a Playbook store", result.Error, StringComparison.Ordinal);
            Assert.Equal(bytes, await File.ReadAllBytesAsync(file));
            Assert.Equal([name], Directory.GetFiles(Path.GetDirectoryName(file)!).Where(f => Path.GetFileName(f).StartsWith(name, StringComparison.Ordinal)).Select(Path.GetFileName));
        }
    }

    [Fact]
    public async Task Console_StoreWithADamagedDataPage_SaysSoInTheEntryThatReadsItAndGoesOn()
    {
        await _cli.ImportExampleZipAsync();
        var bytes = await File.ReadAllBytesAsync(_cli.DefaultDatabase);
        var pages = bytes.Length / 4096;
        for (var i = 4096 * (pages / 2); i < 4096 * (pages - 1); i++)
        {
            bytes[i] = 0x5A;
        }

        await File.WriteAllBytesAsync(_cli.DefaultDatabase, bytes);

        var result = await ConsoleAsync("Events.Select(e => e.Body).Count() + Contacts.Select(c => c.About).Count()", "\"still here\"");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["still here"], result.OutputLines);
        Assert.StartsWith($"stdin(1,1): {_cli.DefaultDatabase}: is damaged (", result.Error, StringComparison.Ordinal);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(_cli.DefaultDatabase));
    }

    public void Dispose() => _cli.Dispose();

    private Task<CliResult> ConsoleAsync(params string[] lines) => ConsoleAsync([], lines);

    private Task<CliResult> ConsoleAsync(string[] options, params string[] lines) =>
        _cli.RunWithInputAsync(string.Join("\n", lines) + "\n", ["console", "--now", Monday, .. options]);
}
