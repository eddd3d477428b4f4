using System.Globalization;

namespace Playbook.Engine.Yaml;

/// <summary>
/// How much YAML a file the user wrote may hold. Playbooks are shared, so a file must be safe as it comes: these
/// bounds keep a hostile or broken one (a file of gigabytes, lists nested 50,000 deep, a value of megabytes, aliases
/// that repeat each other into billions of nodes) to a positioned problem rather than a crash or an exhausted memory.
/// Real files stay far below every one of them.
/// </summary>
internal static class YamlLimits
{
    /// <summary>The largest file read, in bytes (1 MB); a larger one is refused before it is read whole.</summary>
    public const int MaxFileBytes = 1024 * 1024;

    /// <summary>How deep mappings and lists may nest. YamlDotNet loads nodes recursively; this keeps its stack safe.</summary>
    public const int MaxDepth = 64;

    /// <summary>The longest single value (a scalar), in characters (64 KB).</summary>
    public const int MaxValueLength = 64 * 1024;

    /// <summary>
    /// How much aliases may repeat in one file, counted as the characters and nodes they stand for: as much as the
    /// largest file holds. An alias stands for a node written before it; aliases of aliases multiply.
    /// </summary>
    public const long MaxRepeated = MaxFileBytes;

    /// <summary>The whole-file problem of a file of <paramref name="bytes"/> bytes, or of unknown size (null) found larger than the limit.</summary>
    public static string TooLarge(long? bytes) => bytes is { } size
        ? string.Create(CultureInfo.InvariantCulture, $"the file is {size:N0} bytes; a YAML file may be at most 1 MB ({MaxFileBytes:N0} bytes)")
        : string.Create(CultureInfo.InvariantCulture, $"the file is larger than 1 MB ({MaxFileBytes:N0} bytes), the most a YAML file may be");
}
