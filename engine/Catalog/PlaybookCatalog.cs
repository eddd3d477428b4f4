using Playbook.Engine.Playbooks;
using Playbook.Engine.Playbooks.Loading;
using Playbook.Engine.Playbooks.Steps;
using Playbook.Engine.Problems;
using Playbook.Engine.Scripting;
using Playbook.Engine.Scripting.Api;
using Playbook.Engine.Templates;

namespace Playbook.Engine.Catalog;

/// <summary>
/// Everything a run needs, loaded and checked once: the templates (built-in, with the user's laid over them), the
/// playbooks (built-in, with the user's replacing those of the same name), every condition compiled in one
/// compilation, and every <c>remind</c> text parsed. <see cref="Problems"/> holds every problem of every file at
/// once; a playbook with any problem of its own (in its file, its conditions, its remind texts or a template it drafts
/// with) is disabled, so nothing of it runs, and the others still do. Dispose it to unload the compiled conditions.
/// </summary>
public sealed class PlaybookCatalog : IDisposable
{
    private readonly Dictionary<string, PlaybookDefinition> _enabled;
    private readonly Dictionary<(string Playbook, string Step), InlineTemplate> _remindTexts;

    private PlaybookCatalog(
        TemplateLibrary templates,
        CompiledConditions conditions,
        IReadOnlyList<CatalogEntry> entries,
        IReadOnlyList<WithheldPlaybook> withheld,
        IReadOnlyList<Problem> problems,
        Dictionary<(string Playbook, string Step), InlineTemplate> remindTexts)
    {
        Templates = templates;
        Conditions = conditions;
        Entries = entries;
        Withheld = withheld;
        Problems = problems;
        _remindTexts = remindTexts;
        Enabled = [.. entries.Where(e => e.Enabled).Select(e => e.Definition)];
        _enabled = Enabled.ToDictionary(p => p.Name, StringComparer.Ordinal);
    }

    /// <summary>Every playbook that loaded: built-ins in their order (a replaced one in its place), then the user's; enabled or not.</summary>
    public IReadOnlyList<CatalogEntry> Entries { get; }

    /// <summary>The playbooks that run: those of <see cref="Entries"/> without problems, in the same order.</summary>
    public IReadOnlyList<PlaybookDefinition> Enabled { get; }

    /// <summary>Built-ins that do not run because a user file claims their name but has problems.</summary>
    public IReadOnlyList<WithheldPlaybook> Withheld { get; }

    /// <summary>The user's files that gave no playbook: with problems that kept them from loading, or scripts not trusted.</summary>
    public IReadOnlyList<UnloadedFile> Unloaded { get; private init; } = [];

    /// <summary>The playbook scripts found with the user's playbooks, trusted or not.</summary>
    public IReadOnlyList<ScriptEntry> Scripts { get; private init; } = [];

    /// <summary>The scripts that compiled but may not run until they are trusted.</summary>
    public IEnumerable<ScriptEntry> Untrusted => Scripts.Where(s => s.Refusal is not null);

    /// <summary>The templates drafts are written with.</summary>
    public TemplateLibrary Templates { get; }

    /// <summary>The conditions of every entry, keyed by <see cref="ConditionKeys"/>.</summary>
    public CompiledConditions Conditions { get; }

    /// <summary>
    /// Every problem of every playbook file, template file, condition and remind text, by file, line and column,
    /// each once: what <c>playbook check</c> prints.
    /// </summary>
    public IReadOnlyList<Problem> Problems { get; }

    /// <summary>Whether there is any problem (what <c>playbook check</c> exits 1 for).</summary>
    public bool HasProblems => Problems.Count > 0;

