using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Playbook.Engine.Scripting;

/// <summary>
/// The check that keeps a playbook from someone else harmless: a walk over the bound expression that refuses every
/// symbol and type outside the <see cref="AllowList"/>, unsafe code, attributes and writes. A condition is an
/// expression that ends: no statement lambdas (so no loops and no local functions), no delegates but a lambda passed
/// straight to a method such as LINQ's (so nothing can call itself), no counting to a number (<c>Enumerable.Range</c>)
/// and no text or array made to a size that is not a small constant. Children are judged before their parent and a
/// refused child taints its parents, so <c>System.IO.File.Exists(p)</c> is refused once, at <c>File</c>, not again at
/// <c>Exists</c> and the call. The budget checks <see cref="ConditionInstrumentation"/> put in are not judged.
/// </summary>
internal sealed class ExpressionSafety(AllowList allowList)
{
    /// <summary>The largest count a condition may write for a padding, an array or a text (<c>new string('-', 20)</c>).</summary>
    public const int MaxCount = 1_000;

    private const string Statements = "a lambda with a body of statements (loops and local functions with it)";

    private const string Hint = "; a condition is one expression: write 'e => e.Kind == \"note\"', not 'e => { ... }'";

    /// <summary>Every refusal in <paramref name="expression"/>, with where it is.</summary>
    public IReadOnlyList<(Location Location, Refusal Refusal)> Check(SemanticModel model, ExpressionSyntax expression)
    {
        var refusals = new List<(Location, Refusal)>();
        Visit(model, expression, refusals);
        return refusals;
    }

    private bool Visit(SemanticModel model, SyntaxNode node, List<(Location, Refusal)> refusals)
    {
        // A condition nested deep enough to exhaust the stack is refused whole (CheckSafety says so).
        RuntimeHelpers.EnsureSufficientExecutionStack();
        if (node is SwitchExpressionSyntax check && ConditionInstrumentation.IsCheck(check))
        {
            return Visit(model, check.Arms[0].Expression, refusals);
        }

        // Unsafe code, attributes and statements are refused whole, before anything inside them is judged.
        if (JudgeSyntax(node) is { } bySyntax)
        {
            refusals.Add((node.GetLocation(), bySyntax));
            return true;
        }

        var tainted = false;
        foreach (var child in node.ChildNodes())
        {
            tainted |= Visit(model, child, refusals);
        }

        if (tainted || IsNamePart(node))
        {
            return tainted;
        }

        if (Judge(model, node) is { } refusal)
        {
            refusals.Add(((refusal.At ?? Anchor(node)).GetLocation(), refusal));
            return true;
        }

        return false;
    }

    private Refusal? Judge(SemanticModel model, SyntaxNode node)
    {
        if (node is AssignmentExpressionSyntax assignment && !IsInitializer(assignment))
        {
            return JudgeTarget(model, assignment.Left);
        }

        if (node is PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PreIncrementExpression or (int)SyntaxKind.PreDecrementExpression } prefix)
        {
            return JudgeTarget(model, prefix.Operand);
        }

