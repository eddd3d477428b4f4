using Playbook.Engine.Catalog;
using Playbook.Engine.Playbooks;
using Playbook.Engine.Playbooks.Loading;

namespace Playbook.Tests.Catalog;

public sealed class PlaybookSetTests
{
    private static readonly PlaybookDefinition BuiltInWelcome = Definition("welcome", "playbooks/welcome.yaml");
    private static readonly PlaybookDefinition BuiltInReply = Definition("reply-received", "playbooks/reply-received.yaml");

    [Fact]
    public void Merge_UserPlaybookOfABuiltInsName_ReplacesItInItsPlaceAndSaysWhichFileWon()
    {
        var userWelcome = Definition("welcome", "/home/luis/playbooks/welcome.yaml");

        var set = PlaybookSet.Merge([BuiltInWelcome, BuiltInReply], [userWelcome]);

        Assert.Equal(["welcome", "reply-received"], set.Playbooks.Select(p => p.Name));
        var entry = set.Entries[0];
        Assert.Same(userWelcome, entry.Definition);
        Assert.Equal(PlaybookOrigin.User, entry.Origin);
        Assert.Same(BuiltInWelcome, entry.Replaced);
        Assert.Equal("/home/luis/playbooks/welcome.yaml", set.Find("welcome")?.SourceFile);
        Assert.Equal(new PlaybookEntry(BuiltInReply, PlaybookOrigin.BuiltIn, null), set.Entries[1]);
    }

    [Fact]
    public void Merge_UserPlaybookOfANewName_IsAddedAfterTheBuiltIns()
    {
        var welcomeEs = Definition("welcome-es", "/home/luis/playbooks/welcome-es.yaml");

        var set = PlaybookSet.Merge([BuiltInWelcome, BuiltInReply], [welcomeEs]);

        Assert.Equal(["welcome", "reply-received", "welcome-es"], set.Playbooks.Select(p => p.Name));
        Assert.Equal([PlaybookOrigin.BuiltIn, PlaybookOrigin.BuiltIn, PlaybookOrigin.User], set.Entries.Select(e => e.Origin));
        Assert.All(set.Entries, e => Assert.Null(e.Replaced));
        Assert.Empty(set.Withheld);
    }

    [Fact]
    public void Merge_BrokenUserFileOfABuiltInsName_HoldsTheBuiltInBack()
    {
        var rejected = new RejectedPlaybook("welcome", "/home/luis/playbooks/welcome.yaml");

        var set = PlaybookSet.Merge([BuiltInWelcome, BuiltInReply], [], [rejected]);

        Assert.Equal(["reply-received"], set.Playbooks.Select(p => p.Name));
        Assert.Equal([new WithheldPlaybook(BuiltInWelcome, "/home/luis/playbooks/welcome.yaml")], set.Withheld);
        Assert.Null(set.Find("welcome"));
    }

    [Fact]
    public void Merge_NoUserPlaybooks_IsTheBuiltIns()
    {
        var set = PlaybookSet.Merge([BuiltInWelcome, BuiltInReply], []);

        Assert.Equal([BuiltInWelcome, BuiltInReply], set.Playbooks);
    }

    [Fact]
    public void Merge_TwoUserPlaybooksOfOneName_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            PlaybookSet.Merge([], [Definition("x", "a.yaml"), Definition("x", "b.yaml")]));

        Assert.StartsWith("two user playbooks are named 'x': a.yaml and b.yaml", error.Message, StringComparison.Ordinal);
    }

    private static PlaybookDefinition Definition(string name, string file) =>
        Assert.Single(PlaybookLoader.Parse(
            $"schema: 1\nname: {name}\non: invitation.received\nsteps:\n  - {{ id: stop, stop: }}\n", file).Playbooks);
}
