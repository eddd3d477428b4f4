using System.Text;
using Playbook.Engine.Problems;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Playbook.Engine.Yaml;

/// <summary>
/// One YAML file the user wrote (a playbook, <c>config.yaml</c>, <c>reply-rules.yaml</c>), read for a reader that
/// reports every problem at once: text that is not UTF-8, invalid YAML (whatever YamlDotNet throws), repeated keys and
/// what <see cref="YamlLimits"/> bounds become problems with their line and column instead of exceptions, and a repeated
/// key is dropped so the rest of the file is still read (see <see cref="GuardedParser"/>).
/// </summary>
internal sealed class YamlReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly string[] _lines;

    private YamlReader(ProblemList problems, string text, IReadOnlyList<YamlDocument>? documents)
    {
        Problems = problems;
        _lines = text.Split('\n');
        Documents = documents ?? [];
        IsRead = documents is not null;
    }

    /// <summary>The problems found so far; readers of the file add theirs.</summary>
    public ProblemList Problems { get; }

    /// <summary>Whether the file could be read as YAML at all; when not, the reason is in <see cref="Problems"/>.</summary>
    public bool IsRead { get; }

    /// <summary>The file's documents; none when it is empty or could not be read.</summary>
    public IReadOnlyList<YamlDocument> Documents { get; }

    /// <summary>The first document's root, or null when the file holds nothing: no document, only comments, or a lone null.</summary>
    public YamlNode? Root => Documents.Count == 0 || Documents[0].RootNode is YamlScalarNode empty && IsNull(empty) ? null : Documents[0].RootNode;

    /// <summary>
    /// Reads <paramref name="bytes"/> as UTF-8 (with or without a byte order mark) and loads them as YAML; more than
    /// <see cref="YamlLimits.MaxFileBytes"/> is a problem with the whole file, and is not read.
    /// </summary>
    public static YamlReader Read(string file, ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > YamlLimits.MaxFileBytes)
        {
            return Refused(file, YamlLimits.TooLarge(bytes.Length));
        }

        return Decode(bytes) is { } text ? Read(file, text) : Refused(file, "not UTF-8 text; save the file as UTF-8");
    }

    /// <summary>Loads <paramref name="text"/>, named <paramref name="file"/> in its problems.</summary>
    public static YamlReader Read(string file, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > YamlLimits.MaxFileBytes && Encoding.UTF8.GetByteCount(text) is var size && size > YamlLimits.MaxFileBytes)
        {
            return Refused(file, YamlLimits.TooLarge(size));
        }

        var problems = new ProblemList(file);
        var scanner = new Scanner(new StringReader(text));
        var guard = new GuardedParser(new Parser(scanner), problems);
        var stream = new YamlStream();
        try
        {
            stream.Load(guard);
        }
        catch (YamlLimitException e)
        {
            problems.Add(e.At, e.Message);
            return new YamlReader(problems, text, null);
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // YamlDotNet fails in some states with exceptions that name no place (an unclosed '[' met by a line less
            // indented, '...' followed by more): give each a place and a reason, as for any invalid YAML.
            var (at, message) = Failure(e, scanner.CurrentPosition, guard.OpenFlow, text);
            problems.Add(at, $"invalid YAML: {message}");
            return new YamlReader(problems, text, null);
        }

        return new YamlReader(problems, text, [.. stream.Documents]);
    }

    /// <summary>
    /// The bytes of the file at <paramref name="path"/>, or null with <paramref name="refusal"/> (a problem with the whole
    /// file) when it is larger than <see cref="YamlLimits.MaxFileBytes"/>: such a file is not read whole, nor at all when
    /// its size is known.
    /// </summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static byte[]? ReadBytes(string path, out string? refusal)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        if (stream.CanSeek && stream.Length > YamlLimits.MaxFileBytes)
        {
            refusal = YamlLimits.TooLarge(stream.Length);
            return null;
        }

        // Not a regular file (a pipe, a device): read no more than the limit and one byte.
        var buffer = new byte[YamlLimits.MaxFileBytes + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = stream.Read(buffer, length, buffer.Length - length)) > 0)
        {
            length += read;
        }

        if (length > YamlLimits.MaxFileBytes)
        {
            refusal = YamlLimits.TooLarge(null);
            return null;
        }

        refusal = null;
        return buffer[..length];
    }

    /// <summary>Reads and loads the file at <paramref name="path"/> (see <see cref="ReadBytes"/>), named by that path in problems.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static YamlReader ReadFile(string path) =>
        ReadBytes(path, out var refusal) is { } bytes ? Read(path, bytes) : Refused(path, refusal!);

    /// <summary>How a problem names what it found instead: <c>a list</c>, <c>a mapping</c>, <c>a single value</c>.</summary>
    public static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        _ => "a single value",
    };

    /// <summary>Whether a scalar is YAML's null: nothing, <c>~</c> or <c>null</c>, unquoted.</summary>
    public static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style is ScalarStyle.Plain or ScalarStyle.Any && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";

    /// <summary>
    /// Where the text of <paramref name="scalar"/> starts. YamlDotNet marks a scalar where its token starts: the
    /// quote of a quoted scalar, the <c>|</c> or <c>&gt;</c> of a block scalar; a compiler wants the first character.
    /// </summary>
    public SourceLocation TextStart(YamlScalarNode scalar)
    {
        var start = Problems.Locate(scalar);
        switch (scalar.Style)
        {
            case ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted:
                return start with { Column = start.Column + 1 };
            case ScalarStyle.Literal or ScalarStyle.Folded:
                for (var index = start.Line; index < _lines.Length; index++)
                {
                    var line = _lines[index].TrimEnd('\r');
                    if (line.Trim().Length > 0)
                    {
                        return start with { Line = index + 1, Column = line.Length - line.TrimStart(' ').Length + 1 };
                    }
                }

                return start;
            default:
                return start;
        }
    }

    /// <summary>
    /// The value of a top-level <c>key: value</c> line, found in the text alone (for a file whose YAML cannot be read):
    /// the first line that starts with <paramref name="key"/> and a colon, its value without quotes or a comment; null
    /// when there is none.
    /// </summary>
    public string? TopLevelLine(string key)
    {
        foreach (var line in _lines)
        {
            if (line.StartsWith(key + ":", StringComparison.Ordinal))
            {
                var value = line[(key.Length + 1)..];
                var comment = value.IndexOf(" #", StringComparison.Ordinal);
                value = (comment >= 0 ? value[..comment] : value).Trim();
                return value.Length >= 2 && value[0] is '"' or '\'' && value[^1] == value[0] ? value[1..^1].Trim() : value;
            }
        }

        return null;
    }

    private static YamlReader Refused(string file, string message)
    {
        var problems = new ProblemList(file);
        problems.AddForFile(message);
        return new YamlReader(problems, "", null);
    }

    /// <summary>Where and why loading failed, from YamlDotNet's exception and what the reader knows of the place.</summary>
    private static (Mark At, string Message) Failure(Exception e, Mark position, (char Opener, Mark Start)? openFlow, string text)
    {
        if (e is YamlException yaml)
        {
            // Some of its messages have no place: they are where the scanner stopped.
            var at = yaml.Start.Equals(Mark.Empty) && yaml.End.Equals(Mark.Empty) ? position : yaml.Start;
            return (at, Message(yaml));
        }

        if (e is InvalidOperationException && e.Message.StartsWith("The scanner should contain no more tokens", StringComparison.Ordinal)
            && DocumentEndBefore(text, position) is { } end)
        {
            return (end, "'...' ends the document here, yet more follows; remove this line");
        }

        if (openFlow is { } flow)
        {
            var closer = flow.Opener == '[' ? ']' : '}';
            return (flow.Start, $"this '{flow.Opener}' is not closed before line {position.Line}; close it with '{closer}', or indent the lines inside it further");
        }

        // The scanner's one unexplained failure: a '[' or '{' opened before the parser could say where.
        if (e.TargetSite?.Name == "ScanPlainScalar")
        {
            return (position, "this line is less indented than a '[' or '{' still open before it; close that bracket, or indent this line");
        }

        return (position, "the text cannot be read as YAML from here");
    }

    /// <summary>The start of the last <c>...</c> line (a document end marker) up to <paramref name="position"/>, or null.</summary>
    private static Mark? DocumentEndBefore(string text, Mark position)
    {
        var lines = text.Split('\n');
        for (var index = (int)Math.Min(position.Line, lines.Length) - 1; index >= 0; index--)
        {
            var line = lines[index].TrimEnd('\r');
            if (line == "..." || line.StartsWith("... ", StringComparison.Ordinal) || line.StartsWith("...\t", StringComparison.Ordinal))
            {
                return new Mark(0, index + 1, 1);
            }
        }

        return null;
    }

    /// <summary>UTF-8 text of <paramref name="bytes"/> without its byte order mark, or null when it is not UTF-8.</summary>
    private static string? Decode(ReadOnlySpan<byte> bytes)
    {
        ReadOnlySpan<byte> bom = [0xEF, 0xBB, 0xBF];
        if (bytes.StartsWith(bom))
        {
            bytes = bytes[bom.Length..];
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>YamlDotNet's message, on one line and starting in lower case, to follow <c>invalid YAML: </c>.</summary>
    private static string Message(YamlException e)
    {
        var message = e.Message.Split('\n')[0].Trim();
        return message.Length > 1 && char.IsUpper(message[0]) && !char.IsUpper(message[1])
            ? char.ToLowerInvariant(message[0]) + message[1..]
            : message;
    }
}
