using System.Text.RegularExpressions;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Playbook.Tests.Architecture;

/// <summary>
/// Which top-level namespaces of an assembly use which, read from two places: the compiled IL (every type a
/// signature, a field, a local or an instruction names, lambdas and state machines included) and the source files'
/// <c>using</c> directives and fully qualified names, which also see what the IL does not keep (constants, which the
/// compiler copies in, and the types documentation comments refer to). Each edge keeps one example to name in a failure.
/// </summary>
internal sealed partial class NamespaceGraph
{
    private readonly Dictionary<(string From, string To), string> _edges = [];
    private readonly HashSet<string> _nodes = new(StringComparer.Ordinal);

    private NamespaceGraph(string prefix) => Prefix = prefix;

    /// <summary>The namespace whose children are the nodes, such as <c>Playbook.Engine</c>.</summary>
    public string Prefix { get; }

    /// <summary>The top-level namespaces under <see cref="Prefix"/> that hold at least one type.</summary>
    public IReadOnlyCollection<string> Nodes => _nodes;

    /// <summary>Every use of one namespace by another, with one example each: <c>RunSession uses Run</c>.</summary>
    public IReadOnlyDictionary<(string From, string To), string> Edges => _edges;

    /// <summary>The graph of <paramref name="assemblyPath"/>'s namespaces under <paramref name="prefix"/>, and of its sources in <paramref name="sourceFolder"/>.</summary>
    public static NamespaceGraph Read(string assemblyPath, string sourceFolder, string prefix)
    {
        var graph = new NamespaceGraph(prefix);
        graph.ReadAssembly(assemblyPath);
        graph.ReadSources(sourceFolder);
        return graph;
    }

    /// <summary>The namespaces that use each other in a circle (strongly connected components of two or more), each sorted.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Cycles()
    {
        var next = _nodes.ToDictionary(n => n, n => _edges.Keys.Where(e => e.From == n).Select(e => e.To).ToList(), StringComparer.Ordinal);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var cycles = new List<IReadOnlyList<string>>();

        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            onStack.Add(node);
            foreach (var to in next[node])
            {
                if (!index.TryGetValue(to, out var seen))
                {
                    Visit(to);
                    low[node] = Math.Min(low[node], low[to]);
                }
                else if (onStack.Contains(to))
                {
                    low[node] = Math.Min(low[node], seen);
                }
            }

            if (low[node] == index[node])
            {
                var component = new List<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    onStack.Remove(member);
                    component.Add(member);
                }
                while (member != node);

                if (component.Count > 1)
                {
                    cycles.Add([.. component.Order(StringComparer.Ordinal)]);
                }
            }
        }

        foreach (var node in _nodes.Order(StringComparer.Ordinal).Where(n => !index.ContainsKey(n)))
        {
            Visit(node);
        }

        return cycles;
    }

    /// <summary>The top-level namespace under <see cref="Prefix"/> that <paramref name="fullName"/> is in, or null when it is outside.</summary>
    private string? TopLevel(string fullName) =>
        fullName.StartsWith(Prefix + ".", StringComparison.Ordinal) ? fullName[(Prefix.Length + 1)..].Split('.')[0] : null;

    private void Add(string? from, string? to, string example)
    {
        if (from is null || to is null || from == to)
        {
            return;
        }

        _nodes.Add(from);
        _nodes.Add(to);
        _edges.TryAdd((from, to), example);
    }

    private void ReadAssembly(string path)
    {
        using var module = ModuleDefinition.ReadModule(path);
        foreach (var type in module.GetTypes())
        {
            var outer = Outermost(type);
            if (TopLevel(outer.Namespace) is not { } from)
            {
                continue;
            }

            _nodes.Add(from);
            var uses = new List<TypeReference?> { type.BaseType };
            uses.AddRange(type.Interfaces.Select(i => i.InterfaceType));
            uses.AddRange(type.Fields.Select(f => f.FieldType));
            uses.AddRange(type.Properties.Select(p => p.PropertyType));
            uses.AddRange(type.Events.Select(e => e.EventType));
            uses.AddRange(type.CustomAttributes.Select(a => a.AttributeType));
            foreach (var method in type.Methods)
            {
                uses.Add(method.ReturnType);
                uses.AddRange(method.Parameters.Select(p => p.ParameterType));
                uses.AddRange(method.CustomAttributes.Select(a => a.AttributeType));
                if (method.HasBody)
                {
                    uses.AddRange(method.Body.Variables.Select(v => v.VariableType));
                    uses.AddRange(method.Body.Instructions.SelectMany(Operands));
                }
            }

            foreach (var used in uses.SelectMany(Flatten))
            {
                var target = Outermost(used);
                Add(from, TopLevel(target.Namespace), $"{outer.Name} uses {target.Name}");
            }
        }
    }

    private static IEnumerable<TypeReference?> Operands(Instruction instruction) => instruction.Operand switch
    {
        TypeReference type => [type],
        MethodReference method => [method.DeclaringType, method.ReturnType, .. (method as GenericInstanceMethod)?.GenericArguments ?? []],
        FieldReference field => [field.DeclaringType, field.FieldType],
        _ => [],
    };

    /// <summary>A type and the types it is made of: the element of an array, the arguments of a generic.</summary>
    private static IEnumerable<TypeReference> Flatten(TypeReference? type)
    {
        switch (type)
        {
            case null or GenericParameter:
                yield break;
            case GenericInstanceType generic:
                yield return generic.ElementType;
                foreach (var argument in generic.GenericArguments.SelectMany(Flatten))
                {
                    yield return argument;
                }

                break;
            case TypeSpecification specification:
                foreach (var element in Flatten(specification.ElementType))
                {
                    yield return element;
                }

                break;
            default:
                yield return type;
                break;
        }
    }

    /// <summary>Nested types (closures, state machines, a record's members) count as the type that holds them.</summary>
    private static TypeReference Outermost(TypeReference type)
    {
        while (type.DeclaringType is { } outer)
        {
            type = outer;
        }

        return type;
    }

    private static TypeDefinition Outermost(TypeDefinition type)
    {
        while (type.DeclaringType is { } outer)
        {
            type = outer;
        }

        return type;
    }

    private void ReadSources(string folder)
    {
        var qualified = new Regex($@"\b{Regex.Escape(Prefix)}\.([A-Z]\w*)\.", RegexOptions.CultureInvariant);
        foreach (var file in Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(folder, file);
            if (relative.Split(Path.DirectorySeparatorChar)[0] is "obj" or "bin")
            {
                continue;
            }

            var text = File.ReadAllText(file);
            if (NamespaceLine().Match(text) is not { Success: true } declared || TopLevel(declared.Groups[1].Value) is not { } from)
            {
                continue;
            }

            _nodes.Add(from);
            foreach (Match match in UsingLine().Matches(text))
            {
                Add(from, TopLevel(match.Groups[1].Value), $"{relative} has 'using {match.Groups[1].Value};'");
            }

            foreach (Match match in qualified.Matches(text))
            {
                Add(from, match.Groups[1].Value, $"{relative} names {match.Value.TrimEnd('.')}");
            }
        }
    }

    [GeneratedRegex(@"^namespace\s+([\w.]+)\s*;", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex NamespaceLine();

    [GeneratedRegex(@"^\s*(?:global\s+)?using\s+(?:static\s+)?([\w.]+)\s*;", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex UsingLine();
}
