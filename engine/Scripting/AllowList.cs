using Microsoft.CodeAnalysis;

namespace Playbook.Engine.Scripting;

/// <summary>
/// What a playbook expression may name: the context types, strings, numbers, math, dates, LINQ and read-only
/// collections. Everything else is refused, with a reason that says what kind of power it would give.
/// Judged on original definitions (<c>IReadOnlyList&lt;T&gt;</c>), then on every type argument.
/// </summary>
internal sealed class AllowList
{
    /// <summary>The engine namespaces whose types are all data and pure helpers (Contact, EventKinds, Stages, ...).</summary>
    private static readonly HashSet<string> EngineNamespaces = new(StringComparer.Ordinal)
    {
        "Playbook.Engine.Contacts",
        "Playbook.Engine.Events",
    };

    private static readonly HashSet<string> Types = new(StringComparer.Ordinal)
    {
        "System.Object", "System.ValueType", "System.Void", "System.Array", "System.Enum", "System.String", "System.Char", "System.Boolean",
        "System.Byte", "System.SByte", "System.Int16", "System.UInt16", "System.Int32", "System.UInt32",
        "System.Int64", "System.UInt64", "System.Single", "System.Double", "System.Decimal",
        "System.Math", "System.MathF", "System.MidpointRounding",
        "System.DateTime", "System.DateTimeOffset", "System.TimeSpan", "System.DateOnly", "System.TimeOnly",
        "System.DayOfWeek", "System.DateTimeKind", "System.Guid", "System.Nullable`1",
        "System.StringComparison", "System.StringComparer", "System.StringSplitOptions", "System.Index", "System.Range",
        "System.IComparable", "System.IComparable`1", "System.IEquatable`1", "System.IFormattable", "System.IFormatProvider",
        "System.ReadOnlySpan`1", "System.MemoryExtensions",
        "System.Globalization.CultureInfo", "System.Globalization.CompareInfo", "System.Globalization.CompareOptions",
        "System.Linq.Enumerable", "System.Linq.IOrderedEnumerable`1", "System.Linq.IGrouping`2", "System.Linq.ILookup`2",
        "System.Collections.IEnumerable", "System.Collections.IEnumerator",
        "System.Collections.Generic.IEnumerable`1", "System.Collections.Generic.IEnumerator`1",
        "System.Collections.Generic.IReadOnlyCollection`1", "System.Collections.Generic.IReadOnlyList`1",
        "System.Collections.Generic.IReadOnlyDictionary`2", "System.Collections.Generic.IReadOnlySet`1",
        "System.Collections.Generic.KeyValuePair`2", "System.Collections.Generic.IEqualityComparer`1",
        "System.Collections.Generic.IComparer`1", "System.Collections.Generic.EqualityComparer`1",
        "System.Collections.Generic.Comparer`1", "System.Collections.Generic.CollectionExtensions",
    };

    /// <summary>Types of which only some members are allowed.</summary>
    private static readonly Dictionary<string, HashSet<string>> OnlyMembers = new(StringComparer.Ordinal)
    {
        ["System.Globalization.CultureInfo"] = new(StringComparer.Ordinal) { "InvariantCulture", "CompareInfo", "Name", "ToString", "Equals", "GetHashCode" },
        ["System.Array"] = new(StringComparer.Ordinal) { "Length", "LongLength", "Rank", "Empty", "IndexOf", "Exists", "TrueForAll", "ToString", "Equals", "GetHashCode" },
        ["System.Collections.Generic.CollectionExtensions"] = new(StringComparer.Ordinal) { "GetValueOrDefault" },
    };

    /// <summary>Members of allowed types that are refused, with the reason.</summary>
    private static readonly Dictionary<(string Type, string Member), string> RefusedMembers = new()
    {
        [("System.Object", "GetType")] = "reflection",
        [("System.Object", "MemberwiseClone")] = "reflection",
        [("System.DateTime", "Now")] = Clock,
        [("System.DateTime", "UtcNow")] = Clock,
        [("System.DateTime", "Today")] = Clock,
        [("System.DateTimeOffset", "Now")] = Clock,
        [("System.DateTimeOffset", "UtcNow")] = Clock,
        [("System.Linq.Enumerable", "Range")] = Counting,
        [("System.Linq.Enumerable", "Repeat")] = Counting,
        [("System.Linq.Enumerable", "Sequence")] = Counting,
        [("System.Linq.Enumerable", "InfiniteSequence")] = Counting,
        [("System.String", "Create")] = "making a text of any length",
    };

