using Playbook.Engine.Playbooks;
using Playbook.Engine.Playbooks.Steps;
using Playbook.Engine.Problems;
using Playbook.Engine.Scripting;
using Playbook.Engine.Scripting.Api;
using Playbook.Engine.Templates;
using Playbook.Engine.Text;

namespace Playbook.Engine.Catalog;

/// <summary>
/// The playbook scripts of the user's folder: found, read with what they load, and, once compiled with the
/// conditions, run if trusted to learn the playbooks they declare.
/// </summary>
internal static class CatalogScripts
{
    /// <summary>
    /// The scripts among <paramref name="paths"/> (<c>*.csx</c> in a folder, not its subfolders, or a <c>.csx</c> file given
    /// alone), without the ones another script loads: those are its helpers and run as part of it.
    /// </summary>
    public static List<ScriptSource> Find(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*" + ScriptSource.Extension)
                    .Where(f => !Path.GetFileName(f).StartsWith('.'))
                    .Order(StringComparer.Ordinal));
            }
            else if (IsScript(path))
            {
                files.Add(path);
            }
        }

        var sources = files.Distinct(StringComparer.Ordinal).Select(ScriptSource.Read).ToList();
        var loaded = sources.SelectMany(s => s.Files.SkipLast(1)).Select(f => Path.GetFullPath(f.Path)).ToHashSet(StringComparer.Ordinal);
        return [.. sources.Where(s => !loaded.Contains(Path.GetFullPath(s.File)))];
    }

    /// <summary>Whether <paramref name="path"/> names a script rather than a YAML playbook.</summary>
    public static bool IsScript(string path) => path.EndsWith(ScriptSource.Extension, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Runs each compiled, trusted script to collect the playbooks it declares; every problem goes to
    /// <paramref name="problems"/>, and a script with any problem declares none.
    /// </summary>
    public static (List<PlaybookDefinition> Playbooks, List<ScriptEntry> Entries) Declare(
        IReadOnlyList<ScriptSource> scripts, CompiledConditions compiled, TrustStore? trust, TemplateLibrary templates, List<Problem> problems)
    {
        var playbooks = new List<PlaybookDefinition>();
        var entries = new List<ScriptEntry>();
        foreach (var script in scripts)
        {
            var hash = TrustStore.HashOf(script);
            var trusted = trust?.IsTrusted(script) ?? false;
            if (!compiled.IsScriptCompiled(script.Key) || !trusted)
            {
                entries.Add(new ScriptEntry(script.File, hash, compiled.IsScriptCompiled(script.Key), trusted, []));
                continue;
            }

            List<PlaybookBuilder> builders;
            try
            {
                builders = ScriptApi.Collect(() => compiled.RunScript(script.Key));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                var at = ScriptFrames.Where(e) ?? new SourceLocation(script.File, 1, 1);
                problems.Add(Problem.At(at, $"the script threw {e.GetType().Name} while declaring its playbooks: {e.Message}"));
                entries.Add(new ScriptEntry(script.File, hash, Compiled: true, trusted, []));
                continue;
            }

            var before = problems.Count;
            var declared = ScriptPlaybooks.Build(builders, script.File, hash, problems);
            foreach (var playbook in declared)
            {
                foreach (var draft in playbook.Steps.OfType<DraftStep>().Where(d => !templates.Exists(d.Template)))
                {
                    problems.Add(Problem.At(draft.Location,
                        DidYouMean.Unknown("template", draft.Template, templates.Names, "the templates are")));
                }
            }

            // A script is one piece of code: with any mistake in what it declares, it declares nothing, as one with a
            // compile error does, rather than some of its playbooks running without the others.
            if (problems.Count > before)
            {
                entries.Add(new ScriptEntry(script.File, hash, Compiled: true, trusted, []));
                continue;
            }

            playbooks.AddRange(declared);
            entries.Add(new ScriptEntry(script.File, hash, Compiled: true, trusted, [.. declared.Select(p => p.Name)]));
        }

        return (playbooks, entries);
    }
}
