using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Playbook.Engine.Scripting;

/// <summary>
/// The playbook scripts the user has trusted: for each script's full path, the hash of its exact content and of every
/// file it <c>#load</c>s. A script runs only while its files hash to what was trusted; any edit needs
/// <c>playbook trust</c> again. Kept as JSON in the user's config folder, written whole and moved into place.
/// </summary>
public sealed class TrustStore
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private readonly string _path;
    private readonly Dictionary<string, string> _trusted;

    private TrustStore(string path, Dictionary<string, string> trusted)
    {
        _path = path;
        _trusted = trusted;
    }

    /// <summary>The trust file at <paramref name="path"/>; none yet is an empty one.</summary>
    /// <exception cref="InvalidDataException">The file is not what this build writes.</exception>
    public static TrustStore Open(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            return new TrustStore(path, new Dictionary<string, string>(StringComparer.Ordinal));
        }

        try
        {
            var trusted = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllBytes(path)) ?? [];
            return new TrustStore(path, new Dictionary<string, string>(trusted, StringComparer.Ordinal));
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: is not a trust file ({e.Message}); delete it and trust your scripts again", e);
        }
    }

    /// <summary>The hash that stands for <paramref name="script"/>'s exact content, loaded files included.</summary>
    public static string HashOf(ScriptSource script)
    {
        ArgumentNullException.ThrowIfNull(script);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (path, text) in script.Files)
        {
            var name = Encoding.UTF8.GetBytes(Path.GetFileName(path));
            var bytes = Encoding.UTF8.GetBytes(text);
            hash.AppendData(BitConverter.GetBytes(name.Length));
            hash.AppendData(name);
            hash.AppendData(BitConverter.GetBytes(bytes.Length));
            hash.AppendData(bytes);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>Whether <paramref name="script"/>, as it is now, was trusted.</summary>
    public bool IsTrusted(ScriptSource script) =>
        _trusted.TryGetValue(Path.GetFullPath(script.File), out var hash) && string.Equals(hash, HashOf(script), StringComparison.Ordinal);

    /// <summary>Records <paramref name="script"/> as trusted, as it is now, and saves the file.</summary>
    public string Trust(ScriptSource script)
    {
        var hash = HashOf(script);
        _trusted[Path.GetFullPath(script.File)] = hash;
        var folder = Path.GetDirectoryName(Path.GetFullPath(_path))!;
        Directory.CreateDirectory(folder);
        var temporary = _path + ".tmp";
        File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(_trusted, Indented));
        File.Move(temporary, _path, overwrite: true);
        return hash;
    }
}
