using System.Text.Json;
using Playbook.Engine.Store;
using Playbook.Tests.Support;

namespace Playbook.Tests.Cli;

public sealed class ContactsCommandTests : IDisposable
{
    private readonly CliSandbox _cli = new();

    [Fact]
    public async Task Contacts_Json_PrintsABareArrayOfEveryContactWithTheContractFields()
    {
        await _cli.ImportExampleAsync();

        var result = await _cli.RunAsync("contacts", "--json");

        Assert.Equal(0, result.ExitCode);
        var contacts = result.Json();
        Assert.Equal(JsonValueKind.Array, contacts.ValueKind);
        Assert.Equal(StoreCount(), contacts.GetArrayLength());
        Assert.True(contacts.GetArrayLength() >= 197);
        Assert.All(contacts.EnumerateArray(), JsonContract.AssertContact);
    }

    [Fact]
    public async Task Contacts_Json_WritesEveryValueOfAContact()
    {
        await _cli.RunAsync("import", "linkedin", RepoPaths.OrgSignal("2023_Connections.csv"));
        await _cli.RunAsync("contacts", "tag", "https://www.linkedin.com/in/tomasreyes", "Client");

        var result = await _cli.RunAsync("contacts", "tomas", "--json");

        var tomas = Assert.Single(result.Json().EnumerateArray());
        Assert.Equal("Tomás", tomas.GetProperty("firstName").GetString());
        Assert.Equal("Reyes", tomas.GetProperty("lastName").GetString());
        Assert.Equal("Tomás Reyes", tomas.GetProperty("fullName").GetString());
        Assert.Equal("Contoso", tomas.GetProperty("company").GetString());
        Assert.Equal("Engineer, Platform", tomas.GetProperty("position").GetString());
        Assert.Equal(JsonValueKind.Null, tomas.GetProperty("headline").ValueKind);
        Assert.Equal("https://www.linkedin.com/in/tomasreyes", tomas.GetProperty("profileUrl").GetString());
        Assert.Equal(["tomas.reyes@example.org"], tomas.GetProperty("emails").EnumerateArray().Select(e => e.GetString()));
        Assert.Empty(tomas.GetProperty("phones").EnumerateArray());
        Assert.Equal(["client"], tomas.GetProperty("tags").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["linkedin"], tomas.GetProperty("sources").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("new", tomas.GetProperty("stage").GetString());
        Assert.Equal("2019-11-14", tomas.GetProperty("connectedOn").GetString());
    }

    [Theory]
    [InlineData("pena", "Lucía Peña")]
    [InlineData("MULLER", "Jürgen Müller")]
    [InlineData("jurgen", "Jürgen Müller")]
    [InlineData("lucia pe", "Lucía Peña")]
    public async Task Contacts_Query_FindsAccentAndCaseInsensitively(string query, string fullName)
    {
        await _cli.ImportExampleAsync();

        var result = await _cli.RunAsync("contacts", query, "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(fullName, result.Json().Strings("fullName"));
        Assert.All(result.Json().EnumerateArray(), JsonContract.AssertContact);
    }

    [Fact]
    public async Task Contacts_SeveralQueryWords_AreAllRequired()
    {
        await _cli.ImportExampleAsync();

        var result = await _cli.RunAsync("contacts", "lucia", "pena", "--json");

        Assert.All(result.Json().Strings("fullName"), name =>
        {
            Assert.Contains("Lucía", name, StringComparison.Ordinal);
            Assert.Contains("Peña", name, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Contacts_QueryAfterDoubleDash_SearchesForASubcommandsName()
    {
        var connections = _cli.Folder.Write("export/Connections.csv", """
            First Name,Last Name,URL,Email Address,Company,Position,Connected On
            Val,Showalter,https://www.linkedin.com/in/val-showalter,,Contoso,Producer,01 Mar 2024
            Ana,García,https://www.linkedin.com/in/ana-garcia,,Fabrikam,CTO,01 Mar 2024
            """);
        await _cli.RunAsync("import", "linkedin", connections);

        var result = await _cli.RunAsync("contacts", "--json", "--", "show");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["Val Showalter"], result.Json().Strings("fullName"));
    }

    [Fact]
    public async Task Contacts_Text_PrintsATableAndTheCount()
    {
        await _cli.RunAsync("import", "linkedin", RepoPaths.OrgSignal("2023_Connections.csv"));

        var result = await _cli.RunAsync("contacts");

        Assert.Equal(0, result.ExitCode);
        var lines = result.OutputLines;
        Assert.Equal(["ID", "NAME", "COMPANY", "POSITION", "STAGE", "TAGS"], lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(lines, l => l.Contains("Ines Okafor-Lindqvist", StringComparison.Ordinal) && l.Contains("Northwind Analytics, Inc.", StringComparison.Ordinal));
        Assert.Equal("3 contacts", lines[^1]);
    }

    [Fact]
    public async Task Contacts_NothingMatches_SaysSoOrPrintsAnEmptyArray()
    {
        await _cli.RunAsync("import", "linkedin", RepoPaths.OrgSignal("2023_Connections.csv"));

        var text = await _cli.RunAsync("contacts", "zzzz");
        var json = await _cli.RunAsync("contacts", "zzzz", "--json");

        Assert.Equal("No contacts match.\n", text.Output);
        Assert.Equal(0, json.Json().GetArrayLength());
    }

    [Fact]
    public async Task ContactsShow_Url_PrintsTheContactAndItsTimeline()
    {
        await _cli.ImportExampleAsync();

        var text = await _cli.RunAsync("contacts", "show", CliTestData.Lucia);
        var json = await _cli.RunAsync("contacts", "show", CliTestData.Lucia, "--json");

        Assert.Equal(0, text.ExitCode);
        Assert.StartsWith("Lucía Peña  (id ", text.Output, StringComparison.Ordinal);
        Assert.Contains("Timeline:", text.Output, StringComparison.Ordinal);
        var contact = json.Json();
        JsonContract.AssertContact(contact);
        Assert.Equal("Lucía Peña", contact.GetProperty("fullName").GetString());
        var events = contact.GetProperty("events");
        Assert.All(events.EnumerateArray(), JsonContract.AssertEvent);
        Assert.Contains("invitation.received", events.Strings("kind"));
        Assert.Contains("message.sent", events.Strings("kind"));
    }

    [Fact]
    public async Task ContactsShow_WithGoals_PrintsTheAnalysisAndEachPieceOfEvidence()
    {
        _cli.WriteConfig("me:\n  goals:\n    - name: find e-commerce clients\n      keywords: [e-commerce]\n      propose: { es: una llamada, en: a call }\n");
        await _cli.ImportExampleAsync();

        var text = await _cli.RunAsync("contacts", "show", CliTestData.Lucia);
        var json = (await _cli.RunAsync("contacts", "show", CliTestData.Lucia, "--json")).Json();

        var lines = text.OutputLines.ToList();
        var at = lines.IndexOf("Analysis: score 0.35");
        Assert.True(at > 0, text.Output);
        Assert.Equal(
            [
                "  Common:    E-commerce",
                "  Goals:     find e-commerce clients (propose una llamada)",
                "  Write in:  es",
                "  - skill E-commerce: \"E-commerce\" in the position",
                "  - goal 'find e-commerce clients': \"E-commerce\" in the position",
            ],
            lines.Skip(at + 1).Take(5));
        var analysis = json.GetProperty("analysis");
        Assert.Equal((0.35, false, "es"), (analysis.GetProperty("score").GetDouble(), analysis.GetProperty("isLowFit").GetBoolean(), analysis.GetProperty("language").GetString()));
        Assert.Equal(["skill", "goal"], analysis.GetProperty("evidence").Strings("kind"));
        Assert.Equal("una llamada", analysis.GetProperty("bestGoal").GetProperty("propose").GetString());
    }

    [Fact]
    public async Task ContactsShow_Id_IsTheSameAsByUrl()
    {
        await _cli.ImportExampleAsync();
        var byUrl = (await _cli.RunAsync("contacts", "show", CliTestData.Lucia, "--json")).Json();
        var id = byUrl.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);

        var byId = await _cli.RunAsync("contacts", "show", id, "--json");

        Assert.Equal("Lucía Peña", byId.Json().GetProperty("fullName").GetString());
    }

    [Fact]
    public async Task ContactsTag_Tags_AreAddedLowerCaseAndFoundByTag()
    {
        await _cli.ImportExampleAsync();

        var tagged = await _cli.RunAsync("contacts", "tag", CliTestData.Lucia, "Client", "VIP");
        var json = await _cli.RunAsync("contacts", "--tag", "client", "--json");

        Assert.Equal(0, tagged.ExitCode);
        Assert.Equal("Lucía Peña: tags client, vip\n", tagged.Output);
        var only = Assert.Single(json.Json().EnumerateArray());
        Assert.Equal(["client", "vip"], only.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public async Task ContactsTag_Remove_TakesTheTagsAway()
    {
        await _cli.ImportExampleAsync();
        await _cli.RunAsync("contacts", "tag", CliTestData.Lucia, "client", "vip");

        var result = await _cli.RunAsync("contacts", "tag", CliTestData.Lucia, "VIP", "--remove", "--json");

        Assert.Equal(["client"], result.Json().GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public async Task ContactsStage_KnownStage_MovesTheContactAndFiltersBy()
    {
        await _cli.ImportExampleAsync();

        var moved = await _cli.RunAsync("contacts", "stage", CliTestData.Lucia, "meeting");
        var atMeeting = await _cli.RunAsync("contacts", "--stage", "meeting", "--json");
        var searchAtMeeting = await _cli.RunAsync("contacts", "pena", "--stage", "meeting", "--json");

        Assert.Equal(0, moved.ExitCode);
        Assert.Equal("Lucía Peña: stage meeting\n", moved.Output);
        Assert.Equal(["Lucía Peña"], atMeeting.Json().Strings("fullName"));
        Assert.Equal(["Lucía Peña"], searchAtMeeting.Json().Strings("fullName"));
    }

    [Fact]
    public async Task Contacts_Limit_PrintsAtMostThatMany()
    {
        await _cli.ImportExampleAsync();

        var result = await _cli.RunAsync("contacts", "--limit", "5", "--json");

        Assert.Equal(5, result.Json().GetArrayLength());
    }

    private long StoreCount()
    {
        using var store = ContactStore.Open(_cli.DefaultDatabase, TimeProvider.System);
        return store.Contacts.Count();
    }

    [Fact]
    public async Task ContactsShow_LastMessageInAnotherLanguage_WritesInTheLanguageADraftWouldUse()
    {
        // The same rule as drafts: the latest invitation or message with text decides, not the invitation alone.
        await _cli.ImportExampleZipAsync();
        await _cli.RunAsync("event", "add", "message.received", "--contact", "1", "--at", "2026-11-29T10:00Z",
            "--body", "Olá, muito obrigado pelo convite! Gostaria muito de conversar com você sobre o seu trabalho", "--now", "2026-11-29T10:05Z");

        var json = await _cli.JsonAsync("contacts", "show", "1", "--now", "2026-11-30T08:00Z");
        var text = await _cli.RunAsync("contacts", "show", "1", "--now", "2026-11-30T08:00Z");

        Assert.Equal("pt", json.GetProperty("analysis").GetProperty("language").GetString());
        Assert.Contains(text.OutputLines, l => l.TrimStart().StartsWith("Write in:", StringComparison.Ordinal) && l.TrimEnd().EndsWith(" pt", StringComparison.Ordinal));
    }

    public void Dispose() => _cli.Dispose();
}
