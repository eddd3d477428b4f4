using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Scripting;
using Playbook.Engine.Store;

namespace Playbook.Engine.Console;

/// <summary>
/// The C# of <c>playbook console</c>: each entry is compiled as a script submission that sees the
/// <see cref="ConsoleGlobals"/> and every variable, function and type the entries before it declared
/// (<c>ScriptState.ContinueWithAsync</c>). An entry that does not compile leaves the state as it was; one that throws
/// keeps what it declared before it threw. Entries are the user's own trusted C#, run with the user's rights; the
/// store under them is opened for reading only.
/// </summary>
public sealed class ConsoleSession
{
    private static readonly CSharpParseOptions ScriptParsing = new(LanguageVersion.Latest, DocumentationMode.None, SourceCodeKind.Script);

    private readonly ConsoleGlobals _globals;
    private readonly ScriptOptions _options;
    private ScriptState<object>? _state;

    /// <summary>A session over <paramref name="globals"/>; its compile errors name <paramref name="inputName"/> (<c>stdin</c>, <c>console</c>).</summary>
    public ConsoleSession(ConsoleGlobals globals, string inputName)
    {
        ArgumentNullException.ThrowIfNull(globals);
        ArgumentNullException.ThrowIfNull(inputName);
        _globals = globals;
        InputName = inputName;
        _options = ScriptOptions.Default
            .WithReferences(typeof(ContactStore).Assembly, typeof(Enumerable).Assembly, typeof(System.Text.RegularExpressions.Regex).Assembly)
            .WithImports(
                "System", "System.Linq", "System.Collections.Generic", "System.Text", "System.Text.RegularExpressions",
                "Playbook.Engine.Contacts", "Playbook.Engine.Events", "Playbook.Engine.Runs", "Playbook.Engine.Analysis",
                "Playbook.Engine.Console")
            .WithLanguageVersion(LanguageVersion.Latest)
            .WithOptimizationLevel(OptimizationLevel.Debug)
            .WithEmitDebugInformation(false)
            .WithAllowUnsafe(false)
            .WithFilePath(inputName);
    }

    /// <summary>What compile errors name as the file.</summary>
    public string InputName { get; }

    /// <summary>
    /// Whether <paramref name="entry"/> is complete as C# (its brackets closed, its statement ended): the console reads
    /// more lines into one entry until it is. A text with an error that more lines cannot mend is complete too, so
    /// that its error is shown.
    /// </summary>
    public static bool IsComplete(string entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return SyntaxFactory.IsCompleteSubmission(SyntaxFactory.ParseSyntaxTree(entry, ScriptParsing));
    }

    /// <summary>
    /// Compiles and runs <paramref name="entry"/>, whose first line is line <paramref name="firstLine"/> of the input
    /// (compile errors are placed there).
    /// </summary>
    public async Task<ConsoleOutcome> SubmitAsync(string entry, int firstLine, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ScriptState<object> next;
        try
        {
            next = _state is null
                ? await CSharpScript.Create(entry, _options, typeof(ConsoleGlobals)).RunAsync(_globals, _ => true, cancellationToken)
                : await _state.ContinueWithAsync(entry, _options, catchException: _ => true, cancellationToken);
        }
        catch (CompilationErrorException e)
        {
            return new ConsoleOutcome(ConsoleOutcomeKind.CompileError, null, [.. e.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => Place(d, firstLine))], null);
        }

        _state = next;
        if (next.Exception is { } thrown)
        {
            return new ConsoleOutcome(ConsoleOutcomeKind.Failed, null, [], thrown);
        }

        return HasValue(next.Script.GetCompilation())
            ? new ConsoleOutcome(ConsoleOutcomeKind.Value, next.ReturnValue, [], null)
            : new ConsoleOutcome(ConsoleOutcomeKind.Nothing, null, [], null);
    }

    /// <summary>
    /// Compiles and runs an empty entry, so that the compiler is loaded and warm when the first real entry comes: on a
    /// terminal, while the person types it. Call it before any other entry, and await it before the next.
    /// </summary>
    public Task WarmUpAsync(CancellationToken cancellationToken) => Task.Run(() => SubmitAsync("0;", 1, cancellationToken), cancellationToken);

    /// <summary>Whether the entry ends in an expression with no ';' whose type is not void: its value is shown.</summary>
    private static bool HasValue(Compilation compilation)
    {
        var tree = compilation.SyntaxTrees.Last();
        if (tree.GetCompilationUnitRoot().Members.LastOrDefault() is not GlobalStatementSyntax { Statement: ExpressionStatementSyntax { SemicolonToken.IsMissing: true } last })
        {
            return false;
        }

        return compilation.GetSemanticModel(tree).GetTypeInfo(last.Expression).Type is not { SpecialType: SpecialType.System_Void };
    }

    private string Place(Diagnostic diagnostic, int firstLine)
    {
        var span = diagnostic.Location.GetLineSpan();
        var line = span.StartLinePosition.Line + firstLine;
        var column = span.StartLinePosition.Character + 1;
        return string.Create(CultureInfo.InvariantCulture,
            $"{InputName}({line},{column}): error {diagnostic.Id}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}");
    }
}
