using Playbook.Engine.Scripting;
using Playbook.Tests.Support;

namespace Playbook.Tests.Scripting;

/// <summary><c>check</c> reads scripts nobody trusted yet: what they load must be their own scripts, never another file.</summary>
public sealed class ScriptSourceTests : IDisposable
{
    private const string Rule = "a script may load only .csx files inside its own folder and its subfolders";

    private readonly TempFolder _folder = new();

    [Fact]
    public void Read_LoadOfAnAbsolutePathOutsideTheFolder_IsRefusedBeforeItIsRead()
    {
        var secret = _folder.Write("elsewhere/secret.csx", "the-secret-word");
        var script = _folder.Write("playbooks/peek.csx", $"// helpers\n  #load \"{secret}\"\nDeclare(\"peek\");\n");

        var source = ScriptSource.Read(script);

        Assert.Equal($"{script}(2,10): error PB0105: #load \"{secret}\": {Rule}", Assert.Single(source.Problems).ToString());
        Assert.Equal([script], source.Files.Select(f => f.Path));
    }

    [Theory]
    [InlineData("/etc/hostname")]
    [InlineData("../elsewhere/helpers.csx")]
    [InlineData("notes.txt")]
    [InlineData("lib/../../elsewhere/helpers.csx")]
    public void Read_LoadOfAnythingButAScriptInsideTheFolder_IsRefused(string path)
    {
        _folder.Write("elsewhere/helpers.csx", "int X() => 1;");
        _folder.Write("playbooks/notes.txt", "private notes");
        var script = _folder.Write("playbooks/peek.csx", $"#load \"{path}\"\n");

        var source = ScriptSource.Read(script);

        Assert.Equal($"{script}(1,8): error PB0105: #load \"{path}\": {Rule}", Assert.Single(source.Problems).ToString());
    }

    [Fact]
    public void Read_LoadOfAScriptInASubfolder_ReadsIt()
    {
        _folder.Write("playbooks/lib/deep/helpers.csx", "int X() => 1;");
        _folder.Write("playbooks/lib/first.csx", "#load \"deep/helpers.csx\"\nint Y() => X();");
        var script = _folder.Write("playbooks/main.csx", "#load \"lib/first.csx\"\n");

        var source = ScriptSource.Read(script);

        Assert.Empty(source.Problems);
        Assert.Equal(3, source.Files.Count);
    }

    [UnixFact]
    public void Read_LinkInsideTheFolderToAFileOutside_IsRefused()
    {
        var secret = _folder.Write("elsewhere/secret.txt", "the-secret-word");
        _folder.Folder("playbooks/lib");
        File.CreateSymbolicLink(_folder.File("playbooks/lib/helpers.csx"), secret);
        var script = _folder.Write("playbooks/peek.csx", "#load \"lib/helpers.csx\"\n");

        var source = ScriptSource.Read(script);

        Assert.Equal(
            $"{script}(1,8): error PB0105: #load \"lib/helpers.csx\": it is a link to a file that is not a .csx file inside the script's folder; {Rule}",
            Assert.Single(source.Problems).ToString());
    }

    [Fact]
    public void Read_LoadedFileLargerThanAScript_IsRefusedWithoutReadingIt()
    {
        _folder.Write("playbooks/big.csx", "// " + new string('x', 300_000));
        var script = _folder.Write("playbooks/main.csx", "#load \"big.csx\"\n");

        var source = ScriptSource.Read(script);

        Assert.Equal(
            $"{Path.Combine(_folder.File("playbooks"), "big.csx")}(1,1): error PB0105: the file has 300,003 bytes; a script file may have at most 262,144",
            Assert.Single(source.Problems).ToString());
    }

    public void Dispose() => _folder.Dispose();
}
