using System.IO.Compression;
using System.Text.RegularExpressions;
using Playbook.Engine.Import.Reports;

namespace Playbook.Engine.Import.Facebook;

/// <summary>
/// A Facebook "Download your information" in JSON as the user has it, a zip or the folder it unpacks to, in the
/// current layout (<c>connections/friends/your_friends.json</c>,
/// <c>your_activity_across_facebook/messages/inbox/THREAD/message_N.json</c>) or the older one
/// (<c>friends/friends.json</c>, <c>messages/inbox/...</c>). Only the files the importer reads are listed.
/// </summary>
internal sealed partial class FacebookDownload : IDisposable
{
    private const string RequestAgain = "request it again from Facebook (Settings → Download your information) and pass the zip as downloaded, or the folder it unpacks to";

    private readonly ZipArchive? _zip;

    private FacebookDownload(string path, ZipArchive? zip)
    {
        Path = path;
        _zip = zip;
    }

    /// <summary>The zip or folder, as named on the command line.</summary>
    public string Path { get; }

    /// <summary>The friends file, if the download has one.</summary>
    public FacebookFile? Friends { get; private set; }

    /// <summary>The sent friend requests, which are not friends.</summary>
    public FacebookFile? SentRequests { get; private set; }

    /// <summary>The owner's profile (their name), if the download has it.</summary>
    public FacebookFile? Profile { get; private set; }

    /// <summary>Where the conversations are (<c>.../messages</c>), as reports name them.</summary>
    public string? MessagesFolder { get; private set; }

    /// <summary>The conversations, ordered by where they live.</summary>
    public IReadOnlyList<FacebookThreadFiles> Threads { get; private set; } = [];

    /// <summary>Opens the download at <paramref name="path"/> and lists the files the importer reads.</summary>
    /// <exception cref="ImportException">
    /// Missing, incomplete (a zip cut short), in HTML rather than JSON, or holding none of the files of a download.
    /// </exception>
    public static FacebookDownload Open(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            var root = System.IO.Path.GetFullPath(path);
            var files = Directory.EnumerateFiles(root, "*", new EnumerationOptions { RecurseSubdirectories = true })
                .Select(f => System.IO.Path.GetRelativePath(root, f).Replace('\\', '/'))
                .Select(relative => new FacebookFile(System.IO.Path.Combine(path, relative), relative, () => File.OpenRead(System.IO.Path.Combine(root, relative))));
            return Create(new FacebookDownload(path, null), files);
        }

        if (!File.Exists(path))
        {
            throw new ImportException(path, "no such file or folder; pass the Facebook download (a zip) as downloaded, or the folder it unpacks to");
        }

        var zip = ExportZip.Open(path, e =>
            $"is incomplete or not a zip file (the download was cut short, or it is another kind of file: {e.Message.TrimEnd('.')}); nothing of it was imported; {RequestAgain}");

