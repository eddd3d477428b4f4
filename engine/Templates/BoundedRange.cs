using Fluid;
using Fluid.Ast;
using Fluid.Values;

namespace Playbook.Engine.Templates;

/// <summary>
/// A range, <c>(1..n)</c>, that refuses to hold more than <see cref="TemplateLimits.MaxItems"/> numbers. Fluid makes a
/// range as an array of every number in it, before a loop counts a single step: <c>(1..2000000000)</c> asks for
/// gigabytes. Put in place of Fluid's own by <see cref="TemplateGuard"/>.
/// </summary>
internal sealed class BoundedRange(RangeExpression range) : Expression
{
    /// <summary>The range as Fluid parsed it.</summary>
    public RangeExpression Range { get; } = range;

    public override async ValueTask<FluidValue> EvaluateAsync(TemplateContext context)
    {
        var from = decimal.Truncate((await Range.From.EvaluateAsync(context)).ToNumberValue());
        var to = decimal.Truncate((await Range.To.EvaluateAsync(context)).ToNumberValue());
        var count = to < from ? 0 : to - from + 1;
        if (count > TemplateLimits.MaxItems)
        {
            throw new TemplateLimitException(
                $"the range ({from}..{to}) has {TemplateLimits.Show((long)Math.Min(count, long.MaxValue))} numbers; a range may have at most {TemplateLimits.Show(TemplateLimits.MaxItems)}");
        }

        var values = new FluidValue[(int)count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = NumberValue.Create(from + i);
        }

        return new ArrayValue(values);
    }
}
