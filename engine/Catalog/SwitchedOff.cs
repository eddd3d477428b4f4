using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Playbook.Engine.Catalog;

/// <summary>
/// The playbooks the user switched off (<c>playbook disable NAME</c>, or the desk's Playbooks screen): they load and are
/// checked, but do not run until switched on again. Kept as a JSON list of names in the config folder, written whole
/// and moved into place.
/// </summary>
public sealed class SwitchedOff
{
    private readonly string _path;
    private readonly SortedSet<string> _names;

    private SwitchedOff(string path, SortedSet<string> names)
    {
        _path = path;
        _names = names;
    }

    /// <summary>The names switched off.</summary>
    public IReadOnlyCollection<string> Names => _names;

    /// <summary>The file at <paramref name="path"/>; none yet is an empty one.</summary>
    /// <exception cref="InvalidDataException">The file is not a list of names.</exception>
    public static SwitchedOff Open(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return File.Exists(path) ? Read(path) : new SwitchedOff(path, new SortedSet<string>(StringComparer.Ordinal));
    }

    // A method of its own: the JSON reader's assembly loads when a method that catches its exception is first run, and a
    // start with no playbook switched off (the usual one, and every warm check) need not load it.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static SwitchedOff Read(string path)
    {
        try
        {
            var names = JsonSerializer.Deserialize<string[]>(File.ReadAllBytes(path)) ?? [];
            return new SwitchedOff(path, new SortedSet<string>(names, StringComparer.Ordinal));
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: is not a list of playbook names ({e.Message}); fix it or delete it to switch every playbook on", e);
        }
    }

    /// <summary>Whether the playbook <paramref name="name"/> is switched off.</summary>
    public bool Contains(string name) => _names.Contains(name);

    /// <summary>Switches <paramref name="name"/> off (true) or on (false) and saves the file; returns whether that changed anything.</summary>
    public bool Set(string name, bool off)
    {
        var changed = off ? _names.Add(name) : _names.Remove(name);
        if (changed)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(_path))!);
            var temporary = _path + ".partial";
            File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(_names.ToArray()));
            File.Move(temporary, _path, overwrite: true);
        }

        return changed;
    }
}
