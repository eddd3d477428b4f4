using Playbook.Engine.Problems;
using Playbook.Engine.Templates;

namespace Playbook.Engine.Catalog;

/// <summary>
/// The templates of a <see cref="PlaybookCatalog"/>: the built-ins, then each user templates folder laid over them
/// (a later file of the same name and language replaces an earlier one).
/// </summary>
internal static class CatalogTemplates
{
    /// <summary>The templates folders that go with <paramref name="playbookPaths"/>: <c>templates/</c> inside a folder, or beside a file.</summary>
    public static IReadOnlyList<string> FoldersFor(IEnumerable<string> playbookPaths)
    {
        var folders = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in playbookPaths)
        {
            var folder = Directory.Exists(path) ? path : File.Exists(path) ? Path.GetDirectoryName(path) ?? "" : null;
            if (folder is null)
            {
                continue;
            }

            var templates = Path.Combine(folder, TemplateLibrary.FolderName);
            if (seen.Add(Path.GetFullPath(templates)))
            {
                folders.Add(templates);
            }
        }

        return folders;
    }

    /// <summary>
    /// The library of the built-ins (when <paramref name="includeBuiltIns"/>) and the <c>*.liquid</c> files of
    /// <paramref name="folders"/> in order; <paramref name="problems"/> gets the library's problems and the files that
    /// could not be read.
    /// </summary>
    public static TemplateLibrary Load(bool includeBuiltIns, IEnumerable<string> folders, TemplateLibraryOptions options, out List<Problem> problems)
    {
        var sources = new List<TemplateSource>(includeBuiltIns ? BuiltInPlaybooks.Templates : []);
        var unreadable = new List<Problem>();
        foreach (var folder in folders.Where(Directory.Exists))
        {
            // Hidden files are editors' swap and lock files, not templates (as TemplateLibrary.Load reads a folder).
            var files = Directory.EnumerateFiles(folder)
                .Where(f => f.EndsWith(TemplateLibrary.FileExtension, StringComparison.OrdinalIgnoreCase) && !Path.GetFileName(f).StartsWith('.'))
                .Order(StringComparer.Ordinal);
            foreach (var file in files)
            {
                // Named by its template, so that the playbooks drafting with it are held back too.
                var name = TemplateFileName.TryParse(Path.GetFileName(file), out var template, out _, out _) ? template : null;
                try
                {
                    var (text, refusal) = TemplateLimits.ReadFile(file);
                    if (refusal is not null)
                    {
                        unreadable.Add(new Problem(file, 1, 1, refusal) { Subject = name });
                        continue;
                    }

                    sources.Add(new TemplateSource(file, text!));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    unreadable.Add(Problem.ForFile(file, $"cannot be read: {e.Message}") with { Subject = name });
                }
            }
        }

        var library = TemplateLibrary.FromSources(sources, options);
        problems = [.. library.Problems, .. unreadable];
        return library;
    }
}
