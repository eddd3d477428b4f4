using Microsoft.CodeAnalysis;
using Playbook.Engine.Playbooks;

namespace Playbook.Engine.Scripting;

/// <summary>
/// The assemblies conditions compile against: the runtime's own (from its trusted platform assemblies) that the
/// context types and the allowed APIs live in, and the engine. Nothing else, so most of what conditions may not
/// touch does not even resolve. Read once per process: parsing reference metadata is a large part of a compile.
/// </summary>
internal static class ConditionReferences
{
    private static readonly string[] PlatformNames =
    [
        "System.Private.CoreLib",
        "System.Runtime",
        "System.Collections",
        "System.Linq",
    ];

    private static readonly Lazy<IReadOnlyList<MetadataReference>> Loaded = new(Load);

    /// <summary>The references, read on first use.</summary>
    public static IReadOnlyList<MetadataReference> All => Loaded.Value;

    private static List<MetadataReference> Load()
    {
        // The list can name an assembly twice (a host adds its own copy): the first one is the one loaded.
        var platform = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            platform.TryAdd(Path.GetFileNameWithoutExtension(path), path);
        }

        var references = new List<MetadataReference>();
        foreach (var name in PlatformNames)
        {
            var path = platform.TryGetValue(name, out var found) ? found : null;
            if (path is null)
            {
                throw new InvalidOperationException($"The runtime assembly '{name}' that conditions compile against was not found.");
            }

            references.Add(MetadataReference.CreateFromFile(path));
        }

        var engine = typeof(ConditionContext).Assembly.Location;
        if (string.IsNullOrEmpty(engine))
        {
            throw new InvalidOperationException(
                "Conditions cannot be compiled: the engine assembly has no file (a single-file publish); publish it as separate files.");
        }

        references.Add(MetadataReference.CreateFromFile(engine));
        return references;
    }
}
