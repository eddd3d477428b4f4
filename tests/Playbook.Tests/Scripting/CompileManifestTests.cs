using System.Text;
using Playbook.Engine.Problems;
using Playbook.Engine.Scripting;

namespace Playbook.Tests.Scripting;

public sealed class CompileManifestTests
{
    private static readonly CompileOutput Output = new(
        [1, 2, 3],
        new Dictionary<string, string> { ["welcome#when"] = "C0", ["#script#/home/a\tb.csx"] = "S1" },
        [
            new Problem("/home/ana/my playbooks\\x.yaml", 4, 15, "error CS1061: 'Contact' has no 'Compny'\n\tDid you mean 'Company'?") { Code = "CS1061", Subject = "x#when" },
            new Problem("y.yaml", 1, 1, "the compilation failed"),
        ]);

    [Fact]
    public void Read_WhatWriteWrote_GivesBackTheHashesMethodsAndProblemsWithTabsAndLineBreaks()
    {
        var bytes = CompileManifest.Write(4, Output, "abc", null);

        var read = CompileManifest.Read(4, bytes);

        Assert.NotNull(read);
        var (image, pdb, methods, problems) = read.Value;
        Assert.Equal("abc", image);
        Assert.Null(pdb);
        Assert.Equal(Output.Methods, methods);
        Assert.Equal(Output.Problems, problems);
        Assert.Equal(["CS1061", null], problems.Select(p => p.Code));
        Assert.Equal(["x#when", null], problems.Select(p => p.Subject));
    }

    [Fact]
    public void Read_CutShortOrOfAnotherFormat_IsNull()
    {
        var bytes = CompileManifest.Write(4, Output, "abc", null);
        var text = Encoding.UTF8.GetString(bytes);

        var cut = CompileManifest.Read(4, Encoding.UTF8.GetBytes(text[..text.LastIndexOf("end", StringComparison.Ordinal)]));
        var older = CompileManifest.Read(5, bytes);
        var json = CompileManifest.Read(4, "{ \"format\": 4 }"u8.ToArray());

        Assert.Null(cut);
        Assert.Null(older);
        Assert.Null(json);
    }
}
