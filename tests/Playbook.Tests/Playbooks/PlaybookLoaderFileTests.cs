using Playbook.Engine.Playbooks.Loading;
using Playbook.Tests.Support;

namespace Playbook.Tests.Playbooks;

public sealed class PlaybookLoaderFileTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void Load_Folder_ReadsYamlAndYmlFilesInNameOrderAndNothingElse()
    {
        _folder.Write("b.yml", Playbook("bravo"));
        _folder.Write("a.yaml", Playbook("alpha"));
        _folder.Write("c.YAML", Playbook("charlie"));
        _folder.Write("notes.txt", "not a playbook");
        _folder.Write("welcome.yaml~", "a backup");
        _folder.Write("sub/d.yaml", Playbook("delta"));

        var result = PlaybookLoader.Load(_folder.Path);

        Assert.Empty(result.Problems);
        Assert.Equal(["alpha", "bravo", "charlie"], result.Playbooks.Select(p => p.Name));
        Assert.Equal(_folder.File("a.yaml"), result.Playbooks[0].SourceFile);
    }

    [Fact]
    public void Load_File_NamesItAsThePathGiven()
    {
        var path = _folder.Write("welcome.yaml", Playbook("welcome"));

        var result = PlaybookLoader.Load(path);

        Assert.Equal(path, Assert.Single(result.Playbooks).SourceFile);
    }

    [Fact]
    public void Load_ProblemsInTwoFiles_ReportsThemTogetherAndKeepsTheValidFile()
    {
        _folder.Write("a-broken.yaml", "schema: 1\nname: broken\non: invitation.received\nstpes: []\n");
        _folder.Write("b-good.yaml", Playbook("good"));
        _folder.Write("c-broken.yaml", "schema: 1\nname: other\non: invitaton.received\nsteps:\n  - { id: a, wait: 7 }\n");

        var result = PlaybookLoader.Load(_folder.Path);

        Assert.Equal(
            [
                $"{_folder.File("a-broken.yaml")}(4,1): unknown key 'stpes'. Did you mean 'steps'?",
                $"{_folder.File("c-broken.yaml")}(3,5): unknown trigger 'invitaton.received'. Did you mean 'invitation.received'?",
                $"{_folder.File("c-broken.yaml")}(5,20): '7' is not a duration: 7 has no unit; use w (weeks), d (days), h (hours), m (minutes) or s (seconds), as in 7d or 1d12h",
            ],
            result.Problems.Select(p => p.ToString()));
        Assert.Equal(["good"], result.Playbooks.Select(p => p.Name));
        Assert.Equal(["broken", "other"], result.Rejected.Select(r => r.Name));
    }

    [Fact]
    public void Load_SeveralPaths_ReadsEachInOrder()
    {
        var second = _folder.Write("x/second.yaml", Playbook("second"));
        var first = _folder.Write("y/first.yaml", Playbook("first"));

        var result = PlaybookLoader.Load([first, second]);

        Assert.Equal(["first", "second"], result.Playbooks.Select(p => p.Name));
    }

    [Fact]
    public void Load_TwoFilesWithOneName_IsAProblemAtTheSecondName()
    {
        _folder.Write("a.yaml", Playbook("welcome"));
        _folder.Write("b.yaml", Playbook("welcome"));

        var result = PlaybookLoader.Load(_folder.Path);

        var problem = Assert.Single(result.Problems);
        Assert.Equal($"{_folder.File("b.yaml")}(2,7): duplicate playbook name 'welcome'; the first is in {_folder.File("a.yaml")}(2,7)", problem.ToString());
        Assert.Equal(_folder.File("a.yaml"), Assert.Single(result.Playbooks).SourceFile);
    }

    [Fact]
    public void Load_MissingPathAmongOthers_IsAProblemInItsPlace()
    {
        var before = _folder.Write("before.yaml", "schema: 1\nname: before\n");
        var missing = _folder.File("nowhere.yaml");
        var after = _folder.Write("after.yaml", "schema: 1\nname: after\n");

        var result = PlaybookLoader.Load([before, missing, after]);

        Assert.Equal(
            [
                $"{before}(1,1): the playbook has no 'on'; add the event that starts it, such as on: invitation.received",
                $"{before}(1,1): the playbook has no 'steps'",
                $"{missing}: no such file or folder",
                $"{after}(1,1): the playbook has no 'on'; add the event that starts it, such as on: invitation.received",
                $"{after}(1,1): the playbook has no 'steps'",
            ],
            result.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Load_MissingPath_IsAProblemWithThatPath()
    {
        var missing = _folder.File("nowhere");

        var result = PlaybookLoader.Load(missing);

        Assert.Equal([$"{missing}: no such file or folder"], result.Problems.Select(p => p.ToString()));
        Assert.Empty(result.Playbooks);
    }

    [Fact]
    public void Load_EmptyFolder_IsNothingAndNoProblem()
    {
        var result = PlaybookLoader.Load(_folder.Folder("empty"));

        Assert.Empty(result.Playbooks);
        Assert.False(result.HasProblems);
    }

    [Fact]
    public void Load_FileChangedByOneByte_HasANewContentHash()
    {
        var path = _folder.Write("welcome.yaml", Playbook("welcome"));
        var before = Assert.Single(PlaybookLoader.Load(path).Playbooks).ContentHash;
        var bytes = File.ReadAllBytes(path);
        bytes[^1] = (byte)' ';
        File.WriteAllBytes(path, bytes);

        var after = Assert.Single(PlaybookLoader.Load(path).Playbooks).ContentHash;

        Assert.NotEqual(before, after);
    }

    public void Dispose() => _folder.Dispose();

    private static string Playbook(string name) =>
        $"schema: 1\nname: {name}\non: invitation.received\nsteps:\n  - id: welcome\n    draft: welcome\n";
}
