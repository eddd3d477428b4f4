using System.Text.Json;
using Playbook.Tests.Support;

namespace Playbook.Tests.Cli;

public sealed class MeCommandTests : IDisposable
{
    private const string Goals = """
        me:
          goals:
            - name: find e-commerce clients
              keywords: [e-commerce, shopify]
              propose: a call
            - name: partner with agencies
              keywords: [agency]
              propose: { es: un café, en: a coffee }
          languages: [Spanish, English]
          signature: Ana
        """;

    private readonly CliSandbox _cli = new();

    [Fact]
    public async Task Me_ConfigWithGoals_ShowsThemWithTheExportedProfile()
    {
        await _cli.ImportExampleAsync();
        _cli.WriteConfig(Goals);

        var result = await _cli.RunAsync("me");

        Assert.Equal(0, result.ExitCode);
        var lines = result.OutputLines;
        Assert.Equal("Ana García Ruiz", lines[0]);
        Assert.Equal("Consultora de e-commerce · Shopify, growth y marketplaces", lines[1]);
        var goals = Array.IndexOf(lines, "Goals:");
        Assert.True(goals > 0, result.ToString());
        Assert.Equal("  find e-commerce clients: propose a call  [e-commerce, shopify]", lines[goals + 1]);
        Assert.Equal("  partner with agencies: propose un café (es) / a coffee (en)  [agency]", lines[goals + 2]);
        Assert.Contains("  Spanish", lines);
        Assert.DoesNotContain("No goals yet", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Me_Json_HasTheExportedProfileAndTheGoals()
    {
        await _cli.ImportExampleAsync();
        _cli.WriteConfig(Goals);

        var result = await _cli.RunAsync("me", "--json");

        var me = result.Json();
        Assert.Equal("Consultora de e-commerce · Shopify, growth y marketplaces", me.GetProperty("headline").GetString());
        Assert.Equal("Ana García Ruiz", me.GetProperty("fullName").GetString());
        Assert.Equal("https://www.linkedin.com/in/ana-garcia-ruiz", me.GetProperty("profileUrl").GetString());
        Assert.Equal(4, me.GetProperty("positions").GetArrayLength());
        var current = me.GetProperty("positions")[0];
        Assert.Equal(
            ("García Ruiz Consultoría E-commerce", "Fundadora y consultora de e-commerce", "2024-06", JsonValueKind.Null, "Madrid, Comunidad de Madrid, España"),
            (current.GetProperty("company").GetString(), current.GetProperty("title").GetString(), current.GetProperty("start").GetString(),
             current.GetProperty("end").ValueKind, current.GetProperty("location").GetString()));
        Assert.Equal("2024-05", me.GetProperty("positions")[1].GetProperty("end").GetString());
        var school = me.GetProperty("schools")[0];
        Assert.Equal(("Universidad Complutense de Madrid", 2014, 2015), (school.GetProperty("name").GetString(), school.GetProperty("start").GetInt32(), school.GetProperty("end").GetInt32()));
        Assert.Equal(16, me.GetProperty("skills").GetArrayLength());
        Assert.Equal(2, me.GetProperty("goals").GetArrayLength());
        var goal = me.GetProperty("goals")[0];
        Assert.Equal("find e-commerce clients", goal.GetProperty("name").GetString());
        Assert.Equal(["e-commerce", "shopify"], goal.GetProperty("keywords").EnumerateArray().Select(k => k.GetString()));
        Assert.Equal("a call", goal.GetProperty("propose").GetString());
        var agencies = me.GetProperty("goals")[1].GetProperty("proposals");
        Assert.Equal(("un café", "a coffee"), (agencies.GetProperty("es").GetString(), agencies.GetProperty("en").GetString()));
        Assert.Equal(["Spanish", "English"], me.GetProperty("languages").Strings("language"));
        Assert.Equal("Ana", me.GetProperty("signature").GetString());
    }

    [Fact]
    public async Task Me_NoConfig_KeepsTheExportedLanguagesAndSaysWhereGoalsGo()
    {
        await _cli.ImportExampleAsync();

        var text = await _cli.RunAsync("me");
        var json = await _cli.RunAsync("me", "--json");

        Assert.Contains($"No goals yet: write them under 'me: goals:' in {_cli.ConfigFile}.", text.OutputLines);
        Assert.Equal(["Spanish", "English"], json.Json().GetProperty("languages").Strings("language"));
        Assert.Equal(JsonValueKind.Array, json.Json().GetProperty("goals").ValueKind);
        Assert.Equal(0, json.Json().GetProperty("goals").GetArrayLength());
    }

    [Fact]
    public async Task Me_BadConfig_ExitsOneNamingFileLineAndColumn()
    {
        _cli.WriteConfig("me:\n  goals:\n    - name: Find clients\n      keyword: [shop]\n");

        var result = await _cli.RunAsync("me");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"{_cli.ConfigFile}(4,7): unknown key 'keyword' in a goal; the keys are 'name', 'keywords', 'propose'\n", result.Error);
        Assert.Equal("", result.Output);
    }

    [Fact]
    public async Task Me_ConfigWithSeveralMistakes_PrintsALinePerMistake()
    {
        _cli.WriteConfig("me:\n  signatur: Ana\n  goals:\n    - keywords: [shop]\nlimits: 300\n");

        var result = await _cli.RunAsync("me");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            $"{_cli.ConfigFile}(2,3): unknown key 'signatur' in 'me'; the keys are 'goals', 'languages', 'interests', 'signature', 'emails'\n"
            + $"{_cli.ConfigFile}(4,7): a goal needs a 'name'\n"
            + $"{_cli.ConfigFile}(5,9): 'limits' should be a mapping of keys to values\n",
            result.Error);
    }

    [Fact]
    public async Task Me_NothingKnown_SaysWhatToDo()
    {
        var result = await _cli.RunAsync("me");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            [
                "Nothing is known about you yet: import your LinkedIn export ('playbook import linkedin PATH')",
                $"and write your goals in {_cli.ConfigFile}.",
            ],
            result.OutputLines);
    }

    public void Dispose() => _cli.Dispose();
}
