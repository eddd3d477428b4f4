using System.Globalization;
using Playbook.Engine.Languages;
using Playbook.Engine.Problems;
using Playbook.Engine.Text;

namespace Playbook.Engine.Templates;

/// <summary>
/// Every template a playbook can draft with, parsed once. A template is a Liquid file <c>NAME.liquid</c>
/// (any language) or <c>NAME.LANG.liquid</c> (<c>welcome.es.liquid</c>) in a templates folder: the built-ins
/// (<c>playbooks/templates/</c>, carried inside the executable) and the user's (<c>templates/</c> in the
/// playbooks folder). A later folder's file of the same name and language replaces an earlier one's, so a
/// user's <c>welcome.es.liquid</c> replaces the built-in Spanish welcome and leaves the English one in place.
/// Templates see snake_case names (<c>{{ contact.first_name }}</c>); see <see cref="TemplateModel"/>.
/// Every file is parsed once, when the library is built; rendering is thread-safe and reads members through
/// accessors Fluid compiled once for the model types.
/// </summary>
public sealed class TemplateLibrary
{
    /// <summary>The name of the templates folder inside a playbooks folder.</summary>
    public const string FolderName = "templates";

    /// <summary>The extension of template files.</summary>
    public const string FileExtension = ".liquid";

    /// <summary>The language tried after the asked one and the language-neutral file.</summary>
    public const string FallbackLanguage = "en";

    private readonly LiquidEnvironment _environment;
    private readonly Dictionary<string, Dictionary<string, TemplateVariant>> _templates = new(StringComparer.Ordinal);

