using Playbook.Engine.Text;

namespace Playbook.Tests.Text;

public sealed class DidYouMeanTests
{
    private static readonly string[] TopLevelKeys = ["schema", "name", "description", "on", "when", "max_age", "steps"];

    [Theory]
    [InlineData("steps", "steps", 0)]
    [InlineData("stpes", "steps", 1)]
    [InlineData("step", "steps", 1)]
    [InlineData("stepss", "steps", 1)]
    [InlineData("sTeps", "steps", 1)]
    [InlineData("ca", "abc", 3)]
    [InlineData("", "on", 2)]
    [InlineData("kitten", "sitting", 3)]
    public void Between_TwoWords_CountsInsertionsDeletionsSubstitutionsAndSwaps(string a, string b, int distance)
    {
        Assert.Equal(distance, EditDistance.Between(a, b));
        Assert.Equal(distance, EditDistance.Between(b, a));
    }

    [Theory]
    [InlineData("stpes", "steps")]
    [InlineData("Steps", "steps")]
    [InlineData("maxage", "max_age")]
    [InlineData("max-age", "max_age")]
    [InlineData("decription", "description")]
    [InlineData("shema", "schema")]
    [InlineData("od", "on")]
    [InlineData("nmae", "name")]
    [InlineData("descripton", "description")]
    public void Suggest_Misspelling_IsTheKeyMeant(string word, string suggestion)
    {
        Assert.Equal(suggestion, DidYouMean.Suggest(word, TopLevelKeys));
    }

    [Theory]
    [InlineData("foo")]
    [InlineData("trigger")]
    [InlineData("x")]
    [InlineData("steps")]
    public void Suggest_NothingClose_IsNull(string word)
    {
        Assert.Null(DidYouMean.Suggest(word, TopLevelKeys));
    }

    [Fact]
    public void Suggest_Tie_IsTheEarlierCandidate()
    {
        Assert.Equal("tag", DidYouMean.Suggest("tas", ["tag", "tab"]));
    }

    [Fact]
    public void Unknown_CloseCandidate_AsksDidYouMean()
    {
        Assert.Equal("unknown key 'stpes'. Did you mean 'steps'?", DidYouMean.Unknown("key", "stpes", TopLevelKeys, "the keys are"));
    }

    [Fact]
    public void Unknown_NothingClose_ListsTheCandidates()
    {
        Assert.Equal("unknown stage 'won'; the stages are 'new', 'replied'", DidYouMean.Unknown("stage", "won", ["new", "replied"], "the stages are"));
    }

    [Fact]
    public void Unknown_NothingCloseAndNoList_NamesTheWordOnly()
    {
        Assert.Equal("unknown template 'zzz'", DidYouMean.Unknown("template", "zzz", ["welcome", "nudge"], null));
    }
}
