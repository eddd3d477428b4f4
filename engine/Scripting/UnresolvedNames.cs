using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Playbook.Engine.Scripting;

/// <summary>
/// Names a condition writes that do not resolve because conditions compile against a few assemblies only
/// (<c>Process</c>, <c>Regex</c>, <c>File</c> without its namespace, <c>System.Net.Http.HttpClient</c>): Roslyn says
/// "are you missing an assembly reference?", which is the wrong answer, since no reference would make them allowed.
/// When the name is a type or namespace of the .NET runtime, the problem becomes the <c>PB0001</c> refusal with what the
/// type would give. The runtime's types are read from its assemblies' metadata, once, and only when such a name occurs.
/// </summary>
internal static class UnresolvedNames
{
    private const string AssemblyHint = " (are you missing a using directive or an assembly reference?)";
    private const string ReferenceHint = " (are you missing an assembly reference?)";

    private static readonly HashSet<string> Codes = new(StringComparer.Ordinal) { "CS0012", "CS0103", "CS0234", "CS0246", "CS0400" };

    private static readonly Lazy<(Dictionary<string, List<string>> BySimpleName, HashSet<string> FullNames)> Index = new(Load);

    /// <summary>The refusal <paramref name="diagnostic"/> stands for, when it is about a name of the runtime that does not resolve.</summary>
    public static Refusal? Explain(Diagnostic diagnostic)
    {
        if (!Codes.Contains(diagnostic.Id) || diagnostic.Location.SourceTree is not { } tree)
        {
            return null;
        }

        if (diagnostic.Id == "CS0012")
        {
            // "The type 'X' is defined in an assembly that is not referenced": no allowed type is.
            var message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
            var start = message.IndexOf('\'', StringComparison.Ordinal);
            var end = start < 0 ? -1 : message.IndexOf('\'', start + 1);
            return end < 0 ? null : RefusalOf(message[(start + 1)..end]);
        }

        var node = tree.GetRoot().FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        while (node.Parent is MemberAccessExpressionSyntax or QualifiedNameSyntax or AliasQualifiedNameSyntax)
        {
            node = node.Parent;
        }

        var segments = new List<string>();
        if (!Flatten(node, segments) || segments.Count == 0)
        {
            return null;
        }

        var (bySimpleName, fullNames) = Index.Value;
        for (var count = segments.Count; count >= 1; count--)
        {
            var name = string.Join('.', segments.Take(count));
            if (fullNames.Contains(name))
            {
                return RefusalOf(name);
            }
        }

        if (bySimpleName.TryGetValue(segments[0], out var candidates))
        {
            return RefusalOf(candidates
                .OrderBy(c => Reason(c) is null)
                .ThenBy(c => c.Count(ch => ch == '.'))
                .ThenBy(c => c, StringComparer.Ordinal)
                .First());
        }

        // A namespace that does not resolve here, such as System.Net.Http: refused for what it is about, if anything.
        var dotted = string.Join('.', segments);
        return segments.Count > 1 && Reason(dotted) is { } reason ? new Refusal(reason, dotted) : null;
    }

    /// <summary><paramref name="message"/> without Roslyn's question about assembly references, which conditions cannot add.</summary>
    public static string WithoutAssemblyHint(string message) =>
        message.Replace(AssemblyHint, "", StringComparison.Ordinal).Replace(ReferenceHint, "", StringComparison.Ordinal);

    private static Refusal RefusalOf(string fullName) => new(Reason(fullName), fullName);

    private static string? Reason(string fullName)
    {
        var dot = fullName.LastIndexOf('.');
        return AllowList.ReasonFor(fullName, dot < 0 ? "" : fullName[..dot]);
    }

    /// <summary>The parts of a dotted name (<c>global::System.IO.File</c> gives System, IO, File); false for anything else.</summary>
    private static bool Flatten(SyntaxNode node, List<string> segments)
    {
        switch (node)
        {
            case MemberAccessExpressionSyntax access:
                return Flatten(access.Expression, segments) && Flatten(access.Name, segments);
            case QualifiedNameSyntax qualified:
                return Flatten(qualified.Left, segments) && Flatten(qualified.Right, segments);
            case AliasQualifiedNameSyntax alias:
                return Flatten(alias.Name, segments);
            case SimpleNameSyntax simple:
                segments.Add(simple.Identifier.ValueText);
                return true;
            default:
                return false;
        }
    }

    /// <summary>Every public top-level type of the runtime's assemblies, by its name (generic arity dropped) and by its full name.</summary>
    private static (Dictionary<string, List<string>>, HashSet<string>) Load()
    {
        var bySimpleName = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var fullNames = new HashSet<string>(StringComparer.Ordinal);
        var paths = (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        foreach (var path in paths.Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.OrdinalIgnoreCase)
                                              || Path.GetFileName(p).StartsWith("Microsoft.Win32", StringComparison.OrdinalIgnoreCase)))
        {
            try
            {
                using var stream = File.OpenRead(path);
                using var pe = new PEReader(stream);
                if (!pe.HasMetadata)
                {
                    continue;
                }

                var metadata = pe.GetMetadataReader();
                foreach (var handle in metadata.TypeDefinitions)
                {
                    var type = metadata.GetTypeDefinition(handle);
                    if (!type.GetDeclaringType().IsNil || (type.Attributes & TypeAttributes.VisibilityMask) != TypeAttributes.Public)
                    {
                        continue;
                    }

                    var name = metadata.GetString(type.Name);
                    var tick = name.IndexOf('`', StringComparison.Ordinal);
                    name = tick < 0 ? name : name[..tick];
                    var ns = metadata.GetString(type.Namespace);
                    var full = ns.Length == 0 ? name : ns + "." + name;
                    if (fullNames.Add(full))
                    {
                        (bySimpleName.TryGetValue(name, out var list) ? list : bySimpleName[name] = []).Add(full);
                    }
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or BadImageFormatException)
            {
                // An assembly that cannot be read names nothing here; the problem keeps Roslyn's words.
            }
        }

        return (bySimpleName, fullNames);
    }
}
