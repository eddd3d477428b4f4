using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Emit;
using Playbook.Engine.Problems;

namespace Playbook.Engine.Scripting;

/// <summary>
/// The Roslyn side of <see cref="ConditionCompiler"/>, kept in its own class so that a warm cache never loads
/// Microsoft.CodeAnalysis. One syntax tree per condition, all in ONE compilation: emitted once; when some conditions
/// fail (Roslyn's errors, the safety check, a value that is not a bool), those trees are removed and the rest is
/// emitted once more, so one bad playbook never blocks the others.
/// </summary>
internal static class RoslynConditionCompiler
{
    private static readonly CSharpParseOptions ParseOptions =
        new(LanguageVersion.Latest, DocumentationMode.None, SourceCodeKind.Regular);

    private static readonly CSharpCompilationOptions CompilationOptions =
        new(OutputKind.DynamicallyLinkedLibrary,
            optimizationLevel: OptimizationLevel.Release,
            allowUnsafe: false,
            nullableContextOptions: NullableContextOptions.Disable,
            deterministic: true,
            concurrentBuild: true);

    /// <summary>The most syntax errors reported for one condition.</summary>
    private const int MaxSyntaxErrors = 10;

    /// <summary>Conversion errors that a non-bool expression causes at the <c>return</c>; replaced by a clearer PB0002.</summary>
    private static readonly HashSet<string> ConversionErrors = new(StringComparer.Ordinal) { "CS0029", "CS0030", "CS0266", "CS0428" };

    /// <summary>Compiles every condition of <paramref name="sources"/> and every script of <paramref name="scripts"/>, together.</summary>
    public static CompileOutput Compile(IReadOnlyList<ConditionSource> sources, IReadOnlyList<ScriptSource> scripts)
    {
        var problems = new List<Problem>();
        var trees = new Dictionary<SyntaxTree, ConditionCode>();
        var scriptTrees = new Dictionary<SyntaxTree, ScriptCode>();
        for (var i = 0; i < scripts.Count; i++)
        {
            var code = ScriptCode.Generate(scripts[i], i);
            if (code.Text is null)
            {
                problems.AddRange(code.Problems);
                continue;
            }

            scriptTrees.Add(CSharpSyntaxTree.ParseText(code.Text, ParseOptions, path: code.ClassName + ".g.cs", encoding: Encoding.UTF8), code);
        }

        for (var i = 0; i < sources.Count; i++)
        {
            var code = ConditionCode.Generate(sources[i], i, ParseOptions);
            if (code.Problem is not null)
            {
                problems.Add(code.Problem);
                continue;
            }

            var tree = CSharpSyntaxTree.ParseText(code.Text!, ParseOptions, path: code.MethodName + ".g.cs", encoding: Encoding.UTF8);
            // An unbalanced bracket can make thousands of errors of one mistake: the first few say it.
            var syntaxErrors = tree.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Take(MaxSyntaxErrors).ToList();
            if (syntaxErrors.Count > 0)
            {
                problems.AddRange(syntaxErrors.Select(d => ToProblem(d, code)));
            }
            else if (Stray(tree, code) is { } stray)
            {
                problems.Add(ProblemAt(code, stray.GetLocation(), ProblemCodes.NotAnExpression,
                    "a condition is one C# expression: nothing may follow it (no ';', no statements)"));
            }
            else if (TooDeep(ReturnedExpression(tree)!) is { } deep)
            {
                problems.Add(ProblemAt(code, deep.GetLocation(), ProblemCodes.NotAnExpression, string.Create(CultureInfo.InvariantCulture,
                    $"the condition nests more than {ConditionCode.MaxDepth} levels deep here; split it between 'when' and the steps' 'if'")));
            }
            else
            {
                // Every lambda body and query clause checks the evaluation's budget (ConditionBudget).
                var instrumented = ConditionInstrumentation.Apply(code, tree);
                trees.Add(ReferenceEquals(instrumented, code)
                    ? tree
                    : CSharpSyntaxTree.ParseText(instrumented.Text!, ParseOptions, path: code.MethodName + ".g.cs", encoding: Encoding.UTF8), instrumented);
            }
        }

        if (trees.Count == 0 && scriptTrees.Count == 0)
        {
            return new CompileOutput(null, new Dictionary<string, string>(StringComparer.Ordinal), Sorted(problems, sources, scripts));
        }

        var compilation = CSharpCompilation.Create(
            "Playbook.Conditions", [.. trees.Keys, .. scriptTrees.Keys], ConditionReferences.All, CompilationOptions);

        // The safety walk binds each expression again through its semantic model; in a fresh process most of that
        // is the JIT warming Roslyn's binder, so it runs beside the first emit, on another core.
        var safety = Task.Run(() => CheckSafety(compilation, trees, scriptTrees));
        byte[]? image = null;
        byte[]? pdb = null;
        for (var pass = 0; pass < 3 && compilation.SyntaxTrees.Length > 0; pass++)
        {
            var (emitted, symbols, errors) = Emit(compilation, withSymbols: scriptTrees.Count > 0);
            var failed = new HashSet<SyntaxTree>();
            foreach (var group in errors.GroupBy(d => d.Location.SourceTree))
            {
                if (group.Key is not null && scriptTrees.TryGetValue(group.Key, out var script))
                {
                    problems.AddRange(group.Select(d => ScriptCode.ProblemAt(script.Source, d)));
                    failed.Add(group.Key);
                    continue;
                }

                if (group.Key is null || !trees.TryGetValue(group.Key, out var code))
                {
                    // Not tied to one condition (a reference the runtime lacks): nothing can run.
                    problems.AddRange(group.Select(d => Problem.Diagnostic("(conditions)", 1, 1, d.Id, d.GetMessage(CultureInfo.InvariantCulture))));
                    return new CompileOutput(null, new Dictionary<string, string>(StringComparer.Ordinal), Sorted(problems, sources, scripts));
                }

                problems.AddRange(Explain(compilation.GetSemanticModel(group.Key), code, group));
                failed.Add(group.Key);
            }

            if (pass == 0)
            {
                foreach (var (tree, refusals) in safety.GetAwaiter().GetResult())
                {
                    problems.AddRange(refusals);
                    failed.Add(tree);
                }
            }

            if (failed.Count == 0)
            {
                image = emitted;
                pdb = symbols;
                break;
            }

            compilation = compilation.RemoveSyntaxTrees(failed);
        }

        var methods = image is null
            ? new Dictionary<string, string>(StringComparer.Ordinal)
            : compilation.SyntaxTrees.ToDictionary(
                t => trees.TryGetValue(t, out var c) ? c.Source.Key : scriptTrees[t].Source.Key,
                t => trees.TryGetValue(t, out var c) ? c.MethodName : scriptTrees[t].ClassName,
                StringComparer.Ordinal);
        return new CompileOutput(image, methods, Sorted(problems, sources, scripts)) { Pdb = pdb };
    }

