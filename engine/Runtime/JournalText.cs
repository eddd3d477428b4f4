using System.Globalization;

namespace Playbook.Engine.Runtime;

/// <summary>How the runtime writes instants, values and versions in its journal and messages.</summary>
internal static class JournalText
{
    private static readonly IReadOnlyDictionary<string, string> EmptyVars = new Dictionary<string, string>();

    /// <summary>A run's values as conditions see them: text, with numbers and booleans written invariantly.</summary>
    public static IReadOnlyDictionary<string, string> VarText(IReadOnlyDictionary<string, object?> vars) =>
        vars.Count == 0
            ? EmptyVars
            : vars.ToDictionary(v => v.Key, v => v.Value switch
            {
                null => "",
                bool b => b ? "true" : "false",
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                var other => other.ToString() ?? "",
            }, StringComparer.Ordinal);

    public static string ShowValue(object? value) => value switch
    {
        null => "null",
        string s => $"\"{s}\"",
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        var other => other.ToString() ?? "",
    };

    public static string Short(string version) => version.Length > 12 ? version[..12] : version;

    public static string Show(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture);
}
