using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Playbook.Engine.Scripting;

/// <summary>
/// The check that keeps a playbook from someone else harmless: a walk over the bound expression that refuses every
/// symbol and type outside the <see cref="AllowList"/>, unsafe code, attributes and writes to anything but the
/// expression's own locals. Children are judged before their parent and a refused child taints its parents, so
/// <c>System.IO.File.Exists(p)</c> is refused once, at <c>File</c>, not again at <c>Exists</c> and the call.
/// </summary>
internal sealed class ExpressionSafety(AllowList allowList)
{
    /// <summary>Every refusal in <paramref name="expression"/>, with where it is.</summary>
    public IReadOnlyList<(Location Location, Refusal Refusal)> Check(SemanticModel model, ExpressionSyntax expression)
    {
        var refusals = new List<(Location, Refusal)>();
        Visit(model, expression, refusals);
        return refusals;
    }

    private bool Visit(SemanticModel model, SyntaxNode node, List<(Location, Refusal)> refusals)
    {
        // Unsafe code and attributes are refused whole, before anything inside them is judged.
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
            refusals.Add((Anchor(node).GetLocation(), refusal));
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

        if (node is not ExpressionSyntax expression)
        {
            return null;
        }

        if (model.GetSymbolInfo(expression).Symbol is { } symbol && allowList.Judge(symbol) is { } bySymbol)
        {
            return bySymbol;
        }

        // A null or default literal takes the type its sibling gives it, and that sibling answers for the type.
        var type = model.GetTypeInfo(expression);
        return allowList.JudgeType(type.Type)
               ?? (type.Type is null && expression is LiteralExpressionSyntax ? null : allowList.JudgeType(type.ConvertedType));
    }

    private static Refusal? JudgeSyntax(SyntaxNode node) => node switch
    {
        AttributeListSyntax => new Refusal("an attribute", node.ToString()),
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

    /// <summary>Only the expression's own locals may change: a condition reads, it never writes.</summary>
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

        // An array element has no symbol: only a target that does not bind at all (already an error) passes unnamed.
        var symbol = model.GetSymbolInfo(target).Symbol;
        var unbound = symbol is null && model.GetTypeInfo(target).Type is null or { TypeKind: TypeKind.Error };
        // A ref local is an alias of what it refers to, which is not the expression's own.
        return symbol is ILocalSymbol { RefKind: RefKind.None } or IParameterSymbol { RefKind: RefKind.None } or IDiscardSymbol || unbound
            ? null
            : new Refusal("changing state", target.ToString());
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