    /// <summary>What refusing a namespace (and those under it) protects.</summary>
    private static readonly (string Namespace, string Reason)[] NamespaceReasons =
    [
        ("System.IO", "file access"),
        ("System.Reflection", "reflection"),
        ("System.Runtime.Loader", "reflection"),
        ("System.Runtime.InteropServices", "native code"),
        ("System.Net", "network access"),
        ("System.Threading", "threading"),
        ("Microsoft.Win32", "the registry"),
        ("System.Diagnostics", "processes and diagnostics"),
        ("System.Text.RegularExpressions", "a regular expression (it can run for a very long time)"),
        ("System.Security", "security and cryptography"),
        ("System.Data", "databases"),
        ("Microsoft.Data", "databases"),
        ("System.Xml", "XML (it can read files and the network)"),
        ("System.Text.Json", "JSON serialization (it can reach any type)"),
        ("System.Linq.Expressions", "compiling code"),
        ("System.CodeDom", "compiling code"),
        ("System.Timers", "timers"),
        ("System.Web", "the web"),
    ];

    /// <summary>What refusing a type protects.</summary>
    private static readonly Dictionary<string, string> TypeReasons = new(StringComparer.Ordinal)
    {
        ["System.Type"] = "reflection",
        ["System.Activator"] = "reflection",
        ["System.AppDomain"] = "reflection",
        ["System.Environment"] = "reading the environment",
        ["System.Console"] = "the console",
        ["System.Diagnostics.Process"] = "starting processes",
        ["System.Diagnostics.ProcessStartInfo"] = "starting processes",
        ["System.Runtime.CompilerServices.Unsafe"] = "unsafe code",
        ["System.Runtime.CompilerServices.RuntimeHelpers"] = "reflection",
        ["System.GC"] = "controlling the runtime",
        ["System.Delegate"] = Delegates,
        ["System.MulticastDelegate"] = Delegates,
        ["System.Action"] = Delegates,
        ["System.Linq.Queryable"] = "compiling code",
        ["System.Linq.ParallelEnumerable"] = "threading",
    };

    private const string Clock = "the system clock (use 'now', the clock of the run)";

    /// <summary>Why delegates are refused: a delegate can call itself, and a condition must end.</summary>
    public const string Delegates = "a delegate (it can call itself, and a condition must end)";

    /// <summary>Why counting loops are refused: a condition reads what is there, it does not make work.</summary>
    private const string Counting = "a loop over a count (a condition reads the history and the contact, it does not count to a number)";

    private readonly IAssemblySymbol? _engine;
    private readonly HashSet<INamedTypeSymbol> _contextTypes = new(SymbolEqualityComparer.Default);

    /// <summary>Reads the context types of <paramref name="compilation"/>: the context and every engine type it reaches.</summary>
    public AllowList(Compilation compilation)
    {
        var context = compilation.GetTypeByMetadataName(typeof(Playbooks.ConditionContext).FullName!);
        _engine = context?.ContainingAssembly;
        if (context is not null)
        {
            Reach(context);
        }
    }

