namespace Playbook.Engine.Import.Profiles;

/// <summary>
/// A file could not be read as a LinkedIn profile: damaged, too large, or not a profile at all. The message is one
/// line, <c>file: what is wrong; what to do</c>.
/// </summary>
public sealed class ProfileException(string file, string reason) : Exception($"{file}: {reason}")
{
    /// <summary>The file, as the caller named it.</summary>
    public string File { get; } = file;

    /// <summary>What is wrong and what to do, without the file name.</summary>
    public string Reason { get; } = reason;
}
