using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Playbook.Engine.Playbooks;

namespace Playbook.Engine.Scripting;

/// <summary>
/// The compiled conditions on disk, so that a second process starts without compiling: <c>KEY.dll</c> (the
/// assembly) and <c>KEY.manifest</c> (see <see cref="CompileManifest"/>: which method is which condition, the problems, the assembly's SHA-256), where
/// KEY is the SHA-256 of every condition and of the engine, Roslyn and runtime versions. Each file is written to a
/// temporary name and moved into place, the manifest last, so a reader sees a whole entry or none. Uses no Roslyn
/// type: reading the cache must not load the compiler.
/// </summary>
internal static class CompileCache
{
    /// <summary>
    /// The layout of the entries and of the generated code (3: every lambda body ticks its budget; 4: the manifest is
    /// plain text); a change makes every older entry a miss.
    /// </summary>
    private const int Format = 4;

    /// <summary>The extension of an entry's manifest.</summary>
    internal const string ManifestExtension = ".manifest";

    /// <summary>How many entries a folder keeps; older ones go when a new one is written.</summary>
    private const int Kept = 32;

    private static readonly TimeSpan StaleTemporary = TimeSpan.FromHours(1);

    /// <summary>The key of a compile of <paramref name="sources"/> by this engine, Roslyn and runtime.</summary>
    public static string KeyOf(IReadOnlyList<ConditionSource> sources, IReadOnlyList<ScriptSource>? scripts = null)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var engine = typeof(ConditionContext).Assembly;
        Add(hash, "playbook-conditions/" + Format.ToString(CultureInfo.InvariantCulture));
        Add(hash, engine.ManifestModule.ModuleVersionId.ToString());
        Add(hash, engine.GetName().Version?.ToString() ?? "");
        Add(hash, RoslynVersion(engine.Location));
        Add(hash, Environment.Version.ToString());
        Add(hash, RuntimeInformation.FrameworkDescription);
        Add(hash, sources.Count.ToString(CultureInfo.InvariantCulture));
        foreach (var source in sources)
        {
            Add(hash, source.Key);
            Add(hash, source.Code);
            Add(hash, source.File);
            Add(hash, source.Line.ToString(CultureInfo.InvariantCulture));
            Add(hash, source.Column.ToString(CultureInfo.InvariantCulture));
        }

        foreach (var script in scripts ?? [])
        {
            Add(hash, script.Key);
            foreach (var (path, text) in script.Files)
            {
                Add(hash, path);
                Add(hash, text);
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The entry <paramref name="key"/> of <paramref name="folder"/>, or null when it is missing or damaged.</summary>
    public static CompileOutput? TryRead(string folder, string key)
    {
        var manifest = Path.Combine(folder, key + ManifestExtension);
        if (!File.Exists(manifest))
        {
            return null;
        }

        try
        {
            if (CompileManifest.Read(Format, File.ReadAllBytes(manifest)) is not var (expected, expectedPdb, methods, problems))
            {
                return null;
            }

            var image = expected is null ? null : ReadChecked(Path.Combine(folder, key + ".dll"), expected);
            var pdb = expectedPdb is null ? null : ReadChecked(Path.Combine(folder, key + ".pdb"), expectedPdb);
            if ((expected is not null && image is null) || (expectedPdb is not null && pdb is null))
            {
                return null;
            }

            return new CompileOutput(image, methods, problems) { Pdb = pdb };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The bytes of <paramref name="path"/> when their hash is <paramref name="expected"/>; else null.</summary>
    private static byte[]? ReadChecked(string path, string expected)
    {
        var bytes = File.ReadAllBytes(path);
        return string.Equals(Convert.ToHexStringLower(SHA256.HashData(bytes)), expected, StringComparison.Ordinal) ? bytes : null;
    }

    /// <summary>Stores <paramref name="output"/> as the entry <paramref name="key"/>; a cache that cannot be written is skipped.</summary>
    public static void Write(string folder, string key, CompileOutput output)
    {
        try
        {
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(folder);
            }
            else
            {
                // The entries hold the user's playbook conditions: readable by the owner only.
                Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }

            if (output.Image is not null)
            {
                WriteAtomically(Path.Combine(folder, key + ".dll"), output.Image);
            }

            if (output.Pdb is not null)
            {
                WriteAtomically(Path.Combine(folder, key + ".pdb"), output.Pdb);
            }

            var manifest = Path.Combine(folder, key + ManifestExtension);
            WriteAtomically(manifest, Manifest(output));
            Prune(folder, manifest);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Only the next start pays for it, with one compile.
            Trace.TraceWarning($"The compiled conditions could not be cached in {folder}: {e.Message}");
        }
    }

    private static byte[] Manifest(CompileOutput output) => CompileManifest.Write(
        Format,
        output,
        output.Image is null ? null : Convert.ToHexStringLower(SHA256.HashData(output.Image)),
        output.Pdb is null ? null : Convert.ToHexStringLower(SHA256.HashData(output.Pdb)));

    private static void WriteAtomically(string path, byte[] bytes)
    {
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>
    /// Keeps the newest entries, and removes what a killed writer left behind: temporary files much older than the
    /// entry just written (whose time stands for "now", so the file system is the only clock).
    /// </summary>
    private static void Prune(string folder, string written)
    {
        var entries = new DirectoryInfo(folder).EnumerateFiles("*" + ManifestExtension)
            .Where(f => IsKey(Path.GetFileNameWithoutExtension(f.Name)))
            .OrderByDescending(f => f.LastWriteTimeUtc)
            .Skip(Kept);

        // Entries of the JSON layout (format 3 and before) are misses for good.
        var older = new DirectoryInfo(folder).EnumerateFiles("*.json").Where(f => IsKey(Path.GetFileNameWithoutExtension(f.Name)));
        foreach (var manifest in entries.Concat(older).ToList())
        {
            manifest.Delete();
            File.Delete(Path.ChangeExtension(manifest.FullName, ".dll"));
            File.Delete(Path.ChangeExtension(manifest.FullName, ".pdb"));
        }

        var now = File.GetLastWriteTimeUtc(written);
        foreach (var temporary in new DirectoryInfo(folder).EnumerateFiles("*.tmp"))
        {
            if (IsKey(temporary.Name.Split('.')[0]) && now - temporary.LastWriteTimeUtc > StaleTemporary)
            {
                temporary.Delete();
            }
        }
    }

    private static bool IsKey(string name) => name.Length == 64 && name.All(char.IsAsciiHexDigitLower);

    /// <summary>
    /// Roslyn's version, without loading the compiler: the version the engine references (major and minor) and the
    /// size of the compiler's file beside the engine, which tells builds of one version apart (a stat, where reading
    /// the file's version resource costs a start-up ten milliseconds).
    /// </summary>
    private static string RoslynVersion(string engineLocation)
    {
        var reference = typeof(ConditionContext).Assembly.GetReferencedAssemblies()
            .FirstOrDefault(a => a.Name == "Microsoft.CodeAnalysis.CSharp")?.Version?.ToString() ?? "";
        var folder = string.IsNullOrEmpty(engineLocation) ? AppContext.BaseDirectory : Path.GetDirectoryName(engineLocation)!;
        var file = new FileInfo(Path.Combine(folder, "Microsoft.CodeAnalysis.CSharp.dll"));
        return file.Exists ? $"{reference}/{file.Length.ToString(CultureInfo.InvariantCulture)}" : reference;
    }

    private static void Add(IncrementalHash hash, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        hash.AppendData(BitConverter.GetBytes(bytes.Length));
        hash.AppendData(bytes);
    }
}
