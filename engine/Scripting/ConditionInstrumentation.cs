using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Playbook.Engine.Scripting;

/// <summary>
/// Puts a budget check (<see cref="ConditionBudget.Tick"/>) at the start of every lambda body and query clause of a
/// condition: <c>e =&gt; e.At &gt; now</c> becomes <c>e =&gt; Tick() switch { _ =&gt; e.At &gt; now }</c>. A switch
/// expression keeps the body's type, and takes its target's when it has none (<c>x =&gt; null</c>), so the condition
/// means what it meant. The inserted text goes on hidden lines of its own, and the user's text after it is put back at
/// its line and column by a <c>#line</c> directive, so every position Roslyn reports stays the user's; only inside an
/// interpolated string, where a directive cannot go, is it inserted in the line.
/// </summary>
internal static class ConditionInstrumentation
{
    private const string Open = ConditionBudget.Call + " switch { _ => ";
    private const string Close = " }";

    /// <summary><paramref name="code"/> with every lambda body and query clause of <paramref name="tree"/> (parsed from it) checking its budget.</summary>
    public static ConditionCode Apply(ConditionCode code, SyntaxTree tree)
    {
        var bodies = Bodies(tree.GetRoot(), code.Region);
        if (bodies.Count == 0)
        {
            return code;
        }

        var text = code.Text!;
        var path = ConditionCode.LinePath(code.Source.File);
        var insertions = new List<(int At, long Order, string Text)>();
        foreach (var body in bodies)
        {
            var span = body.Span;
            if (body.Ancestors().Any(a => a is InterpolatedStringExpressionSyntax))
            {
                insertions.Add((span.Start, Order(opening: true, span), Open));
                insertions.Add((span.End, Order(opening: false, span), Close));
                continue;
            }

            insertions.Add((span.Start, Order(opening: true, span), OnItsOwnLine(Open, tree, span.Start, path)));
            insertions.Add((span.End, Order(opening: false, span), OnItsOwnLine(Close, tree, span.End, path)));
        }

        var result = new StringBuilder(text.Length + (insertions.Sum(i => i.Text.Length)));
        var at = 0;
        foreach (var insertion in insertions.OrderBy(i => i.At).ThenBy(i => i.Order))
        {
            result.Append(text, at, insertion.At - at).Append(insertion.Text);
            at = insertion.At;
        }

        result.Append(text, at, text.Length - at);
        var added = result.Length - text.Length;
        return code.With(result.ToString(), new TextSpan(code.Region.Start, code.Region.Length + added));
    }

    /// <summary>Whether <paramref name="node"/> is a check <see cref="Apply"/> put in: the budget's call switched on, with one discarding arm.</summary>
    public static bool IsCheck(SwitchExpressionSyntax node) =>
        node.Arms.Count == 1 && node.Arms[0].Pattern is DiscardPatternSyntax
        && node.GoverningExpression is InvocationExpressionSyntax { ArgumentList.Arguments.Count: 0 } call
        && call.Expression.ToString() == ConditionBudget.Call[..^2];

    /// <summary>The expressions a condition runs again and again: the bodies of its expression lambdas and its query clauses.</summary>
    private static List<ExpressionSyntax> Bodies(SyntaxNode root, TextSpan region)
    {
        var bodies = new List<ExpressionSyntax>();
        foreach (var node in root.DescendantNodes(region))
        {
            switch (node)
            {
                case LambdaExpressionSyntax { ExpressionBody: { } body }:
                    bodies.Add(body);
                    break;
                case QueryBodySyntax query:
                    foreach (var clause in query.Clauses)
                    {
                        bodies.AddRange(clause switch
                        {
                            FromClauseSyntax from => [from.Expression],
                            LetClauseSyntax let => [let.Expression],
                            WhereClauseSyntax where => [where.Condition],
                            JoinClauseSyntax join => [join.LeftExpression, join.RightExpression],
                            OrderByClauseSyntax order => order.Orderings.Select(o => o.Expression),
                            _ => [],
                        });
                    }

                    bodies.AddRange(query.SelectOrGroup switch
                    {
                        SelectClauseSyntax select => [select.Expression],
                        GroupClauseSyntax group => [group.GroupExpression, group.ByExpression],
                        _ => [],
                    });
                    break;
                default:
                    break;
            }
        }

        return [.. bodies.Where(b => region.Contains(b.Span))];
    }

    /// <summary>
    /// Where an insertion goes among those at the same place: closings first, the innermost body's first; then openings,
    /// the outermost body's first.
    /// </summary>
    private static long Order(bool opening, TextSpan body) => opening ? int.MaxValue - (long)body.Length : int.MinValue - (long)body.Start;

    /// <summary><paramref name="inserted"/> on a hidden line, then a directive that puts what follows back at its line and column.</summary>
    private static string OnItsOwnLine(string inserted, SyntaxTree tree, int position, string path)
    {
        var mapped = tree.GetMappedLineSpan(new TextSpan(position, 0)).StartLinePosition;
        return string.Create(CultureInfo.InvariantCulture,
            $"\n#line hidden\n{inserted}\n#line {mapped.Line + 1} \"{path}\"\n{new string(' ', mapped.Character)}");
    }
}
