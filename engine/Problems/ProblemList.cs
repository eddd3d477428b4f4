namespace Playbook.Engine.Problems;

/// <summary>The problems of one file, collected as they are found and handed out in file order.</summary>
internal sealed class ProblemList(string file)
{
    private readonly List<Problem> _problems = [];

    public string File => file;

    public int Count => _problems.Count;

    /// <summary>A problem at <paramref name="line"/> and <paramref name="column"/> of the file (from 1).</summary>
    public void Add(long line, long column, string message) => _problems.Add(new Problem(file, ToInt(line), ToInt(column), message));

    /// <summary>A problem with the whole file (line and column 0).</summary>
    public void AddForFile(string message) => _problems.Add(Problem.ForFile(file, message));

    /// <summary>The place <paramref name="line"/> and <paramref name="column"/> of the file.</summary>
    public SourceLocation Locate(long line, long column) => new(file, ToInt(line), ToInt(column));

    /// <summary>The problems by line and column; problems at one place keep the order they were found in.</summary>
    public IReadOnlyList<Problem> InOrder() => [.. _problems.OrderBy(p => p.Line).ThenBy(p => p.Column)];

    private static int ToInt(long value) => value > int.MaxValue ? int.MaxValue : (int)value;
}
