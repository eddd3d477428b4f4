using System.Globalization;
using System.Text.RegularExpressions;
using Fluid;
using Playbook.Engine.Problems;

namespace Playbook.Engine.Templates;

/// <summary>
/// What every template of a library shares: one parser, one set of options (snake_case members of the model
/// types, the clock, the limits), the checks, and the render call. Built once; thread-safe to use. Every parsed template
/// is guarded (<see cref="TemplateGuard"/>) and rendered within <see cref="TemplateLimits"/>. The parser
/// and the options are made on first use: a command whose templates all passed their checks before (see
/// <see cref="CheckedTemplates"/>) and that renders nothing never pays for them.
/// </summary>
internal sealed partial class LiquidEnvironment
{
    private readonly Lazy<FluidParser> _parser = new(() => new FluidParser());
    private readonly Lazy<TemplateShapes> _shapes;
    private readonly Lazy<TemplateOptions> _options;
    private readonly Lazy<List<string>> _filters;
    private readonly CheckedTemplates _checked;

    public LiquidEnvironment(TemplateLibraryOptions settings)
    {
        _shapes = new(() => new TemplateShapes(settings.AnalysisType));
        _options = new(() => _shapes.Value.CreateOptions(settings));
        _filters = new(() => [.. _options.Value.Filters.Select(f => f.Key).Order(StringComparer.Ordinal)]);
        _checked = new CheckedTemplates(settings.CheckedFolder, settings.AnalysisType);
    }

    /// <summary>
    /// Parses and checks <paramref name="source"/>, adding each problem to <paramref name="problems"/> placed in
    /// <paramref name="file"/> counting from <paramref name="line"/> and <paramref name="column"/>, where the text starts
    /// (1 and 1 for a file of its own; every line is taken to start at that column, as in a YAML block scalar).
    /// </summary>
    /// <returns>The parsed template, or null when it does not parse.</returns>
    public ParsedTemplate? Compile(string source, string file, string? name, int line, int column, List<Problem> problems)
    {
        if (_checked.Passed(source))
        {
            return new ParsedTemplate(() => TemplateGuard.Guard(_parser.Value.Parse(DraftText.Prepare(source))));
        }

        var before = problems.Count;
        var parsed = Check(source, file, name, line, column, problems);
        if (parsed is not null && problems.Count == before)
        {
            _checked.Remember(source);
        }

        return parsed is null ? null : new ParsedTemplate(TemplateGuard.Guard(parsed));
    }

    private IFluidTemplate? Check(string source, string file, string? name, int line, int column, List<Problem> problems)
    {
        var before = problems.Count;
        if (source.Length > TemplateLimits.MaxFileLength)
        {
            problems.Add(Place(file, name, line, column, 1, 1,
                $"the template has {TemplateLimits.Show(source.Length)} characters; a template may have at most {TemplateLimits.Show(TemplateLimits.MaxFileLength)}"));
        }

        var text = DraftText.Prepare(source);

        // Fluid's parser recurses: what nests too deep must be refused before it parses, or it overflows the stack.
        problems.AddRange(LiquidNesting.Scan(text).Select(n => Place(file, name, line, column, n.Line, n.Column, n.Message)));
        if (problems.Count > before)
        {
            return null;
        }

        if (!_parser.Value.TryParse(text, out var parsed, out var error))
        {
            var firstLine = error.Split('\n')[0].Trim();
            var match = FluidPosition().Match(firstLine);
            if (!match.Success)
            {
                problems.Add(Problem.ForFile(file, firstLine) with { Subject = name });
                return null;
            }

            var errorLine = Number(match.Groups["line"]);
            var errorColumn = Math.Min(Number(match.Groups["column"]), DraftText.VisibleLength(text, errorLine) + 1);
            problems.Add(Place(file, name, line, column, errorLine, errorColumn, match.Groups["message"].Value));
            return null;
        }

        foreach (var (message, where) in TemplateCheck.Run(parsed, _shapes.Value, _filters.Value))
        {
            var found = where.Match(text);
            if (!found.Success)
            {
                problems.Add(Problem.ForFile(file, message) with { Subject = name });
                continue;
            }

            var lineStart = found.Index == 0 ? 0 : text.LastIndexOf('\n', found.Index - 1) + 1;
            var foundLine = 1 + text.AsSpan(0, found.Index).Count('\n');
            problems.Add(Place(file, name, line, column, foundLine, found.Index - lineStart + 1, message));
        }

        return parsed;
    }

    /// <summary>The tidied text of <paramref name="template"/> for <paramref name="model"/>.</summary>
    /// <exception cref="TemplateException">Rendering failed (a runaway loop, a division by zero, a limit, ...).</exception>
    public string Render(ParsedTemplate template, CultureInfo culture, TemplateModel model, string name, string file)
    {
        string text;
        try
        {
            var context = new BoundedContext(model, _options.Value) { CultureInfo = culture };
            var writer = new BoundedWriter(context, "the text");
            var rendering = template.Value.RenderAsync(writer, context, NullEncoder.Default);
            if (!rendering.IsCompletedSuccessfully)
            {
                rendering.AsTask().GetAwaiter().GetResult();
            }

            text = writer.ToString();
        }
        catch (TemplateLimitException e)
        {
            throw new TemplateException(name, file, $"rendering stopped: {e.Message}", e);
        }
        catch (Exception e) when (e is InvalidOperationException or ArithmeticException or FormatException or ArgumentException or FluidException
                                       or IOException or InsufficientExecutionStackException)
        {
            throw new TemplateException(name, file, $"rendering failed: {Explain(e)}", e);
        }

        return DraftText.Tidy(text);
    }

    private static Problem Place(string file, string? name, int startLine, int startColumn, int line, int column, string message) =>
        new(file, startLine + line - 1, startColumn + column - 1, message) { Subject = name };

    private static int Number(Group group) => int.Parse(group.Value, CultureInfo.InvariantCulture);

    // Without include files or recursion, Fluid's "maximum level of recursion" can only mean MaxSteps was reached.
    private string Explain(Exception e) =>
        e is InvalidOperationException && e.Message.Contains("recursion", StringComparison.OrdinalIgnoreCase)
            ? $"it ran more than {_options.Value.MaxSteps} steps; is a loop too long?"
            : e.Message;

    /// <summary>Fluid says <c>Unknown tag 'foo' at (3:9)</c>, then the source: the message and the position apart.</summary>
    [GeneratedRegex(@"^(?<message>.*?) at \((?<line>\d+):(?<column>\d+)\)$", RegexOptions.CultureInvariant)]
    private static partial Regex FluidPosition();
}