    private TemplateLibrary(IEnumerable<TemplateSource> sources, List<Problem> problems, TemplateLibraryOptions settings)
    {
        _environment = new LiquidEnvironment(settings);

        // Later sources replace earlier ones; a replaced file is not parsed, so its problems no longer matter.
        var chosen = new Dictionary<(string Name, string Language), TemplateSource>();
        foreach (var source in sources)
        {
            if (!source.Path.EndsWith(FileExtension, StringComparison.OrdinalIgnoreCase))
            {
                problems.Add(Problem.ForFile(source.Path, $"is not a template: template files end in {FileExtension}"));
            }
            else if (TemplateFileName.TryParse(Path.GetFileName(source.Path), out var name, out var language, out var error))
            {
                chosen[(name, language ?? "")] = source;
            }
            else
            {
                problems.Add(Problem.ForFile(source.Path, error));
            }
        }

        foreach (var ((name, language), source) in chosen)
        {
            var template = _environment.Compile(source.Text, source.Path, name, 1, 1, problems);
            var variants = _templates.TryGetValue(name, out var found) ? found : _templates[name] = new(StringComparer.Ordinal);
            variants[language] = new TemplateVariant(name, language.Length == 0 ? null : language, source.Path, template, CultureOf(language));
        }

        Problems = [.. problems.OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line).ThenBy(p => p.Column)];
        Names = [.. _templates.Keys.Order(StringComparer.Ordinal)];
    }

    /// <summary>Everything wrong with the templates, every file at once, by file and position; empty when all is well.</summary>
    public IReadOnlyList<Problem> Problems { get; }

    /// <summary>The names of every template, sorted: for listings and did-you-mean suggestions.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>
    /// The templates in <paramref name="folders"/>, each folder's files replacing the earlier folders' files of the
    /// same name and language. A folder that does not exist holds nothing; subfolders are not read.
    /// </summary>
    public static TemplateLibrary Load(IEnumerable<string> folders, TemplateLibraryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(folders);
        var sources = new List<TemplateSource>();
        var problems = new List<Problem>();
        foreach (var folder in folders)
        {
            if (!Directory.Exists(folder))
            {
                continue;
            }

            // Hidden files are editors' swap and lock files, not templates.
            var files = Directory.EnumerateFiles(folder)
                .Where(f => f.EndsWith(FileExtension, StringComparison.OrdinalIgnoreCase) && !Path.GetFileName(f).StartsWith('.'))
                .Order(StringComparer.Ordinal);
            foreach (var file in files)
            {
                try
                {
                    var (text, refusal) = TemplateLimits.ReadFile(file);
                    if (refusal is not null)
                    {
                        problems.Add(new Problem(file, 1, 1, refusal));
                        continue;
                    }

                    sources.Add(new TemplateSource(file, text!));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    problems.Add(Problem.ForFile(file, $"cannot be read: {e.Message}"));
                }
            }
        }

        return new TemplateLibrary(sources, problems, options ?? TemplateLibraryOptions.Default);
    }

    /// <summary>
    /// The templates in <paramref name="sources"/>, later ones replacing earlier ones of the same name and language;
    /// a source whose path does not end in <c>.liquid</c> is a problem, not a template.
    /// </summary>
    public static TemplateLibrary FromSources(IEnumerable<TemplateSource> sources, TemplateLibraryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(sources);
        return new TemplateLibrary(sources, [], options ?? TemplateLibraryOptions.Default);
    }

    /// <summary>Whether a template called <paramref name="name"/> exists, in any language (even one with errors).</summary>
    public bool Exists(string name) => _templates.ContainsKey(name);

    /// <summary>The language codes <paramref name="name"/> has files for, sorted, with "" for its language-neutral file.</summary>
    public IReadOnlyList<string> LanguagesOf(string name) =>
        _templates.TryGetValue(name, out var variants) ? [.. variants.Keys.Order(StringComparer.Ordinal)] : [];

    /// <summary>
    /// Renders the variant of <paramref name="name"/> for <paramref name="language"/>: <c>NAME.LANG.liquid</c>, else
    /// <c>NAME.liquid</c>, else the English file, else the first other language in code order (de, es, fr, it, pt, …).
    /// The text follows the whitespace rules of templates: a tag-only line leaves nothing, blanks collapse, lines are trimmed.
    /// </summary>
    /// <exception cref="TemplateException">There is no such template, the chosen file has errors, or rendering failed.</exception>
    public RenderedTemplate Render(string name, string? language, TemplateModel model)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(model);
        var variant = Pick(name, language);
        if (variant.Template is null)
        {
            throw new TemplateException(name, variant.File, "the template has errors; run 'playbook check' to see them");
        }

        var text = _environment.Render(variant.Template, variant.Culture, model, name, variant.File);
        return new RenderedTemplate(name, text, variant.Language, variant.File);
    }

    /// <summary>Renders as <see cref="Render"/> does and measures the text against <paramref name="channel"/>'s limit.</summary>
    /// <exception cref="TemplateException">There is no such template, the chosen file has errors, or rendering failed.</exception>
    public RenderedDraft RenderDraft(string name, string? language, TemplateModel model, string? channel, ChannelLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(model);
        var forChannel = model with { Channel = string.IsNullOrWhiteSpace(channel) ? null : ChannelLimits.ChannelName(channel) };
        return limits.Measure(Render(name, language, forChannel), channel);
    }

    /// <summary>
    /// Parses a Liquid text written inside a playbook (a <c>remind</c> step's text) with the names, checks and
    /// whitespace rules of template files. Its problems are placed in <paramref name="file"/> counting from
    /// <paramref name="line"/> and <paramref name="column"/>, where the text starts.
    /// </summary>
    public InlineTemplate ParseInline(string text, string file, int line, int column)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(file);
        var problems = new List<Problem>();
        var template = _environment.Compile(text, file, null, line, column, problems);
        return new InlineTemplate(_environment, template, file, problems);
    }

    private TemplateVariant Pick(string name, string? language)
    {
        if (!_templates.TryGetValue(name, out var variants))
        {
            throw new TemplateException(name, null, DidYouMean.Unknown("template", name, Names, null));
        }

        var code = LanguageCodes.Normalize(language);
        if (code is not null && variants.TryGetValue(code, out var exact))
        {
            return exact;
        }

        if (variants.TryGetValue("", out var neutral) || variants.TryGetValue(FallbackLanguage, out neutral))
        {
            return neutral;
        }

        return variants[variants.Keys.Order(StringComparer.Ordinal).First()];
    }

    private static CultureInfo CultureOf(string language)
    {
        if (language.Length == 0)
        {
            return CultureInfo.InvariantCulture;
        }

        try
        {
            return CultureInfo.GetCultureInfo(language);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }
}