        try
        {
            var entries = zip.Entries.Where(e => e.FullName.Length > 0 && !e.FullName.EndsWith('/'))
                .Select(e => new FacebookFile($"{path}/{e.FullName}", e.FullName.Replace('\\', '/'), e.Open))
                .ToList();
            return Create(new FacebookDownload(path, zip), entries);
        }
        catch (InvalidDataException e)
        {
            zip.Dispose();
            throw new ImportException(path, $"is incomplete or damaged (its list of files cannot be read: {e.Message.TrimEnd('.')}); nothing of it was imported; {RequestAgain}", e);
        }
        catch
        {
            zip.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Whether <paramref name="path"/> is named or laid out as a Facebook download: a zip Facebook named
    /// (<c>facebook-NAME-DATE-ID.zip</c>), or a folder holding <c>your_activity_across_facebook/</c>, or
    /// <c>messages/inbox/</c> beside <c>friends/</c>.
    /// </summary>
    public static bool LooksLikeOne(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            return Directory.Exists(System.IO.Path.Combine(path, "your_activity_across_facebook"))
                || (Directory.Exists(System.IO.Path.Combine(path, "messages", "inbox")) && Directory.Exists(System.IO.Path.Combine(path, "friends")));
        }

        var name = System.IO.Path.GetFileName(path);
        return name.StartsWith("facebook-", StringComparison.OrdinalIgnoreCase) && name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Opens <paramref name="file"/>; a zip entry that cannot be unpacked means the download is incomplete.</summary>
    /// <exception cref="ImportException">The entry cannot be unpacked.</exception>
    public static Stream OpenChecked(FacebookDownload download, FacebookFile file)
    {
        try
        {
            return file.Open();
        }
        catch (InvalidDataException e)
        {
            throw Incomplete(download, file, e);
        }
    }

    /// <summary>The error for a zip entry that cannot be unpacked: the download is incomplete, and nothing is kept.</summary>
    public static ImportException Incomplete(FacebookDownload download, FacebookFile file, Exception e) =>
        new(download.Path, $"is incomplete: {file.Relative} cannot be unpacked ({e.Message.TrimEnd('.')}); nothing of it was imported; {RequestAgain}", e);

    public void Dispose() => _zip?.Dispose();

    private static FacebookDownload Create(FacebookDownload download, IEnumerable<FacebookFile> files)
    {
        var threads = new SortedDictionary<string, List<(int Part, FacebookFile File)>>(StringComparer.Ordinal);
        var html = false;
        foreach (var file in files)
        {
            var relative = file.Relative;
            var name = relative[(relative.LastIndexOf('/') + 1)..].ToLowerInvariant();
            var parent = ParentOf(relative).ToLowerInvariant();
            if (ThreadFile().Match(relative) is { Success: true } thread)
            {
                var where = $"{thread.Groups["box"].Value}/{thread.Groups["thread"].Value}";
                if (!threads.TryGetValue(where, out var parts))
                {
                    threads[where] = parts = [];
                }

                parts.Add((int.Parse(thread.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture), file));
                download.MessagesFolder ??= download.Path + "/" + relative[..thread.Groups["box"].Index].TrimEnd('/');
            }
            else if (name == "your_friends.json" || (name == "friends.json" && parent is "friends" or "friends_and_followers"))
            {
                download.Friends ??= file;
            }
            else if (name == "sent_friend_requests.json")
            {
                download.SentRequests ??= file;
            }
            else if (name == "profile_information.json")
            {
                download.Profile ??= file;
            }
            else if (name.EndsWith(".html", StringComparison.Ordinal) && (HtmlFile().IsMatch(name) || ThreadHtml().IsMatch(relative)))
            {
                html = true;
            }
        }

        download.Threads = threads.Select(t => new FacebookThreadFiles(t.Key, t.Value.OrderBy(p => p.Part).Select(p => p.File).ToList())).ToList();
        if (download.Friends is null && download.Threads.Count == 0)
        {
            download.Dispose();
            throw new ImportException(download.Path, html
                ? "is a download in HTML, which Playbook cannot read; nothing of it was imported; request it again in JSON (Settings → Download your information → Format: JSON)"
                : "holds none of the files of a Facebook download (your_friends.json, messages/inbox/.../message_1.json); is this the right zip or folder? Request the download in JSON");
        }

        return download;
    }

    private static string ParentOf(string relative)
    {
        var slash = relative.LastIndexOf('/');
        if (slash <= 0)
        {
            return "";
        }

        var before = relative[..slash];
        return before[(before.LastIndexOf('/') + 1)..];
    }

    [GeneratedRegex(@"(?:^|/)messages/(?<box>inbox|archived_threads|e2ee_cutover)/(?<thread>[^/]+)/message_(?<n>\d{1,6})\.json$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ThreadFile();

    [GeneratedRegex(@"(?:^|/)messages/(?:inbox|archived_threads|e2ee_cutover)/[^/]+/message_\d+\.html$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ThreadHtml();

    [GeneratedRegex(@"^(?:your_friends|friends|profile_information|start_here|index|your_posts_1|sent_friend_requests)\.html$", RegexOptions.CultureInvariant)]
    private static partial Regex HtmlFile();
}
