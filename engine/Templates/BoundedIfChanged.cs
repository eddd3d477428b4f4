using System.Text.Encodings.Web;
using Fluid;
using Fluid.Ast;

namespace Playbook.Engine.Templates;

/// <summary>
/// <c>{% ifchanged %}...{% endifchanged %}</c> written into a <see cref="BoundedWriter"/>, as <see cref="BoundedCapture"/>
/// is: writes its body when it differs from what the last <c>ifchanged</c> of the render wrote.
/// </summary>
internal sealed class BoundedIfChanged(IReadOnlyList<Statement> statements) : TagStatement(statements)
{
    private const string LastKey = "playbook:ifchanged";

    public override async ValueTask<Completion> WriteToAsync(TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        context.IncrementSteps();
        var body = new BoundedWriter((BoundedContext)context, "the text of an ifchanged block");
        var completion = Completion.Normal;
        foreach (var statement in Statements)
        {
            completion = await statement.WriteToAsync(body, encoder, context);
            if (completion != Completion.Normal)
            {
                break;
            }
        }

        var text = body.ToString();
        if (!context.AmbientValues.TryGetValue(LastKey, out var last) || !string.Equals(last as string, text, StringComparison.Ordinal))
        {
            context.AmbientValues[LastKey] = text;
            await writer.WriteAsync(text);
        }

        return completion;
    }
}
