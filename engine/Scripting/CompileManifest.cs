using System.Globalization;
using System.Text;
using Playbook.Engine.Problems;

namespace Playbook.Engine.Scripting;

/// <summary>
/// The manifest of a <see cref="CompileCache"/> entry, as lines of tab-separated fields: the format, the hashes of
/// the assembly and its symbols, which method is which condition, and every problem. Plain text rather than JSON,
/// because a start that finds its conditions in the cache should read them without loading a JSON library.
/// A tab, a line break or a backslash inside a field is written as <c>\t</c>, <c>\n</c>, <c>\r</c> or <c>\\</c>.
/// </summary>
internal static class CompileManifest
{
    private const string Magic = "playbook-conditions";
    private const string None = "-";

    /// <summary>The manifest of <paramref name="output"/> in the layout <paramref name="format"/>, with the hashes of its files.</summary>
    public static byte[] Write(int format, CompileOutput output, string? imageHash, string? pdbHash)
    {
        var text = new StringBuilder();
        Line(text, Magic, format.ToString(CultureInfo.InvariantCulture));
        Line(text, "image", imageHash ?? None);
        Line(text, "pdb", pdbHash ?? None);
        foreach (var (key, method) in output.Methods)
        {
            Line(text, "method", key, method);
        }

        foreach (var problem in output.Problems)
        {
            Line(text, "problem", problem.Subject ?? None, problem.File, problem.Line.ToString(CultureInfo.InvariantCulture),
                problem.Column.ToString(CultureInfo.InvariantCulture), problem.Code ?? None, problem.Message);
        }

        Line(text, "end");
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>
    /// Reads a manifest of the layout <paramref name="format"/>: the expected hashes of the assembly and its symbols (null
    /// when there is none), the methods and the problems; null when it is of another layout, cut short or damaged.
    /// </summary>
    public static (string? Image, string? Pdb, Dictionary<string, string> Methods, List<Problem> Problems)? Read(int format, byte[] bytes)
    {
        var lines = Encoding.UTF8.GetString(bytes).Split('\n');
        if (lines.Length < 4 || !Is(lines[0], Magic, format.ToString(CultureInfo.InvariantCulture)))
        {
            return null;
        }

        string? image = null;
        string? pdb = null;
        var methods = new Dictionary<string, string>(StringComparer.Ordinal);
        var problems = new List<Problem>();
        foreach (var line in lines.Skip(1))
        {
            var fields = line.Split('\t').Select(Unescape).ToArray();
            switch (fields)
            {
                case ["image", var hash]:
                    image = hash == None ? null : hash;
                    break;
                case ["pdb", var hash]:
                    pdb = hash == None ? null : hash;
                    break;
                case ["method", var key, var method]:
                    if (!methods.TryAdd(key, method))
                    {
                        return null;
                    }

                    break;
                case ["problem", var key, var file, var at, var column, var code, var message]
                    when int.TryParse(at, NumberStyles.None, CultureInfo.InvariantCulture, out var row)
                         && int.TryParse(column, NumberStyles.None, CultureInfo.InvariantCulture, out var col):
                    problems.Add(new Problem(file, row, col, message) { Code = code == None ? null : code, Subject = key == None ? null : key });
                    break;
                case ["end"]:
                    // The last line: what a writer killed before the end never has.
                    return (image, pdb, methods, problems);
                default:
                    return null;
            }
        }

        return null;
    }

    private static bool Is(string line, string magic, string format) =>
        string.Equals(line, magic + "\t" + format, StringComparison.Ordinal);

    private static void Line(StringBuilder text, params string[] fields)
    {
        text.AppendJoin('\t', fields.Select(Escape)).Append('\n');
    }

    private static string Escape(string field) =>
        field.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal);

    private static string Unescape(string field)
    {
        if (!field.Contains('\\', StringComparison.Ordinal))
        {
            return field;
        }

        var text = new StringBuilder(field.Length);
        for (var i = 0; i < field.Length; i++)
        {
            if (field[i] != '\\' || i + 1 == field.Length)
            {
                text.Append(field[i]);
                continue;
            }

            i++;
            text.Append(field[i] switch { 't' => '\t', 'n' => '\n', 'r' => '\r', var other => other });
        }

        return text.ToString();
    }
}