    /// <summary>The refusals of the safety walk, for each condition that has any.</summary>
    private static List<(SyntaxTree Tree, List<Problem> Refusals)> CheckSafety(
        CSharpCompilation compilation, Dictionary<SyntaxTree, ConditionCode> trees, Dictionary<SyntaxTree, ScriptCode> scripts)
    {
        var safety = new ExpressionSafety(new AllowList(compilation));
        var refused = new List<(SyntaxTree, List<Problem>)>();
        foreach (var (tree, script) in scripts)
        {
            var refusals = ScriptSafety.Check(compilation.GetSemanticModel(tree), tree)
                .Select(r => ScriptCode.ProblemAt(script.Source, r.Location, ProblemCodes.ScriptNotAllowed, r.Message))
                .ToList();
            if (refusals.Count > 0)
            {
                refused.Add((tree, refusals));
            }
        }

        foreach (var (tree, code) in trees)
        {
            try
            {
                var refusals = safety.Check(compilation.GetSemanticModel(tree), ReturnedExpression(tree)!);
                if (refusals.Count > 0)
                {
                    refused.Add((tree, refusals.Select(r => ProblemAt(code, r.Location, ProblemCodes.NotAllowed, r.Refusal.Message)).ToList()));
                }
            }
            catch (InsufficientExecutionStackException)
            {
                refused.Add((tree, [Problem.Diagnostic(code.Source.File, code.Source.Line, code.Source.Column, ProblemCodes.NotAnExpression,
                    "the condition nests too deep to be checked; split it between 'when' and the steps' 'if'", code.Source.Key)]));
            }
        }

        return refused;
    }

