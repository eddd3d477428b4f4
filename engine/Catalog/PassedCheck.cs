using System.Globalization;
using System.IO.Hashing;
using System.Text;
using Playbook.Engine.Scripting;
using Playbook.Engine.Templates;

namespace Playbook.Engine.Catalog;

/// <summary>
/// A check of the built-ins and the user's playbook folder that found no problem, remembered so that the next check of
/// the same files answers without reading a playbook or a template, as a build tool skips a target whose inputs did not
/// change. The entry (<c>checks/KEY</c> in the compile cache's folder) is named by a hash of everything such a check
/// reads: this build of the engine and of the program, the runtime, the folder's name, every file directly in it and in
/// its <c>templates</c> folder (name and bytes: playbooks, test files, templates) and the switched-off list. It holds
/// the playbooks' names and the compile cache's entry of their conditions, which must still be there: a check leaves
/// the conditions compiled for the runs that follow. A folder with scripts (<c>*.csx</c>) is never remembered: what a
/// script loads and whether it is trusted lie outside these files.
/// </summary>
public sealed class PassedCheck
{
    /// <summary>The layout of an entry; a change makes every older entry a miss.</summary>
    private const string Format = "playbook-check 1";

    /// <summary>Past this many bytes in the folder, a check is not remembered (hashing them would cost what it saves).</summary>
    private const long MaxBytes = 4 * 1024 * 1024;

    /// <summary>How many entries the folder keeps; older ones go when a new one is written.</summary>
    private const int Kept = 16;

    private readonly string _folder;
    private readonly string _file;
    private readonly string _conditionsFolder;

    private PassedCheck(string conditionsFolder, string key)
    {
        _conditionsFolder = conditionsFolder;
        _folder = Path.Combine(conditionsFolder, "checks");
        _file = Path.Combine(_folder, key);
    }

    /// <summary>
    /// The entry for a check with <paramref name="options"/> by <paramref name="program"/> (the assembly that prints it),
    /// or null when such a check is not remembered: no compile cache, paths given to check, a single playbook file for
    /// a folder, scripts, too many bytes, or files that cannot be read (the check itself then says why).
    /// </summary>
    public static PassedCheck? For(CatalogOptions options, System.Reflection.Assembly? program)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.CacheFolder is not { } cache || options.CheckPaths.Count > 0 || (options.UserFolder is { } user && File.Exists(user)))
        {
            return null;
        }

        try
        {
            var hash = new XxHash128();
            Add(hash, Format);
            Add(hash, typeof(PassedCheck).Assembly.ManifestModule.ModuleVersionId.ToString());
            Add(hash, program?.ManifestModule.ModuleVersionId.ToString() ?? "");
            Add(hash, Environment.Version.ToString());
            Add(hash, options.IncludeBuiltIns ? "built-ins" : "no built-ins");
            Add(hash, options.AnalysisType?.AssemblyQualifiedName ?? "");
            Add(hash, options.UserFolder is null ? "" : Path.GetFullPath(options.UserFolder));
            long bytes = 0;
            if (options.UserFolder is { } folder)
            {
                foreach (var files in new[] { folder, Path.Combine(folder, TemplateLibrary.FolderName) })
                {
                    if (!AddFolder(hash, files, ref bytes))
                    {
                        return null;
                    }
                }
            }

            Add(hash, options.SwitchedOffFile ?? "");
            if (options.SwitchedOffFile is { } off && File.Exists(off))
            {
                hash.Append(File.ReadAllBytes(off));
            }

            return new PassedCheck(cache, Convert.ToHexStringLower(hash.GetCurrentHash()));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The playbooks' names when this check passed before and its compiled conditions are still cached; else null.</summary>
    public IReadOnlyList<string>? Read()
    {
        try
        {
            if (!File.Exists(_file))
            {
                return null;
            }

            var lines = File.ReadAllLines(_file);
            if (lines.Length < 2 || lines[0] != Format)
            {
                return null;
            }

            var conditions = lines[1];
            if (conditions.Length > 0 && !File.Exists(Path.Combine(_conditionsFolder, conditions + CompileCache.ManifestExtension)))
            {
                return null;
            }

            return lines[2..];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// Remembers that <paramref name="catalog"/> (loaded with the options this entry was made for) passed the check, with
    /// nothing else wrong; a catalog with problems or scripts is not remembered, and
    /// a cache that cannot be written is skipped. Conditions that could not be cached leave an entry that
    /// <see cref="Read"/> does not take.
    /// </summary>
    public void Remember(PlaybookCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        if (catalog.HasProblems || catalog.Scripts.Count > 0 || catalog.Withheld.Count > 0)
        {
            return;
        }

        try
        {
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(_folder);
            }
            else
            {
                Directory.CreateDirectory(_folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }

            var text = new StringBuilder().Append(Format).Append('\n').Append(catalog.Conditions.CacheEntry ?? "").Append('\n');
            foreach (var entry in catalog.Entries)
            {
                text.Append(entry.Definition.Name).Append('\n');
            }

            var temporary = $"{_file}.{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}.tmp";
            File.WriteAllText(temporary, text.ToString());
            File.Move(temporary, _file, overwrite: true);
            Prune();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Only the next check pays for it, by reading the playbooks.
        }
    }

    private void Prune()
    {
        foreach (var old in new DirectoryInfo(_folder).EnumerateFiles().OrderByDescending(f => f.LastWriteTimeUtc).Skip(Kept))
        {
            old.Delete();
        }
    }

    /// <summary>Adds every file directly in <paramref name="folder"/>, by name; false when it holds a script or too much.</summary>
    private static bool AddFolder(XxHash128 hash, string folder, ref long bytes)
    {
        if (!Directory.Exists(folder))
        {
            Add(hash, "no folder");
            return true;
        }

        foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            if (file.EndsWith(ScriptSource.Extension, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            var content = File.ReadAllBytes(file);
            bytes += content.Length;
            if (bytes > MaxBytes)
            {
                return false;
            }

            Add(hash, Path.GetFileName(file));
            Add(hash, content.Length.ToString(CultureInfo.InvariantCulture));
            hash.Append(content);
        }

        return true;
    }

    private static void Add(XxHash128 hash, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        hash.Append(BitConverter.GetBytes(bytes.Length));
        hash.Append(bytes);
    }
}
