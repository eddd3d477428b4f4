using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Playbook.Engine.Problems;

/// <summary>The problems of one file, collected as they are found and handed out in file order.</summary>
internal sealed class ProblemList(string file)
{
    private readonly List<PlaybookProblem> _problems = [];

    public string File => file;

    public int Count => _problems.Count;

    public void Add(Mark at, string message) => _problems.Add(new PlaybookProblem(file, ToInt(at.Line), ToInt(at.Column), message));

    public void Add(YamlNode at, string message) => Add(at.Start, message);

    /// <summary>A problem with the whole file (line and column 0).</summary>
    public void AddForFile(string message) => _problems.Add(new PlaybookProblem(file, 0, 0, message));

    public SourceLocation Locate(YamlNode node) => new(file, ToInt(node.Start.Line), ToInt(node.Start.Column));

    /// <summary>The problems by line and column; problems at one place keep the order they were found in.</summary>
    public IReadOnlyList<PlaybookProblem> InOrder() => [.. _problems.OrderBy(p => p.Line).ThenBy(p => p.Column)];

    private static int ToInt(long value) => value > int.MaxValue ? int.MaxValue : (int)value;
}
