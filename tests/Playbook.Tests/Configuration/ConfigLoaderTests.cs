using Playbook.Engine.Configuration;
using Playbook.Engine.Contacts;
using Playbook.Tests.Support;

namespace Playbook.Tests.Configuration;

public sealed class ConfigLoaderTests
{
    [Fact]
    public void Parse_FullMeSection_ReadsGoalsLanguagesInterestsAndSignature()
    {
        const string yaml = """
            me:
              goals:
                - name: find e-commerce clients
                  keywords: [e-commerce, shopify]
                  propose: a call
                - name: partner with agencies
                  keywords: agency, seo
              languages:
                - Spanish
                - name: English
                  proficiency: C2
              interests: [D2C brands, marketplaces]
              signature: Ana
            """;

        var config = Parse(yaml);

        Assert.Equal(
            [new Goal("find e-commerce clients", ["e-commerce", "shopify"], "a call"), new Goal("partner with agencies", ["agency", "seo"], null)],
            config.Goals, GoalComparer.Instance);
        Assert.Equal([new Language("Spanish", null), new Language("English", "C2")], config.Languages);
        Assert.Equal(["D2C brands", "marketplaces"], config.Interests);
        Assert.Equal("Ana", config.Signature);
    }

    [Fact]
    public void Parse_ProposePerLanguage_KeepsEachAndProposesEnglishWhereNoneIsNamed()
    {
        var config = Parse("me:\n  goals:\n    - name: agencies\n      propose: { ES: un café, en: a coffee }\n");

        var goal = Assert.Single(config.Goals);
        Assert.Equal(("a coffee", "un café", "a coffee", "a coffee"), (goal.Propose, goal.ProposeIn("es"), goal.ProposeIn("en"), goal.ProposeIn("de")));
        Assert.Equal(["en", "es"], goal.Proposals.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Parse_MeEmails_AreTheOwnersAddresses()
    {
        var config = Parse("me:\n  emails: [marta.soler@example.com, marta@soler.example]\n");

        Assert.Equal(["marta.soler@example.com", "marta@soler.example"], config.Emails);
    }

    [Fact]
    public void Parse_Conversations_SetsHowManyMessagesEachWayWithinHowLongMakeAConversation()
    {
        var config = Parse("conversations:\n  messages_each_way: 3\n  within: 2w\n");

        Assert.Equal(new Engine.Analysis.Replies.ConversationSettings(3, TimeSpan.FromDays(14)), config.Conversations);
        Assert.Equal(Engine.Analysis.Replies.ConversationSettings.Default, Parse("me:\n  signature: Ana\n").Conversations);
    }

    [Fact]
    public void Parse_ExampleSettings_LoadsAnasGoals()
    {
        var config = ConfigLoader.Load(Path.Combine(RepoPaths.Examples, "config", "playbook", "config.yaml"));

        Assert.NotEmpty(config.Goals);
        Assert.All(config.Goals, g => Assert.NotEmpty(g.Keywords));
        Assert.NotNull(config.Signature);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# nothing yet\n")]
    [InlineData("---\n")]
    public void Parse_EmptyDocument_IsEmptySettings(string yaml)
    {
        var config = Parse(yaml);

        Assert.Same(PlaybookConfig.Empty, config);
    }

    [Fact]
    public void Load_MissingFile_IsEmptySettings()
    {
        using var folder = new TempFolder();

        var config = ConfigLoader.Load(folder.File("config.yaml"));

        Assert.Same(PlaybookConfig.Empty, config);
    }

    [Theory]
    [InlineData("me:\n  goals:\n    - name: Find clients\n      keyword: [shop]\n", "config.yaml(4,7): unknown key 'keyword' in a goal; the keys are 'name', 'keywords', 'propose'")]
    [InlineData("goals:\n  - name: x\n", "config.yaml(1,1): unknown key 'goals' in settings; the keys are 'me', 'concepts', 'limits', 'conversations', 'replies'")]
    [InlineData("me:\n  signatur: Ana\n", "config.yaml(2,3): unknown key 'signatur' in 'me'; the keys are 'goals', 'languages', 'interests', 'signature', 'emails'")]
    [InlineData("me: Ana\n", "config.yaml(1,5): 'me' should be a mapping of keys to values")]
    [InlineData("me:\n  goals: find clients\n", "config.yaml(2,10): 'goals' should be a list")]
    [InlineData("me:\n  goals:\n    - keywords: [shop]\n", "config.yaml(3,7): a goal needs a 'name'")]
    [InlineData("me:\n  languages:\n    - proficiency: C1\n", "config.yaml(3,7): a language needs a 'name'")]
    [InlineData("me:\n  goals:\n    - name: x\n      propose: { spanish: un café }\n",
        "config.yaml(4,18): 'spanish' is not a language code; write what to propose per language as 'es: un café', 'en: a coffee'")]
    [InlineData("conversations:\n  messages_each_way: two\n", "config.yaml(2,22): 'messages_each_way' should be a whole number above 0, such as 2; not 'two'")]
    [InlineData("conversations:\n  within: 0d\n", "config.yaml(2,11): 'within' should be a duration such as 30d; it must be more than zero")]
    [InlineData("conversations:\n  window: 30d\n", "config.yaml(2,3): unknown key 'window' in 'conversations'; the keys are 'messages_each_way', 'within'")]
    [InlineData("me:\n  signature: [Ana, A.]\n", "config.yaml(2,14): 'signature' should be a single value")]
    public void Parse_Mistake_ThrowsNamingLineColumnAndWhatToChange(string yaml, string message)
    {
        var error = Assert.Throws<ConfigException>(() => Parse(yaml));

        Assert.Equal(message, error.Message);
        Assert.Equal("config.yaml", Assert.Single(error.Problems).File);
    }

    [Fact]
    public void Parse_BrokenYaml_ThrowsOneLineWithItsPosition()
    {
        var error = Assert.Throws<ConfigException>(() => Parse("me:\n  goals: [\n"));

        Assert.StartsWith("config.yaml(3,1): invalid YAML: ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Equal((3, 1), (error.Problems[0].Line, error.Problems[0].Column));
    }

    [Fact]
    public void Parse_SeveralMistakes_ReportsEveryOneInFileOrderInOneError()
    {
        const string yaml = """
            me:
              signatur: Ana
              goals:
                - name: Find clients
                  keyword: [shop]
                - keywords: [moda]
              languages: Spanish
            limits:
              linkedin_account: business
              channels:
                linkedin: lots
            conversations:
              within: 0d
            """;

        var error = Assert.Throws<ConfigException>(() => Parse(yaml));

        Assert.Equal(
            """
            config.yaml(2,3): unknown key 'signatur' in 'me'; the keys are 'goals', 'languages', 'interests', 'signature', 'emails'
            config.yaml(5,7): unknown key 'keyword' in a goal; the keys are 'name', 'keywords', 'propose'
            config.yaml(6,7): a goal needs a 'name'
            config.yaml(7,14): 'languages' should be a list
            config.yaml(9,21): 'linkedin_account' should be 'free' or 'premium', not 'business'
            config.yaml(11,15): the limit of 'linkedin' should be a number of characters above 0, or 'none'; not 'lots'
            config.yaml(13,11): 'within' should be a duration such as 30d; it must be more than zero
            """,
            error.Message);
        Assert.Equal(7, error.Problems.Count);
    }

    [Fact]
    public void Load_FileThatIsNotUtf8_SaysSoForTheWholeFile()
    {
        using var folder = new TempFolder();
        var path = folder.Write("playbook/config.yaml", [.. "me:\n  signature: Jos"u8, 0xE9, (byte)'\n']);

        var error = Assert.Throws<ConfigException>(() => ConfigLoader.Load(path));

        Assert.Equal($"{path}: not UTF-8 text; save the file as UTF-8", error.Message);
    }

    [Fact]
    public void Load_FileWithAMistake_NamesTheFileByItsPath()
    {
        using var folder = new TempFolder();
        var path = folder.Write("playbook/config.yaml", "me:\n  goal: []\n");

        var error = Assert.Throws<ConfigException>(() => ConfigLoader.Load(path));

        Assert.Equal($"{path}(2,3): unknown key 'goal' in 'me'; the keys are 'goals', 'languages', 'interests', 'signature', 'emails'", error.Message);
    }

    private static PlaybookConfig Parse(string yaml) => ConfigLoader.Parse(new StringReader(yaml), "config.yaml");

    /// <summary>Goals hold a list, which records compare by reference; compare them by value.</summary>
    private sealed class GoalComparer : IEqualityComparer<Goal>
    {
        public static readonly GoalComparer Instance = new();

        public bool Equals(Goal? x, Goal? y) =>
            x is not null && y is not null && x.Name == y.Name && x.Propose == y.Propose && x.Keywords.SequenceEqual(y.Keywords);

        public int GetHashCode(Goal obj) => obj.Name.GetHashCode(StringComparison.Ordinal);
    }
}
