using System.Text.Json;

namespace Playbook.Engine.Import.X;

/// <summary>
/// Which files of an archive hold each kind of data, from <c>data/manifest.js</c> (large archives split a kind into
/// parts: <c>data/direct-messages.js</c>, <c>data/direct-messages-part1.js</c>, ...), and the owner and date it names.
/// Without a manifest (older archives) the files are found by X's names, old and new, and their <c>-partN</c> siblings.
/// </summary>
internal sealed class XManifest
{
    private static readonly Dictionary<string, string[]> KnownNames = new(StringComparer.Ordinal)
    {
        [Kinds.Account] = ["data/account.js"],
        [Kinds.DirectMessages] = ["data/direct-messages.js", "data/direct-message.js"],
        [Kinds.DirectMessagesGroup] = ["data/direct-messages-group.js", "data/direct-message-group.js"],
        [Kinds.Follower] = ["data/follower.js"],
        [Kinds.Following] = ["data/following.js"],
        [Kinds.Tweets] = ["data/tweets.js", "data/tweet.js"],
    };

    private readonly Dictionary<string, IReadOnlyList<string>> _files;

    private XManifest(Dictionary<string, IReadOnlyList<string>> files, string? ownerId, string? ownerHandle, DateTimeOffset? generated)
    {
        _files = files;
        OwnerId = ownerId;
        OwnerHandle = ownerHandle;
        Generated = generated;
    }

    /// <summary>The archive owner's X id, as the manifest says.</summary>
    public string? OwnerId { get; }

    /// <summary>The archive owner's handle, as the manifest says.</summary>
    public string? OwnerHandle { get; }

    /// <summary>When X made the archive.</summary>
    public DateTimeOffset? Generated { get; }

    /// <summary>The files of <paramref name="kind"/> (see <see cref="Kinds"/>), in order, as the archive names them.</summary>
    public IReadOnlyList<string> Files(string kind) => _files.GetValueOrDefault(kind) ?? [];

    /// <summary>
    /// The manifest of <paramref name="archive"/>: read from <c>data/manifest.js</c>, or from the files present when it
    /// is missing or damaged (<paramref name="problem"/> then says why it was not used).
    /// </summary>
    public static XManifest Of(XArchive archive, out XFileException? problem)
    {
        problem = null;
        if (archive.Has("data/manifest.js"))
        {
            try
            {
                using var document = XDataFile.Parse(archive.Read("data/manifest.js"));
                return FromManifest(document.RootElement, archive);
            }
            catch (XFileException e)
            {
                problem = e;
            }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                problem = new XFileException(0, 0, $"is damaged in the archive ({e.Message.Split('\n')[0].TrimEnd('.')})");
            }
        }

        var found = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (kind, names) in KnownNames)
        {
            found[kind] = WithParts(archive, names.FirstOrDefault(archive.Has));
        }

        return new XManifest(found, null, null, null);
    }

    private static XManifest FromManifest(JsonElement root, XArchive archive)
    {
        var files = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("dataTypes", out var types) && types.ValueKind == JsonValueKind.Object)
        {
            foreach (var (kind, aliases) in new Dictionary<string, string[]>
            {
                [Kinds.Account] = ["account"],
                [Kinds.DirectMessages] = ["directMessages"],
                [Kinds.DirectMessagesGroup] = ["directMessagesGroup"],
                [Kinds.Follower] = ["follower"],
                [Kinds.Following] = ["following"],
                [Kinds.Tweets] = ["tweets", "tweet"],
            })
            {
                var listed = aliases
                    .Select(alias => types.TryGetProperty(alias, out var type) && type.ValueKind == JsonValueKind.Object
                        && type.TryGetProperty("files", out var list) && list.ValueKind == JsonValueKind.Array
                            ? list.EnumerateArray().Select(f => XDataFile.Text(f, "fileName")).OfType<string>()
                                .Select(n => n.Replace('\\', '/').TrimStart('.', '/')).ToList()
                            : [])
                    .FirstOrDefault(l => l.Count > 0);
                files[kind] = listed ?? WithParts(archive, KnownNames[kind].FirstOrDefault(archive.Has));
            }
        }
        else
        {
            foreach (var (kind, names) in KnownNames)
            {
                files[kind] = WithParts(archive, names.FirstOrDefault(archive.Has));
            }
        }

        var user = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("userInfo", out var info) ? info : default;
        var archiveInfo = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("archiveInfo", out var a) ? a : default;
        return new XManifest(files, XDataFile.Id(user, "accountId"), XDataFile.Text(user, "userName"), XDataFile.Instant(archiveInfo, "generationDate"));
    }

    /// <summary><paramref name="first"/> and its parts (<c>direct-messages-part1.js</c>, ...) that the archive holds.</summary>
    private static List<string> WithParts(XArchive archive, string? first)
    {
        if (first is null)
        {
            return [];
        }

        var files = new List<string> { first };
        var stem = first[..^3];
        for (var part = 1; part < 1000 && archive.Has($"{stem}-part{part}.js"); part++)
        {
            files.Add($"{stem}-part{part}.js");
        }

        return files;
    }

    /// <summary>The kinds of data the importer reads.</summary>
    public static class Kinds
    {
        /// <summary>The owner's account: id and handle.</summary>
        public const string Account = "account";

        /// <summary>One-to-one conversations.</summary>
        public const string DirectMessages = "directMessages";

        /// <summary>Group conversations.</summary>
        public const string DirectMessagesGroup = "directMessagesGroup";

        /// <summary>The ids of the owner's followers.</summary>
        public const string Follower = "follower";

        /// <summary>The ids of the accounts the owner follows.</summary>
        public const string Following = "following";

        /// <summary>The owner's posts, whose mentions give people's names and handles.</summary>
        public const string Tweets = "tweets";
    }
}
