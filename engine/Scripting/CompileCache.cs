using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Playbook.Engine.Playbooks;
using Playbook.Engine.Problems;

namespace Playbook.Engine.Scripting;

/// <summary>
/// The compiled conditions on disk, so that a second process starts without compiling: <c>KEY.dll</c> (the
/// assembly) and <c>KEY.json</c> (which method is which condition, the problems, the assembly's SHA-256), where
/// KEY is the SHA-256 of every condition and of the engine, Roslyn and runtime versions. Each file is written to a
/// temporary name and moved into place, the manifest last, so a reader sees a whole entry or none. Uses no Roslyn
/// type: reading the cache must not load the compiler.
/// </summary>
internal static class CompileCache
{
    /// <summary>The layout of the entries and of the generated code (3: every lambda body ticks its budget); a change makes every older entry a miss.</summary>
    private const int Format = 3;

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
        var manifest = Path.Combine(folder, key + ".json");
        if (!File.Exists(manifest))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(manifest));
            var root = document.RootElement;
            if (root.GetProperty("format").GetInt32() != Format)
            {
                return null;
            }

            byte[]? image = null;
            if (root.GetProperty("image").GetString() is { } expected)
            {
                image = File.ReadAllBytes(Path.Combine(folder, key + ".dll"));
                if (!string.Equals(Convert.ToHexStringLower(SHA256.HashData(image)), expected, StringComparison.Ordinal))
                {
                    return null;
                }
            }

            byte[]? pdb = null;
            if (root.TryGetProperty("pdb", out var symbols) && symbols.GetString() is { } expectedPdb)
            {
                pdb = File.ReadAllBytes(Path.Combine(folder, key + ".pdb"));
                if (!string.Equals(Convert.ToHexStringLower(SHA256.HashData(pdb)), expectedPdb, StringComparison.Ordinal))
                {
                    return null;
                }
            }

            var methods = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var method in root.GetProperty("methods").EnumerateObject())
            {
                methods.Add(method.Name, method.Value.GetString()!);
            }

            var problems = root.GetProperty("problems").EnumerateArray()
                .Select(p => new Problem(
                    p.GetProperty("file").GetString()!, p.GetProperty("line").GetInt32(), p.GetProperty("column").GetInt32(), p.GetProperty("message").GetString()!)
                {
                    Code = p.GetProperty("code").GetString(),
                    Subject = p.GetProperty("key").GetString(),
                })
                .ToList();
            return new CompileOutput(image, methods, problems) { Pdb = pdb };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or KeyNotFoundException
                                      or InvalidOperationException or ArgumentException)
        {
            return null;
        }
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

            var manifest = Path.Combine(folder, key + ".json");
            WriteAtomically(manifest, Manifest(output));
            Prune(folder, manifest);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Only the next start pays for it, with one compile.
            Trace.TraceWarning($"The compiled conditions could not be cached in {folder}: {e.Message}");
        }
    }

    private static byte[] Manifest(CompileOutput output)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteNumber("format", Format);
            json.WriteString("image", output.Image is null ? null : Convert.ToHexStringLower(SHA256.HashData(output.Image)));
            json.WriteString("pdb", output.Pdb is null ? null : Convert.ToHexStringLower(SHA256.HashData(output.Pdb)));
            json.WriteStartObject("methods");
            foreach (var (key, method) in output.Methods)
            {
                json.WriteString(key, method);
            }

            json.WriteEndObject();
            json.WriteStartArray("problems");
            foreach (var problem in output.Problems)
            {
                json.WriteStartObject();
                json.WriteString("key", problem.Subject);
                json.WriteString("file", problem.File);
                json.WriteNumber("line", problem.Line);
                json.WriteNumber("column", problem.Column);
                json.WriteString("code", problem.Code);
                json.WriteString("message", problem.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

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
        var entries = new DirectoryInfo(folder).EnumerateFiles("*.json")
            .Where(f => IsKey(Path.GetFileNameWithoutExtension(f.Name)))
            .OrderByDescending(f => f.LastWriteTimeUtc)
            .Skip(Kept);
        foreach (var manifest in entries)
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
