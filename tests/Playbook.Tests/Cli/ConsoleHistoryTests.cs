using Playbook.Tests.Support;
using Playbook.Tui.Cli;

namespace Playbook.Tests.Cli;

public sealed class ConsoleHistoryTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void Add_MakesTheFileAndItsFolderForItsOwnerOnly_AndLoadGivesTheLinesBack()
    {
        var file = Path.Combine(_folder.Path, "state", "playbook", "console-history");
        var history = new ConsoleHistory(file);

        history.Add("Contacts.Count");
        history.Add("   ");
        history.Add("var a = 1;");

        Assert.Equal(["Contacts.Count", "var a = 1;"], new ConsoleHistory(file).Load());
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, UnixFile.Mode(file));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, UnixFile.Mode(Path.GetDirectoryName(file)!));
        }
    }

    [Fact]
    public void Load_LongHistory_KeepsTheLatestLines()
    {
        var file = _folder.Write("console-history", string.Join("\n", Enumerable.Range(1, ConsoleHistory.Kept + 10)) + "\n");

        var lines = new ConsoleHistory(file).Load();

        Assert.Equal(ConsoleHistory.Kept, lines.Count);
        Assert.Equal("11", lines[0]);
    }

    [Fact]
    public void Load_NoFile_IsEmpty()
    {
        Assert.Empty(new ConsoleHistory(Path.Combine(_folder.Path, "none")).Load());
    }

    public void Dispose() => _folder.Dispose();
}
