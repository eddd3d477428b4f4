using Fluid;
using Fluid.Ast;

namespace Playbook.Engine.Templates;

/// <summary>
/// Rewrites a parsed template so that rendering it stays within <see cref="TemplateLimits"/>: ranges become
/// <see cref="BoundedRange"/>s, captures <see cref="BoundedCapture"/>s and <c>ifchanged</c> blocks
/// <see cref="BoundedIfChanged"/>s. Runs after <see cref="TemplateCheck"/>, which reads Fluid's own nodes.
/// </summary>
internal sealed class TemplateGuard : AstRewriter
{
    private TemplateGuard()
    {
    }

    /// <summary><paramref name="template"/>, guarded.</summary>
    public static IFluidTemplate Guard(IFluidTemplate template) => new TemplateGuard().VisitTemplate(template);

    protected override Expression VisitRangeExpression(RangeExpression rangeExpression) =>
        new BoundedRange((RangeExpression)base.VisitRangeExpression(rangeExpression));

    protected override Statement VisitCaptureStatement(CaptureStatement captureStatement)
    {
        var visited = (CaptureStatement)base.VisitCaptureStatement(captureStatement);
        return new BoundedCapture(visited.Identifier, visited.Statements);
    }

    protected override Statement VisitIfChangedStatement(IfChangedStatement ifChangedStatement)
    {
        var visited = (IfChangedStatement)base.VisitIfChangedStatement(ifChangedStatement);
        return new BoundedIfChanged(visited.Statements);
    }
}