    private static (byte[]? Image, byte[]? Symbols, List<Diagnostic> Errors) Emit(CSharpCompilation compilation, bool withSymbols)
    {
        using var stream = new MemoryStream();
        using var symbols = withSymbols ? new MemoryStream() : null;
        var result = compilation.Emit(stream, symbols, options: withSymbols ? new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb) : null);
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        return (result.Success ? stream.ToArray() : null, result.Success ? symbols?.ToArray() : null, errors);
    }

    /// <summary>
    /// The problems of one failed condition: Roslyn's, except that an expression of another type than bool gets
    /// one message that says so, in place of the conversion error at the <c>return</c>.
    /// </summary>
    private static IEnumerable<Problem> Explain(SemanticModel model, ConditionCode code, IEnumerable<Diagnostic> errors)
    {
        var expression = ReturnedExpression(model.SyntaxTree);
        var type = expression is null ? null : model.GetTypeInfo(expression).Type;
        var notBool = type is not null && type.TypeKind != TypeKind.Error && type.SpecialType != SpecialType.System_Boolean;
        foreach (var error in errors)
        {
            if (notBool && ConversionErrors.Contains(error.Id) && error.Location.SourceSpan == expression!.Span)
            {
                var name = type!.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat);
                var hint = type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T
                    ? $"; it can be null: compare it, as in '({code.Source.Code.Trim()}) == true'"
                    : "; compare it, as in 'contact.Company != null' or 'DaysSinceLastInteraction > 30'";
                yield return ProblemAt(code, error.Location, ProblemCodes.NotBoolean,
                    $"a condition must be true or false (a bool), but this expression is a '{name}'{hint}");
            }
            else
            {
                yield return ToProblem(error, code);
            }
        }
    }

    /// <summary>The first token of the user's text that is not part of the returned expression: text that breaks out.</summary>
    private static SyntaxToken? Stray(SyntaxTree tree, ConditionCode code)
    {
        var expression = ReturnedExpression(tree);
        var methods = tree.GetCompilationUnitRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().ToList();
        var region = tree.GetRoot().DescendantTokens().Where(t => code.Region.Contains(t.Span)).ToList();
        if (expression is null)
        {
            return region.FirstOrDefault();
        }

        if (region.FirstOrDefault(t => !expression.Span.Contains(t.Span)) is { RawKind: not 0 } outside)
        {
            return outside;
        }

        return methods.Count == 1 && methods[0].Body?.Statements.Count == code.Declarations + 1 ? null : region.FirstOrDefault();
    }

    private static ExpressionSyntax? ReturnedExpression(SyntaxTree tree) =>
        tree.GetCompilationUnitRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().FirstOrDefault()?.Body?.Statements
            .OfType<ReturnStatementSyntax>().LastOrDefault()?.Expression;

    private static Problem ToProblem(Diagnostic diagnostic, ConditionCode code)
    {
        // A name of the runtime that conditions do not even reference is refused for what it is, not as a missing assembly.
        if (UnresolvedNames.Explain(diagnostic) is { } refusal)
        {
            return ProblemAt(code, diagnostic.Location, ProblemCodes.NotAllowed, refusal.Message);
        }

        // A missing operand is reported against the ';' that closes the generated return, which the user never wrote.
        var message = UnresolvedNames.WithoutAssemblyHint(diagnostic.GetMessage(CultureInfo.InvariantCulture));
        return diagnostic.Id == "CS1525" && message.EndsWith("';'", StringComparison.Ordinal) && !code.Source.Code.Contains(';', StringComparison.Ordinal)
            ? ProblemAt(code, diagnostic.Location, "CS1733", "Expected expression")
            : ProblemAt(code, diagnostic.Location, diagnostic.Id, message);
    }

    /// <summary>The first node of <paramref name="expression"/> deeper than <see cref="ConditionCode.MaxDepth"/>, found without recursing.</summary>
    private static SyntaxNode? TooDeep(ExpressionSyntax expression)
    {
        var pending = new Stack<(SyntaxNode Node, int Depth)>();
        pending.Push((expression, 0));
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            if (depth > ConditionCode.MaxDepth)
            {
                return node;
            }

            // Leftmost first: a long chain of '||' nests to the left, and is reported where it starts.
            foreach (var child in node.ChildNodes().Reverse())
            {
                pending.Push((child, depth + 1));
            }
        }

        return null;
    }

    /// <summary>
    /// A problem at <paramref name="location"/>, mapped by the <c>#line</c> directives; on the generated lines around
    /// the user's text (a missing ')' found at the closing ';'), the end of the condition.
    /// </summary>
    private static Problem ProblemAt(ConditionCode code, Location location, string id, string message)
    {
        var source = code.Source;
        var mapped = location.GetMappedLineSpan();
        var hidden = location.SourceTree?.GetLineVisibility(location.SourceSpan.Start) != LineVisibility.Visible;
        return mapped.HasMappedPath && !hidden
            ? Problem.Diagnostic(source.File, mapped.StartLinePosition.Line + 1, mapped.StartLinePosition.Character + 1, id, message, source.Key)
            : Problem.Diagnostic(source.File, code.End.Line, code.End.Column, id, message, source.Key);
    }

    /// <summary>Problems in the order of the conditions, then the scripts, then by position: the order a reader goes through the files.</summary>
    private static List<Problem> Sorted(List<Problem> problems, IReadOnlyList<ConditionSource> sources, IReadOnlyList<ScriptSource> scripts)
    {
        var order = sources.Select(s => s.Key).Concat(scripts.Select(s => s.Key)).Select((k, i) => (k, i)).ToDictionary(p => p.k, p => p.i, StringComparer.Ordinal);
        return problems
            .OrderBy(p => p.Subject is null ? -1 : order[p.Subject])
            .ThenBy(p => p.Line)
            .ThenBy(p => p.Column)
            .ToList();
    }
}
