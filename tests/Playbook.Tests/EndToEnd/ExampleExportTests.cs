using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Playbook.Tests.Support;

namespace Playbook.Tests.EndToEnd;

/// <summary>The built <c>playbook</c> executable, run as a user would on the example export of <c>examples/</c>.</summary>
public sealed partial class ExampleExportTests : IDisposable
{
    private readonly TempFolder _sandbox = new();
    private readonly PlaybookProcess _playbook;

    public ExampleExportTests() => _playbook = new PlaybookProcess(_sandbox);

    [Fact]
    public async Task Playbook_ExampleZip_ImportsItAndPrintsTheContractJson()
    {
        var db = Path.Combine(_sandbox.Folder("store"), "playbook.db");

        var import = await _playbook.RunAsync("import", "linkedin", RepoPaths.ExampleZip, "--db", db);

        Assert.True(import.ExitCode == 0, import.ToString());
        Assert.Equal("", import.Error);
        var lines = import.OutputLines;
        Assert.Equal(8, lines.Length);
        Assert.Equal("Profile.csv: 1 added, 0 updated, 0 unchanged, 0 skipped", lines[0]);
        Assert.Equal("Positions.csv: 4 added, 0 updated, 0 unchanged, 0 skipped", lines[1]);
        Assert.Equal("Education.csv: 2 added, 0 updated, 0 unchanged, 0 skipped", lines[2]);
        Assert.Equal("Skills.csv: 16 added, 0 updated, 0 unchanged, 0 skipped", lines[3]);
        Assert.Equal("Languages.csv: 2 added, 0 updated, 0 unchanged, 0 skipped", lines[4]);
        Assert.Equal("Connections.csv: 197 added, 0 updated, 0 unchanged, 0 skipped (197 new contacts; left out: hidden profiles 3)", lines[5]);
        Assert.StartsWith("Invitations.csv: 41 added, 0 updated, 0 unchanged, 0 skipped", lines[6], StringComparison.Ordinal);
        Assert.StartsWith("messages.csv: 66 added, 0 updated, 0 unchanged, 0 skipped", lines[7], StringComparison.Ordinal);
        Assert.EndsWith("left out: sponsored or 'LinkedIn Member' mail 2, spam 1)", lines[7], StringComparison.Ordinal);
        var created = 197 + NewContacts(lines[6]) + NewContacts(lines[7]);

        var contacts = (await RunJsonAsync("contacts", "--json", "--db", db)).EnumerateArray().ToList();

        Assert.Equal(created, contacts.Count);
        Assert.True(contacts.Count >= 197);
        Assert.All(contacts, JsonContract.AssertContact);
        var names = contacts.Select(c => c.GetProperty("fullName").GetString()).ToList();
        Assert.Contains("Katarzyna Nowak", names);
        Assert.Contains("Diego Fernández Lago", names);
        Assert.Contains("Sergio Blanco", names);
        Assert.Equal(2, names.Count(n => n == "David García"));
        Assert.DoesNotContain("LinkedIn Member", names);
        Assert.All(contacts, c => Assert.Equal(["linkedin"], c.GetProperty("sources").EnumerateArray().Select(s => s.GetString())));

        var pena = await RunJsonAsync("--db", db, "contacts", "pena", "--json");

        Assert.Contains("Lucía Peña", pena.Strings("fullName"));

        var invitations = await RunJsonAsync("events", "--kind", "invitation.received", "--json", "--db", db);

        Assert.Equal(31, invitations.GetArrayLength());
        Assert.All(invitations.EnumerateArray(), JsonContract.AssertEvent);
        Assert.All(invitations.Strings("direction"), d => Assert.Equal("in", d));
        var katarzyna = contacts.Single(c => c.GetProperty("fullName").GetString() == "Katarzyna Nowak").GetProperty("id").GetInt64();
        Assert.Contains(katarzyna, invitations.EnumerateArray().Select(e => e.GetProperty("contactId").GetInt64()));

        var sent = await RunJsonAsync("events", "--kind", "invitation.sent", "--json", "--db", db);

        Assert.Equal(10, sent.GetArrayLength());

        var me = await RunJsonAsync("me", "--json", "--db", db);

        Assert.Equal("Consultora de e-commerce · Shopify, growth y marketplaces", me.GetProperty("headline").GetString());
        Assert.Equal("Ana García Ruiz", me.GetProperty("fullName").GetString());
    }

    [Fact]
    public async Task Playbook_ExampleFolder_ImportsTheSameAsTheZip()
    {
        var fromZip = await _playbook.RunAsync("import", "linkedin", RepoPaths.ExampleZip, "--db", _sandbox.File("zip.db"));

        var fromFolder = await _playbook.RunAsync("import", "linkedin", RepoPaths.ExampleFolder, "--db", _sandbox.File("folder.db"));

        Assert.True(fromFolder.ExitCode == 0, fromFolder.ToString());
        Assert.Equal(fromZip.OutputLines, fromFolder.OutputLines);
        var zipContacts = await RunJsonAsync("contacts", "--json", "--db", _sandbox.File("zip.db"));
        var folderContacts = await RunJsonAsync("contacts", "--json", "--db", _sandbox.File("folder.db"));
        Assert.Equal(zipContacts.Strings("profileUrl"), folderContacts.Strings("profileUrl"));
        var zipEvents = await RunJsonAsync("events", "--json", "--db", _sandbox.File("zip.db"));
        var folderEvents = await RunJsonAsync("events", "--json", "--db", _sandbox.File("folder.db"));
        Assert.Equal(zipEvents.GetArrayLength(), folderEvents.GetArrayLength());
        Assert.Equal(zipEvents.Strings("body"), folderEvents.Strings("body"));
    }

    [Fact]
    public async Task Playbook_ExampleFolderAfterTheZip_AddsNothing()
    {
        var db = _sandbox.File("store.db");
        await _playbook.RunAsync("import", "linkedin", RepoPaths.ExampleZip, "--db", db);

        var again = await _playbook.RunAsync("import", "linkedin", RepoPaths.ExampleFolder, "--db", db);

        Assert.Equal(0, again.ExitCode);
        Assert.All(again.OutputLines, line => Assert.Contains(": 0 added, 0 updated, ", line, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Playbook_NoDbOption_KeepsTheStoreInTheXdgDataFolder()
    {
        var import = await _playbook.RunAsync("import", "linkedin", RepoPaths.ExampleZip);

        Assert.Equal(0, import.ExitCode);
        var store = Path.Combine(_sandbox.Path, "data", "playbook", "playbook.db");
        Assert.True(File.Exists(store));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, UnixFile.Mode(store));
        }
    }

    private async Task<JsonElement> RunJsonAsync(params string[] args)
    {
        var result = await _playbook.RunAsync(args);
        Assert.True(result.ExitCode == 0, result.ToString());
        return result.Json();
    }

    private static int NewContacts(string summary)
    {
        var match = NewContactsPattern().Match(summary);
        return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
    }

    [GeneratedRegex(@"\((\d+) new contacts?")]
    private static partial Regex NewContactsPattern();

    public void Dispose() => _sandbox.Dispose();
}
