using System.Text;
using System.Text.RegularExpressions;
using Playbook.Engine.Playbooks.Loading;
using Playbook.Tests.Support;

namespace Playbook.Tests.Fuzz;

/// <summary>
/// The ways broken and hostile YAML files come: lines deleted, duplicated and swapped, tabs, byte order marks, bytes
/// that are not UTF-8, deep nesting, alias tricks, very long values, huge durations, stray document markers and
/// brackets, cut files and files over the size limit. Driven by the caller's <see cref="Random"/>, so a fixed seed
/// gives the same files.
/// </summary>
internal static partial class FileMutations
{
    /// <summary>The playbooks to mutate: the built-ins and those of docs/playbooks.md.</summary>
    public static List<(string Name, string Text)> Playbooks()
    {
        var builtIns = Directory.GetFiles(Path.Combine(RepoPaths.Root, "playbooks"), "*.yaml").Where(f => !PlaybookLoader.IsTestFile(f)).Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), File.ReadAllText(f)));
        var docs = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "playbooks.md")).ReplaceLineEndings("\n");
        var examples = YamlBlock().Matches(docs).Select(m => m.Groups["yaml"].Value).Where(b => b.Contains("schema: 1", StringComparison.Ordinal))
            .Select((text, n) => ($"docs-{n}.yaml", text));
        return [.. builtIns, .. examples];
    }


    /// <summary>One to three mutations of <paramref name="text"/>; <paramref name="how"/> names them.</summary>
    public static byte[] Mutate(string text, Random random, out string how)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n').ToList();
        var names = new List<string>();
        var byteMutations = new List<Func<byte[], byte[]>>();
        for (var count = random.Next(1, 4); count > 0; count--)
        {
            var line = random.Next(lines.Count);
            switch (random.Next(16))
            {
                case 0:
                    names.Add("line deleted");
                    lines.RemoveAt(line);
                    break;
                case 1:
                    names.Add("line duplicated");
                    lines.Insert(line, lines[line]);
                    break;
                case 2:
                    names.Add("lines swapped");
                    var other = random.Next(lines.Count);
                    (lines[line], lines[other]) = (lines[other], lines[line]);
                    break;
                case 3:
                    names.Add("tabs");
                    lines[line] = lines[line].Replace("  ", "\t", StringComparison.Ordinal);
                    break;
                case 4:
                    names.Add("byte order marks");
                    lines[line] = "\uFEFF" + lines[line];
                    byteMutations.Add(b => [0xEF, 0xBB, 0xBF, .. b]);
                    break;
                case 5:
                    names.Add("not UTF-8");
                    byteMutations.Add(b => Insert(b, random.Next(b.Length + 1), [0xC3, 0x28, 0xFF]));
                    break;
                case 6:
                    var depth = random.Next(2) == 0 ? random.Next(60, 70) : random.Next(1_000, 50_000);
                    var closed = random.Next(3) > 0;
                    names.Add($"nested {depth} deep{(closed ? "" : ", unclosed")}");
                    lines[line] = ValueOf(lines[line]) + (random.Next(2) == 0 ? new string('[', depth) + (closed ? new string(']', depth) : "") : Mappings(depth, closed));
                    break;
                case 7:
                    names.Add("anchor and alias");
                    lines[line] = ValueOf(lines[line]) + "&a " + random.Next(100);
                    lines.Insert(random.Next(lines.Count + 1), ValueOf(lines[random.Next(lines.Count)]) + "*a");
                    break;
                case 8:
                    names.Add("undefined alias");
                    lines[line] = ValueOf(lines[line]) + "*nope";
                    break;
                case 9:
                    names.Add("alias inside its own node");
                    lines[line] = ValueOf(lines[line]) + "&self [1, *self]";
                    break;
                case 10:
                    names.Add("billion laughs");
                    lines.InsertRange(line, Laughs(random.Next(2) == 0 ? "" : "  "));
                    break;
                case 11:
                    var length = random.Next(2) == 0 ? 70_000 : random.Next(1_000, 60_000);
                    names.Add($"value of {length} characters");
                    lines[line] = ValueOf(lines[line]) + new string('x', length);
                    break;
                case 12:
                    names.Add("huge durations");
                    lines[line] = DurationValue().Replace(lines[line], random.Next(3) switch { 0 => "740000d", 1 => "99999999999999999999w", _ => "3650d1s" });
                    lines.Insert(line, random.Next(2) == 0 ? "max_age: 3000000d" : "  - { id: huge, wait: 3000000d }");
                    break;
                case 13:
                    var marker = new[] { "...", "---", "[", "{", "]", "}", ": x", "? ", "'", "\"", "%YAML 1.1", "%TAG ! tag:x,2000:", "!!binary x", "&", "*", "<<: *a" }[random.Next(16)];
                    names.Add($"stray '{marker}'");
                    lines.Insert(line, random.Next(2) == 0 ? marker : ValueOf(lines[line]) + marker);
                    break;
                case 14:
                    names.Add("file cut");
                    var cut = random.Next(1, 40);
                    byteMutations.Add(b => b[..Math.Max(0, b.Length - cut)]);
                    break;
                default:
                    names.Add("over 1 MB");
                    lines.Add("# " + new string('x', (1024 * 1024) + random.Next(10)));
                    break;
            }

            if (lines.Count == 0)
            {
                lines.Add("");
            }
        }

        how = string.Join(", ", names);
        var bytes = Encoding.UTF8.GetBytes(string.Join('\n', lines));
        return byteMutations.Aggregate(bytes, (b, mutation) => mutation(b));
    }

    /// <summary>The line up to the start of its value (<c>  on: </c>), or the line with a new key when it has none.</summary>
    private static string ValueOf(string line)
    {
        var colon = line.IndexOf(": ", StringComparison.Ordinal);
        return colon >= 0 ? line[..(colon + 2)] : line.TrimEnd() + (line.TrimEnd().EndsWith(':') ? " " : " x: ");
    }

    private static string Mappings(int depth, bool closed) =>
        string.Concat(Enumerable.Repeat("{a: ", depth)) + "1" + (closed ? new string('}', depth) : "");

    /// <summary>Nine levels of ten aliases each: a billion values when written out.</summary>
    private static IEnumerable<string> Laughs(string indent)
    {
        yield return $"{indent}l0: &l0 [lol]";
        for (var level = 1; level <= 9; level++)
        {
            yield return $"{indent}l{level}: &l{level} [{string.Join(", ", Enumerable.Repeat($"*l{level - 1}", 10))}]";
        }
    }

    private static byte[] Insert(byte[] bytes, int at, byte[] inserted) => [.. bytes[..at], .. inserted, .. bytes[at..]];

    [GeneratedRegex(@"\b\d+[wdhms]\b")]
    private static partial Regex DurationValue();

    [GeneratedRegex("```yaml\n(?<yaml>.*?)```", RegexOptions.Singleline)]
    private static partial Regex YamlBlock();
}
