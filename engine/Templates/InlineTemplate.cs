using System.Globalization;
using Playbook.Engine.Problems;

namespace Playbook.Engine.Templates;

/// <summary>
/// A Liquid text written inside a playbook, such as a <c>remind</c> step's text
/// (<c>Propose a call to {{ contact.first_name }}</c>), parsed once with the same names, checks and whitespace
/// rules as template files. Made by <see cref="TemplateLibrary.ParseInline"/>.
/// </summary>
public sealed class InlineTemplate
{
    private readonly LiquidEnvironment _environment;
    private readonly ParsedTemplate? _template;

    internal InlineTemplate(LiquidEnvironment environment, ParsedTemplate? template, string file, IReadOnlyList<Problem> problems)
    {
        _environment = environment;
        _template = template;
        File = file;
        Problems = problems;
    }

    /// <summary>The playbook file the text is in.</summary>
    public string File { get; }

    /// <summary>What is wrong with the text, placed in the playbook file; empty when all is well.</summary>
    public IReadOnlyList<Problem> Problems { get; }

    /// <summary>The text for <paramref name="model"/>, in the invariant culture (the text is for the user, not the contact).</summary>
    /// <exception cref="TemplateException">The text does not parse, or rendering failed.</exception>
    public string Render(TemplateModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return _template is null
            ? throw new TemplateException("", File, "the text has template errors; run 'playbook check' to see them")
            : _environment.Render(_template, CultureInfo.InvariantCulture, model, "", File);
    }
}