    /// <summary>Loads and checks the built-ins and the user's playbooks and templates as <paramref name="options"/> say.</summary>
    public static PlaybookCatalog Load(CatalogOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var userPaths = UserPaths(options);
        var templateOptions = new TemplateLibraryOptions
        {
            Time = options.Time,
            AnalysisType = options.AnalysisType,
            CheckedFolder = options.CacheFolder is { } cache ? Path.Combine(cache, "templates") : null,
        };
        var templates = CatalogTemplates.Load(options.IncludeBuiltIns, CatalogTemplates.FoldersFor(userPaths), templateOptions, out var templateProblems);
        var builtIns = options.IncludeBuiltIns ? PlaybookLoader.Parse(BuiltInPlaybooks.Playbooks, templates.Names) : LoadResult.Empty;
        var yamlPaths = userPaths.Where(p => !CatalogScripts.IsScript(p)).ToList();
        var user = yamlPaths.Count > 0 ? PlaybookLoader.Load(yamlPaths, templates.Names) : LoadResult.Empty;
        var scripts = CatalogScripts.Find(userPaths);
        var set = PlaybookSet.Merge(builtIns.Playbooks, user.Playbooks, user.Rejected);

        // The YAML playbooks' conditions and the scripts, in one compilation (or none, from the cache); with them the
        // conditions of files that have problems, so that check reports every problem of a file at once.
        IReadOnlyList<RejectedParts> rejected = [.. builtIns.RejectedParts, .. user.RejectedParts];
        var conditions = ConditionCompiler.Compile(
            [.. set.Playbooks.SelectMany(CatalogConditions.Of), .. CatalogConditions.OfRejected(rejected)], options.CacheFolder, scripts);
        try
        {
            var scriptProblems = new List<Problem>();
            // Read only when there are scripts to trust: the trust file is JSON, and a start without scripts need not load a JSON reader.
            var trust = scripts.Count > 0 && options.TrustFile is { } trustFile ? TrustStore.Open(trustFile) : null;
            var (declared, scriptEntries) = CatalogScripts.Declare(scripts, conditions, trust, templates, scriptProblems);
            if (declared.Count > 0)
            {
                var taken = user.Playbooks.ToDictionary(p => p.Name, p => p.SourceFile, StringComparer.Ordinal);
                var added = new List<PlaybookDefinition>();
                foreach (var script in declared.GroupBy(p => p.SourceFile, StringComparer.Ordinal))
                {
                    // A script that claims a name already taken declares nothing, as with any other mistake in it.
                    var names = new Dictionary<string, string>(taken, StringComparer.Ordinal);
                    var clashes = 0;
                    foreach (var playbook in script)
                    {
                        if (!names.TryAdd(playbook.Name, playbook.SourceFile))
                        {
                            clashes++;
                            scriptProblems.Add(Problem.At(playbook.NameLocation,
                                $"playbook '{playbook.Name}' is also defined in {names[playbook.Name]}; give one of them another name"));
                        }
                    }

                    if (clashes == 0)
                    {
                        taken = names;
                        added.AddRange(script);
                    }
                }

                set = PlaybookSet.Merge(builtIns.Playbooks, [.. user.Playbooks, .. added], user.Rejected);
            }

            var remindTexts = new Dictionary<(string Playbook, string Step), InlineTemplate>();
            foreach (var playbook in set.Playbooks)
            {
                foreach (var remind in playbook.Steps.OfType<RemindStep>())
                {
                    var at = remind.TextLocation;
                    remindTexts[(playbook.Name, remind.Id)] = templates.ParseInline(remind.Text, at.File, at.Line, at.Column);
                }
            }

            var rejectedReminds = rejected.SelectMany(r => r.Reminds)
                .SelectMany(r => templates.ParseInline(r.Text, r.TextLocation.File, r.TextLocation.Line, r.TextLocation.Column).Problems)
                .ToList();
            var off = options.SwitchedOffFile is { } offFile ? SwitchedOff.Open(offFile) : null;
            var replacements = CatalogReplacements.Check(set.Playbooks, user.Rejected.Select(r => r.Name));
            var entries = set.Entries
                .Select(e => Entry(e, conditions, templateProblems, remindTexts, replacements.GetValueOrDefault(e.Definition.Name) ?? []))
                .Select(e => off?.Contains(e.Definition.Name) == true ? e with { Enabled = false, SwitchedOff = true } : e)
                .ToList();
            IEnumerable<Problem> problems =
            [
                .. builtIns.Problems,
                .. user.Problems,
                .. templateProblems,
                .. conditions.Problems,
                .. remindTexts.Values.SelectMany(t => t.Problems),
                .. rejectedReminds,
                .. scriptProblems,
                .. replacements.Values.SelectMany(p => p),
            ];
            var sorted = Sorted(problems);
            return new PlaybookCatalog(templates, conditions, entries, set.Withheld, sorted, remindTexts)
            {
                Scripts = scriptEntries,
                Unloaded = FindUnloaded(entries, user.Rejected, scriptEntries, sorted),
            };
        }
        catch
        {
            conditions.Dispose();
            throw;
        }
    }

