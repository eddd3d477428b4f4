using System.Text.Encodings.Web;
using Fluid;
using Fluid.Ast;
using Fluid.Values;

namespace Playbook.Engine.Templates;

/// <summary>
/// <c>{% capture name %}...{% endcapture %}</c> written into a <see cref="BoundedWriter"/>: Fluid's own capture writes
/// into a buffer that grows without end, so a loop that captures a text twice over itself doubles it each time.
/// Put in place of Fluid's own by <see cref="TemplateGuard"/>.
/// </summary>
internal sealed class BoundedCapture(string identifier, IReadOnlyList<Statement> statements) : TagStatement(statements)
{
    public override async ValueTask<Completion> WriteToAsync(TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        context.IncrementSteps();
        var captured = new BoundedWriter((BoundedContext)context, $"the text captured in '{identifier}'");
        var completion = Completion.Normal;
        foreach (var statement in Statements)
        {
            completion = await statement.WriteToAsync(captured, encoder, context);
            if (completion != Completion.Normal)
            {
                break;
            }
        }

        // Captured text is not encoded again, as Fluid's own capture does.
        context.SetValue(identifier, new StringValue(captured.ToString(), false));
        return completion;
    }
}
