using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Playbook.Engine.Scripting;

/// <summary>
/// What a playbook script may not reach for, although it is trusted code: the store's internals, SQLite and files.
/// Everything it does to the store goes through a step's actions, so that it lands in the journal exactly once.
/// </summary>
internal static class ScriptSafety
{
    private static readonly (string Prefix, string Why)[] Refused =
    [
        ("Playbook.Engine.Store", "the store's internals"),
        ("Playbook.Engine.Import", "the importers"),
        ("Microsoft.Data.Sqlite", "SQLite"),
        ("System.IO", "files"),
    ];

    /// <summary>The refusals in <paramref name="tree"/>, each with its place and reason.</summary>
    public static IEnumerable<(Location Location, string Message)> Check(SemanticModel model, SyntaxTree tree)
    {
        foreach (var name in tree.GetRoot().DescendantNodes().OfType<SimpleNameSyntax>())
        {
            var symbol = model.GetSymbolInfo(name).Symbol;
            var namespaceName = symbol switch
            {
                null => null,
                INamespaceSymbol ns => ns.ToDisplayString(),
                _ => symbol.ContainingNamespace?.ToDisplayString(),
            };
            if (namespaceName is null)
            {
                continue;
            }

            foreach (var (prefix, why) in Refused)
            {
                if (namespaceName == prefix || namespaceName.StartsWith(prefix + ".", StringComparison.Ordinal))
                {
                    yield return (name.GetLocation(),
                        $"a playbook script may not use {why} ('{symbol!.ToDisplayString()}'): read the store through the step's Store and act through its actions");
                    break;
                }
            }
        }
    }
}