        if (node is PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PostIncrementExpression or (int)SyntaxKind.PostDecrementExpression } postfix)
        {
            return JudgeTarget(model, postfix.Operand);
        }

        if (node is ArgumentSyntax { RefKindKeyword.RawKind: (int)SyntaxKind.OutKeyword or (int)SyntaxKind.RefKeyword } argument)
        {
            return JudgeTarget(model, argument.Expression);
        }

        if (node is InterpolationAlignmentClauseSyntax alignment && TooLarge(model, alignment.Value) is { } width)
        {
            return new Refusal($"a width larger than {MaxCount:N0}", width) { At = alignment.Value };
        }

        if (node is InterpolationFormatClauseSyntax format && LargestNumber(format.FormatStringToken.ValueText) > MaxCount)
        {
            return new Refusal($"a format with a number larger than {MaxCount:N0}", format.FormatStringToken.ValueText);
        }

        if (node is not ExpressionSyntax expression)
        {
            return null;
        }

        if (expression is LambdaExpressionSyntax lambda)
        {
            // Its body is judged as any expression; the lambda itself only for where it is.
            return IsPassedToMethod(model, lambda)
                ? null
                : new Refusal("a lambda that is not passed straight to a method (such as Any, Where or Count)", Shorten(lambda));
        }

        var symbol = model.GetSymbolInfo(expression).Symbol;
        if (symbol is not null && allowList.Judge(symbol) is { } bySymbol)
        {
            return bySymbol;
        }

        if (symbol is IMethodSymbol && expression is SimpleNameSyntax or MemberAccessExpressionSyntax or MemberBindingExpressionSyntax && !IsCalled(expression))
        {
            return new Refusal(AllowList.Delegates, expression.ToString());
        }

        if (JudgeCounts(model, expression, symbol) is { } byCount)
        {
            return byCount;
        }

        // A null or default literal takes the type its sibling gives it, and that sibling answers for the type.
        var type = model.GetTypeInfo(expression);
        return allowList.JudgeType(type.Type)
               ?? (type.Type is null && expression is LiteralExpressionSyntax ? null : allowList.JudgeType(type.ConvertedType));
    }

    private static Refusal? JudgeSyntax(SyntaxNode node) => node switch
    {
        AttributeListSyntax => new Refusal("an attribute", node.ToString()),
        LambdaExpressionSyntax { Block: not null } or AnonymousMethodExpressionSyntax => new Refusal(Statements, Shorten(node)) { Hint = Hint },
        LambdaExpressionSyntax { AsyncKeyword.RawKind: (int)SyntaxKind.AsyncKeyword } => new Refusal("asynchronous code", Shorten(node)),
        UnsafeStatementSyntax or FixedStatementSyntax or PointerTypeSyntax or FunctionPointerTypeSyntax
            or StackAllocArrayCreationExpressionSyntax or ImplicitStackAllocArrayCreationExpressionSyntax
            or MakeRefExpressionSyntax or RefTypeExpressionSyntax or RefValueExpressionSyntax
            => new Refusal("unsafe code", node.GetFirstToken().Text),
        ExpressionSyntax when node.IsKind(SyntaxKind.ArgListExpression) || node.IsKind(SyntaxKind.PointerIndirectionExpression)
            || node.IsKind(SyntaxKind.AddressOfExpression) || node.IsKind(SyntaxKind.PointerMemberAccessExpression)
            => new Refusal("unsafe code", node.ToString()),
        LocalFunctionStatementSyntax local when local.Modifiers.Any(m => m.IsKind(SyntaxKind.UnsafeKeyword) || m.IsKind(SyntaxKind.ExternKeyword))
            => new Refusal("unsafe code", local.Identifier.Text),
        _ => null,
    };

    /// <summary>
    /// Only what the expression declares there and then may be given a value (<c>out var n</c>, <c>out _</c>): a condition
    /// reads, it never writes, not even its own locals, so that no text can double itself over and over.
    /// </summary>
    private static Refusal? JudgeTarget(SemanticModel model, ExpressionSyntax target)
    {
        switch (target)
        {
            case DeclarationExpressionSyntax:
                return null;
            case TupleExpressionSyntax tuple:
                return tuple.Arguments.Select(a => JudgeTarget(model, a.Expression)).FirstOrDefault(r => r is not null);
            case ParenthesizedExpressionSyntax parenthesized:
                return JudgeTarget(model, parenthesized.Expression);
            default:
                break;
        }

        // Only a target that does not bind at all (already an error) passes unnamed.
        var symbol = model.GetSymbolInfo(target).Symbol;
        var unbound = symbol is null && model.GetTypeInfo(target).Type is null or { TypeKind: TypeKind.Error };
        return symbol is IDiscardSymbol || unbound ? null : new Refusal("changing state", target.ToString());
    }

    /// <summary>
    /// A lambda may only be an argument of a method call (LINQ's <c>Any</c>, <c>Where</c>, ...), converted to a
    /// <c>Func</c>, <c>Predicate</c> or <c>Comparison</c>: then no one holds it but that method, so it cannot be called
    /// by itself or anything it is passed to.
    /// </summary>
    private static bool IsPassedToMethod(SemanticModel model, LambdaExpressionSyntax lambda)
    {
        if (lambda.Parent is not ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax call } })
        {
            return false;
        }

        // A call that does not bind is a compile error already, reported at its place: it will never run.
        return model.GetSymbolInfo(call).Symbol switch
        {
            null => true,
            IMethodSymbol { MethodKind: MethodKind.Ordinary or MethodKind.ReducedExtension } =>
                model.GetTypeInfo(lambda).ConvertedType is not INamedTypeSymbol { TypeKind: TypeKind.Delegate } target
                || (target.OriginalDefinition.ContainingNamespace.ToDisplayString() == "System" && target.Name is "Func" or "Predicate" or "Comparison"),
            _ => false,
        };
    }

    /// <summary>Whether a name bound to a method is the method a call calls (not a method group, which is a delegate).</summary>
    private static bool IsCalled(ExpressionSyntax expression)
    {
        var called = expression.Parent is MemberAccessExpressionSyntax access && access.Name == expression ? access : expression;
        return called.Parent is InvocationExpressionSyntax invocation && invocation.Expression == called
               || called.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } } } };
    }

    /// <summary>Counts that make a text or an array as large as they say: allowed only as small constants.</summary>
    private static Refusal? JudgeCounts(SemanticModel model, ExpressionSyntax expression, ISymbol? symbol)
    {
        switch (expression)
        {
            case InvocationExpressionSyntax call when symbol is IMethodSymbol { Name: "PadLeft" or "PadRight", ContainingType.SpecialType: SpecialType.System_String }:
                return call.ArgumentList.Arguments.Count > 0 && TooLarge(model, call.ArgumentList.Arguments[0].Expression) is { } width
                    ? new Refusal($"padding a text to a width that is not a number up to {MaxCount:N0}", width) { At = call.ArgumentList.Arguments[0] }
                    : null;
            case BaseObjectCreationExpressionSyntax { ArgumentList.Arguments: { Count: 2 } arguments } when symbol is IMethodSymbol { ContainingType.SpecialType: SpecialType.System_String }:
                return TooLarge(model, arguments[1].Expression) is { } count
                    ? new Refusal($"a text repeated a number of times that is not up to {MaxCount:N0}", count) { At = arguments[1] }
                    : null;
            case ArrayCreationExpressionSyntax array:
                return array.Type.RankSpecifiers.SelectMany(r => r.Sizes).FirstOrDefault(s => s is not OmittedArraySizeExpressionSyntax && TooLarge(model, s) is not null) is { } size
                    ? new Refusal($"an array of a size that is not a number up to {MaxCount:N0} (write its items: new[] {{ 1, 2 }})", size.ToString()) { At = size }
                    : null;
            case InvocationExpressionSyntax call when symbol is IMethodSymbol { Name: "ToString" or "Format" or "TryFormat" }:
                return call.ArgumentList.Arguments
                    .Select(a => model.GetConstantValue(a.Expression) is { HasValue: true, Value: string text } ? text : null)
                    .FirstOrDefault(text => text is not null && LargestNumber(text) > MaxCount) is { } format
                    ? new Refusal($"a format with a number larger than {MaxCount:N0}", format)
                    : null;
            default:
                return null;
        }
    }

    /// <summary>The text of <paramref name="count"/> when it is not a constant number up to <see cref="MaxCount"/>, else null.</summary>
    private static string? TooLarge(SemanticModel model, ExpressionSyntax count) =>
        model.GetConstantValue(count) is { HasValue: true, Value: { } value } && value is int or long or short or byte or sbyte or ushort or uint or ulong
                                                                                && Convert.ToDecimal(value, CultureInfo.InvariantCulture) <= MaxCount
            ? null
            : count.ToString();

    /// <summary>The largest number written in a text (a width or a precision in a format: <c>{0,100000}</c>, <c>D100000</c>).</summary>
    private static long LargestNumber(string text)
    {
        long largest = 0, current = 0;
        foreach (var c in text)
        {
            current = char.IsAsciiDigit(c) ? Math.Min(long.MaxValue / 20, (current * 10) + (c - '0')) : 0;
            largest = Math.Max(largest, current);
        }

        return largest;
    }

    /// <summary>
    /// The start of a lambda as the user wrote it, enough to recognize it: <c>() =&gt; { while</c>… The budget checks put
    /// in its body are on hidden lines, and are left out.
    /// </summary>
    private static string Shorten(SyntaxNode node)
    {
        var text = new System.Text.StringBuilder();
        foreach (var token in node.DescendantTokens())
        {
            if (node.SyntaxTree.GetLineVisibility(token.SpanStart) == LineVisibility.Hidden)
            {
                continue;
            }

            text.Append(token.Text).Append(token.HasTrailingTrivia && token != node.GetLastToken() ? " " : "");
            if (text.Length > 30)
            {
                break;
            }
        }

        var shown = text.ToString().TrimEnd();
        return shown.Length <= 30 ? shown : shown[..30] + "…";
    }

    /// <summary><c>new Contact { Company = ... }</c> and <c>contact with { ... }</c> set a new object, which is fine.</summary>
    private static bool IsInitializer(AssignmentExpressionSyntax assignment) =>
        assignment.Parent is InitializerExpressionSyntax initializer
        && (initializer.IsKind(SyntaxKind.ObjectInitializerExpression) || initializer.IsKind(SyntaxKind.WithInitializerExpression));

    /// <summary>The name in <c>a.Name</c>, <c>a?.Name</c> and <c>A.Name</c> is judged with the whole access.</summary>
    private static bool IsNamePart(SyntaxNode node) => node.Parent switch
    {
        MemberAccessExpressionSyntax access => access.Name == node,
        MemberBindingExpressionSyntax binding => binding.Name == node,
        QualifiedNameSyntax qualified => qualified.Right == node,
        AliasQualifiedNameSyntax alias => alias.Name == node,
        _ => false,
    };

    /// <summary>Where a refusal points: the member's name in an access or a call, else the node's start.</summary>
    private static SyntaxNode Anchor(SyntaxNode node) => node switch
    {
        InvocationExpressionSyntax invocation => Anchor(invocation.Expression),
        MemberAccessExpressionSyntax access => access.Name,
        MemberBindingExpressionSyntax binding => binding.Name,
        QualifiedNameSyntax qualified => qualified.Right,
        AliasQualifiedNameSyntax alias => alias.Name,
        _ => node,
    };
}
