namespace Playbook.Engine.Problems;

/// <summary>The problems of one file, collected as they are found and handed out in file order.</summary>
internal sealed class ProblemList(string file)
{
    private readonly List<Problem> _problems = [];

    // Places whose problem has been said: what a reader finds there afterwards follows from it.
    private readonly HashSet<(int Line, int Column)> _settled = [];

    public string File => file;

    public int Count => _problems.Count;

    /// <summary>A problem at <paramref name="line"/> and <paramref name="column"/> of the file (from 1), unless that place is settled.</summary>
    public void Add(long line, long column, string message)
    {
        if (!_settled.Contains((ToInt(line), ToInt(column))))
        {
            _problems.Add(new Problem(file, ToInt(line), ToInt(column), message));
        }
    }

    /// <summary>A problem with the whole file (line and column 0).</summary>
    public void AddForFile(string message) => _problems.Add(Problem.ForFile(file, message));

    /// <summary>
    /// Says that the problem at <paramref name="line"/> and <paramref name="column"/> has been given: later problems at
    /// that place are left out (the YAML reader replaced a value it refused there, and a reader of the file would only
    /// say that the empty value is empty).
    /// </summary>
    public void Settle(long line, long column) => _settled.Add((ToInt(line), ToInt(column)));

    /// <summary>The place <paramref name="line"/> and <paramref name="column"/> of the file.</summary>
    public SourceLocation Locate(long line, long column) => new(file, ToInt(line), ToInt(column));

    /// <summary>
    /// The problems by line and column, each once (a node that aliases repeat is read, and found wrong, once per alias);
    /// problems at one place keep the order they were found in.
    /// </summary>
    public IReadOnlyList<Problem> InOrder() => [.. _problems.Distinct().OrderBy(p => p.Line).ThenBy(p => p.Column)];

    private static int ToInt(long value) => value > int.MaxValue ? int.MaxValue : (int)value;
}
