using System.Globalization;

namespace Playbook.Engine.Templates;

/// <summary>
/// How far a template may go. Templates come with playbooks that are meant to be shared, so a template from
/// someone else must not be able to crash the process (Fluid's parser and renderer recurse: 5,000 nested
/// <c>{% if %}</c> overflow the stack), fill the memory (<c>(1..2000000000)</c> is an array of two billion numbers,
/// a text that doubles forty times is a terabyte) or hold a batch for ever. What <c>check</c> can see in the text
/// it refuses; what only a render can find (a range whose end is a variable) fails that one draft.
/// </summary>
internal static class TemplateLimits
{
    /// <summary>The largest template file, in bytes (and text, in characters): drafts are a few hundred.</summary>
    public const int MaxFileLength = 64 * 1024;

    /// <summary>How deep blocks (<c>if</c>, <c>for</c>, <c>case</c>, <c>capture</c>, ...) may nest.</summary>
    public const int MaxNesting = 100;

    /// <summary>How deep parentheses and brackets may nest inside one tag or output.</summary>
    public const int MaxBrackets = 32;

    /// <summary>How many filters and operators one tag or output may chain.</summary>
    public const int MaxChain = 200;

    /// <summary>How many items a list may hold: a range (<c>(1..n)</c>), or what a filter makes (<c>split</c>, <c>concat</c>).</summary>
    public const int MaxItems = 10_000;

    /// <summary>How long a text may grow, in characters: the draft, a captured block, what a filter takes or gives.</summary>
    public const int MaxText = 1_000_000;

    /// <summary>How many characters one render may write and make through filters, in all: the work it may do.</summary>
    public const long MaxWork = 10_000_000;

    /// <summary>How deep Fluid's scopes may nest while rendering (loops inside loops).</summary>
    public const int MaxRecursion = MaxNesting;

    /// <summary>
    /// The text of the template file <paramref name="path"/>, or why it is not read: a file larger than
    /// <see cref="MaxFileLength"/> bytes is refused before it is read.
    /// </summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static (string? Text, string? Refusal) ReadFile(string path)
    {
        var length = new FileInfo(path).Length;
        return length > MaxFileLength
            ? (null, $"the file has {Show(length)} bytes; a template may have at most {Show(MaxFileLength)}")
            : (File.ReadAllText(path), null);
    }

    /// <summary><paramref name="value"/> with thousands separators, as the messages show numbers.</summary>
    public static string Show(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
