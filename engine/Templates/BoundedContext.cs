using Fluid;

namespace Playbook.Engine.Templates;

/// <summary>
/// The context of one render, which counts the work the render does: the characters it writes (into the draft or a
/// captured block) and the characters its filters make, so that a template that multiplies text in a loop stops
/// at <see cref="TemplateLimits.MaxWork"/> rather than when the memory runs out.
/// </summary>
internal sealed class BoundedContext(object model, TemplateOptions options) : TemplateContext(model, options)
{
    private long _work;

    /// <summary>Counts <paramref name="characters"/> more of work.</summary>
    /// <exception cref="TemplateLimitException">The render has done all it may.</exception>
    public void Charge(long characters)
    {
        _work += characters;
        if (_work > TemplateLimits.MaxWork)
        {
            throw new TemplateLimitException(
                $"it wrote and filtered more than {TemplateLimits.Show(TemplateLimits.MaxWork)} characters; is a loop or a filter making too much text?");
        }
    }
}