    /// <summary>Why <paramref name="symbol"/> may not be used, or null when it may.</summary>
    public Refusal? Judge(ISymbol symbol)
    {
        switch (symbol)
        {
            case ITypeSymbol type:
                return JudgeType(type);
            case IMethodSymbol { MethodKind: MethodKind.LocalFunction or MethodKind.AnonymousFunction }:
                // Declared inside the expression: an extern or unsafe one is refused by its syntax.
                return null;
            case IMethodSymbol method:
                // Judged by its definition: what it returns is judged as the type of the call, and its type
                // arguments as the types they are inferred from or written as.
                return JudgeMember((method.ReducedFrom ?? method).OriginalDefinition);
            case IPropertySymbol or IFieldSymbol:
                return JudgeMember(symbol.OriginalDefinition);
            case IEventSymbol:
                return new Refusal("subscribing to events", symbol.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat));
            case INamespaceSymbol or ILocalSymbol or IParameterSymbol or IRangeVariableSymbol or IDiscardSymbol or ILabelSymbol:
                return null;
            default:
                return new Refusal(null, symbol.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat));
        }
    }

    /// <summary>Why the type <paramref name="type"/> may not be used, or null when it may.</summary>
    public Refusal? JudgeType(ITypeSymbol? type)
    {
        switch (type)
        {
            case null or IErrorTypeSymbol or ITypeParameterSymbol:
                return null;
            case IDynamicTypeSymbol:
                return new Refusal(null, "dynamic");
            case IPointerTypeSymbol or IFunctionPointerTypeSymbol:
                return new Refusal("unsafe code", type.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat));
            case IArrayTypeSymbol array:
                return JudgeType(array.ElementType);
            case INamedTypeSymbol { IsAnonymousType: true }:
                return null;
            case INamedTypeSymbol { IsTupleType: true } tuple:
                return tuple.TupleElements.Select(e => JudgeType(e.Type)).FirstOrDefault(r => r is not null);
            case INamedTypeSymbol { TypeKind: TypeKind.Delegate }:
                // A lambda passed straight to a method is judged apart (ExpressionSafety); no other delegate is allowed.
                return new Refusal(Delegates, type.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat));
            case INamedTypeSymbol named:
                var definition = named.OriginalDefinition;
                if (!IsAllowed(definition))
                {
                    var name = definition.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat);
                    return new Refusal(ReasonFor(definition), name);
                }

                return named.TypeArguments.Select(JudgeType).FirstOrDefault(r => r is not null);
            default:
                return new Refusal(null, type.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat));
        }
    }

    private Refusal? JudgeMember(ISymbol member)
    {
        var type = member.ContainingType;
        if (type is null)
        {
            return null;
        }

        if (JudgeType(type) is { } refusal)
        {
            return refusal;
        }

        var typeName = MetadataName(type.OriginalDefinition);
        var display = member.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat);
        if (RefusedMembers.TryGetValue((typeName, member.Name), out var reason))
        {
            return new Refusal(reason, display);
        }

        return OnlyMembers.TryGetValue(typeName, out var only) && !only.Contains(member.Name) ? new Refusal(null, display) : null;
    }

    private bool IsAllowed(INamedTypeSymbol definition)
    {
        if (_engine is not null && SymbolEqualityComparer.Default.Equals(definition.ContainingAssembly, _engine))
        {
            return _contextTypes.Contains(definition) || EngineNamespaces.Contains(definition.ContainingNamespace.ToDisplayString());
        }

        var name = MetadataName(definition);
        return Types.Contains(name) || name.StartsWith("System.ValueTuple", StringComparison.Ordinal);
    }

    /// <summary>Adds <paramref name="type"/> and every engine type its public members reach.</summary>
    private void Reach(ITypeSymbol type)
    {
        switch (type)
        {
            case IArrayTypeSymbol array:
                Reach(array.ElementType);
                return;
            case INamedTypeSymbol named:
                foreach (var argument in named.TypeArguments)
                {
                    Reach(argument);
                }

                var definition = named.OriginalDefinition;
                if (!SymbolEqualityComparer.Default.Equals(definition.ContainingAssembly, _engine) || !_contextTypes.Add(definition))
                {
                    return;
                }

                foreach (var member in definition.GetMembers().Where(m => m.DeclaredAccessibility == Accessibility.Public))
                {
                    switch (member)
                    {
                        case IPropertySymbol property:
                            Reach(property.Type);
                            break;
                        case IFieldSymbol field:
                            Reach(field.Type);
                            break;
                        case IMethodSymbol method:
                            Reach(method.ReturnType);
                            foreach (var parameter in method.Parameters)
                            {
                                Reach(parameter.Type);
                            }

                            break;
                        default:
                            break;
                    }
                }

                return;
            default:
                return;
        }
    }

    private static string? ReasonFor(INamedTypeSymbol definition) =>
        ReasonFor(MetadataName(definition), definition.ContainingNamespace.ToDisplayString());

    /// <summary>
    /// What using the type <paramref name="metadataName"/> (<c>System.Diagnostics.Process</c>, in
    /// <paramref name="ns"/>) would give a condition, or null when it is simply not on the list.
    /// </summary>
    public static string? ReasonFor(string metadataName, string ns)
    {
        if (TypeReasons.TryGetValue(metadataName, out var reason))
        {
            return reason;
        }

        return NamespaceReasons
            .FirstOrDefault(r => ns == r.Namespace || ns.StartsWith(r.Namespace + ".", StringComparison.Ordinal))
            .Reason;
    }

    private static string MetadataName(INamedTypeSymbol type)
    {
        var name = type.MetadataName;
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            name = outer.MetadataName + "+" + name;
        }

        return type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() + "." + name : name;
    }
}
