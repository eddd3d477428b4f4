using Fluid;

namespace Playbook.Engine.Templates;

/// <summary>
/// A template that passed its checks: parsed already, or (when an earlier process checked the same text) parsed on
/// first render, so a command that renders nothing never builds Fluid's parser.
/// </summary>
internal sealed class ParsedTemplate
{
    private readonly Lazy<IFluidTemplate> _template;

    public ParsedTemplate(IFluidTemplate template) => _template = new Lazy<IFluidTemplate>(template);

    public ParsedTemplate(Func<IFluidTemplate> parse) => _template = new Lazy<IFluidTemplate>(parse, LazyThreadSafetyMode.ExecutionAndPublication);

    public IFluidTemplate Value => _template.Value;
}
