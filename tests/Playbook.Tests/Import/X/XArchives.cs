using System.IO.Compression;
using Playbook.Tests.Support;

namespace Playbook.Tests.Import.X;

/// <summary>The X archive fixture as a folder, as a zip named as X names it, cut short, or with one file changed.</summary>
internal static class XArchives
{
    /// <summary>The fixture's folder.</summary>
    public static string Folder => Path.GetDirectoryName(RepoPaths.Fixture("x/archive/data/manifest.js"))![..^"/data".Length];

    /// <summary>The fixture zipped under <paramref name="folder"/> as X names its downloads.</summary>
    public static string Zip(TempFolder folder, string name = "twitter-2026-11-30-5f1e0c2a9b.zip")
    {
        var path = folder.File(name);
        ZipFile.CreateFromDirectory(Folder, path);
        return path;
    }

    /// <summary>A copy of the fixture's folder with <paramref name="file"/> (under data/) replaced by <paramref name="text"/>, or removed when null.</summary>
    public static string With(TempFolder folder, string file, string? text, string name = "archive")
    {
        var root = folder.Folder(name);
        foreach (var source in Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories))
        {
            folder.Copy(source, Path.Combine(name, Path.GetRelativePath(Folder, source)));
        }

        var target = Path.Combine(root, "data", file);
        if (text is null)
        {
            File.Delete(target);
        }
        else
        {
            File.WriteAllText(target, text);
        }

        return root;
    }
}
