using System.Text;
using Playbook.Engine.Problems;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Playbook.Engine.Yaml;

/// <summary>
/// One YAML file the user wrote (a playbook, <c>config.yaml</c>, <c>reply-rules.yaml</c>), read for a reader that
/// reports every problem at once: text that is not UTF-8, invalid YAML and repeated keys become problems with their
/// line and column instead of exceptions, and a repeated key is dropped so the rest of the file is still read.
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

    /// <summary>Reads <paramref name="bytes"/> as UTF-8 (with or without a byte order mark) and loads them as YAML.</summary>
    public static YamlReader Read(string file, ReadOnlySpan<byte> bytes)
    {
        if (Decode(bytes) is { } text)
        {
            return Read(file, text);
        }

        var problems = new ProblemList(file);
        problems.AddForFile("not UTF-8 text; save the file as UTF-8");
        return new YamlReader(problems, "", null);
    }

    /// <summary>Loads <paramref name="text"/>, named <paramref name="file"/> in its problems.</summary>
    public static YamlReader Read(string file, string text)
    {
        var problems = new ProblemList(file);
        var stream = new YamlStream();
        try
        {
            stream.Load(new DuplicateKeyFilter(new Parser(new StringReader(text)), problems));
        }
        catch (YamlException e)
        {
            problems.Add(e.Start, $"invalid YAML: {Message(e)}");
            return new YamlReader(problems, text, null);
        }

        return new YamlReader(problems, text, [.. stream.Documents]);
    }

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