    /// <summary>The enabled playbooks that say <c>instead_of</c> <paramref name="name"/>, in catalog order.</summary>
    public IReadOnlyList<PlaybookDefinition> ReplacementsOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return [.. Enabled.Where(p => string.Equals(p.InsteadOf, name, StringComparison.Ordinal))];
    }

    /// <summary>The enabled playbook named <paramref name="name"/>, or null when there is none or it has problems.</summary>
    public PlaybookDefinition? Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _enabled.GetValueOrDefault(name);
    }

    /// <summary>
    /// Evaluates <paramref name="condition"/> (a compiled YAML condition, found by <paramref name="key"/>, or a script's
    /// lambda) over <paramref name="context"/>.
    /// </summary>
    /// <exception cref="ConditionException">The condition threw (with the script's file and line when it is a lambda), or did not compile.</exception>
    public bool Evaluate(Expression condition, string key, ConditionContext context)
    {
        ArgumentNullException.ThrowIfNull(condition);
        if (condition.Code is not { } code)
        {
            return Conditions.Evaluate(key, context);
        }

        try
        {
            return code(context);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var at = ScriptFrames.Where(e) ?? condition.Location;
            throw new ConditionException(new ConditionSource(key, condition.Source, at.File, at.Line, at.Column), $"failed: {e.GetType().Name}: {e.Message}", e);
        }
    }

    /// <summary>The parsed text of the <c>remind</c> step <paramref name="stepId"/> of <paramref name="playbook"/>.</summary>
    /// <exception cref="ArgumentException">No entry has such a remind step.</exception>
    public InlineTemplate RemindText(string playbook, string stepId)
    {
        ArgumentNullException.ThrowIfNull(playbook);
        ArgumentNullException.ThrowIfNull(stepId);
        return _remindTexts.TryGetValue((playbook, stepId), out var text)
            ? text
            : throw new ArgumentException($"The playbook '{playbook}' has no remind step '{stepId}'.", nameof(stepId));
    }

    /// <summary>Unloads the compiled conditions.</summary>
    public void Dispose() => Conditions.Dispose();

    /// <summary>The user's folder when it exists, then the paths to check.</summary>
    private static List<string> UserPaths(CatalogOptions options)
    {
        var paths = new List<string>();
        if (options.UserFolder is { } folder && (Directory.Exists(folder) || File.Exists(folder)))
        {
            paths.Add(folder);
        }

        paths.AddRange(options.CheckPaths);
        return paths;
    }

    private static List<UnloadedFile> FindUnloaded(
        List<CatalogEntry> entries, IReadOnlyList<RejectedPlaybook> rejected, IReadOnlyList<ScriptEntry> scripts, List<Problem> problems)
    {
        var loaded = entries.Select(e => e.Definition.SourceFile).ToHashSet(StringComparer.Ordinal);
        var claims = rejected.GroupBy(r => r.File, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
        var broken = problems
            .Where(p => Path.GetExtension(p.File) is ".yaml" or ".yml" or ".csx" && !loaded.Contains(p.File))
            .GroupBy(p => p.File, StringComparer.Ordinal)
            .Select(g => new UnloadedFile(g.Key, claims.GetValueOrDefault(g.Key), UnloadedFile.Broken, g.Count()));
        var untrusted = scripts.Where(s => s.Refusal is not null).Select(s => new UnloadedFile(s.File, null, UnloadedFile.NotTrusted, 0));
        return [.. broken.Concat(untrusted).OrderBy(f => f.File, StringComparer.Ordinal)];
    }

    private static CatalogEntry Entry(
        PlaybookEntry entry,
        CompiledConditions conditions,
        IReadOnlyList<Problem> templateProblems,
        Dictionary<(string Playbook, string Step), InlineTemplate> remindTexts,
        IReadOnlyList<Problem> replacementProblems)
    {
        var playbook = entry.Definition;
        var sources = CatalogConditions.Of(playbook).ToList();
        var keys = sources.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        var uncompiled = sources.Where(s => !conditions.IsCompiled(s.Key)).ToList();
        var used = playbook.Steps.OfType<DraftStep>().SelectMany(d => d.Choices).Select(c => c.Template).ToHashSet(StringComparer.Ordinal);
        var problems = new List<Problem>();

        // A problem of no condition in particular (the compilation as a whole failed) concerns every playbook it left uncompiled.
        problems.AddRange(conditions.Problems
            .Where(p => p.Subject is { } key ? keys.Contains(key) : uncompiled.Count > 0)
            );
        if (problems.Count == 0 && uncompiled.Count > 0)
        {
            problems.AddRange(uncompiled.Select(s => new Problem(s.File, s.Line, s.Column, "the condition did not compile")));
        }

        problems.AddRange(templateProblems.Where(p => p.Subject is { } name && used.Contains(name)));
        problems.AddRange(playbook.Steps.OfType<RemindStep>()
            .SelectMany(r => remindTexts[(playbook.Name, r.Id)].Problems)
            );
        problems.AddRange(replacementProblems);
        var sorted = Sorted(problems);
        return new CatalogEntry(playbook, entry.Origin, entry.Replaced, sorted.Count == 0, sorted);
    }

    private static List<Problem> Sorted(IEnumerable<Problem> problems) =>
        [.. problems.OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line).ThenBy(p => p.Column).Distinct()];
}
