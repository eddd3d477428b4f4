using Playbook.Engine.Contacts;

namespace Playbook.Engine.Import.LinkedIn;

/// <summary>The person whose export it is, as far as the export tells: a name, a profile URL, or both.</summary>
internal sealed record ExportOwner(string? Name, string? ProfileUrl)
{
    private readonly string _nameKey = NameKey.Of(Name);
    private readonly string? _profileKey = Contacts.ProfileUrl.KeyOf(ProfileUrl);

    /// <summary>Whether the party with <paramref name="name"/> and <paramref name="url"/> is the owner.</summary>
    public bool Is(string? name, string? url)
    {
        var key = Contacts.ProfileUrl.KeyOf(url);
        if (key is not null && _profileKey is not null)
        {
            return key == _profileKey;
        }

        var nameKey = NameKey.Of(name);
        return nameKey.Length > 0 && nameKey == _nameKey;
    }

    /// <summary>Whether anything identifies the owner.</summary>
    public bool IsKnown => _nameKey.Length > 0 || _profileKey is not null;
}
