using Playbook.Engine.Problems;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Playbook.Engine.Yaml;

/// <summary>Problems placed where YamlDotNet marks them: at a node's start, or at a mark of the parser.</summary>
internal static class YamlProblems
{
    /// <summary>A problem at <paramref name="at"/> (YamlDotNet's lines and columns count from 1, as problems do).</summary>
    public static void Add(this ProblemList problems, Mark at, string message) => problems.Add(at.Line, at.Column, message);

    /// <summary>A problem at the start of <paramref name="at"/>.</summary>
    public static void Add(this ProblemList problems, YamlNode at, string message) => problems.Add(at.Start, message);

    /// <summary>Where <paramref name="node"/> starts in the file.</summary>
    public static SourceLocation Locate(this ProblemList problems, YamlNode node) => problems.Locate(node.Start.Line, node.Start.Column);
}
