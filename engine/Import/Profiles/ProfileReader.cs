using System.Globalization;
using System.Text;
using Playbook.Engine.Contacts;

namespace Playbook.Engine.Import.Profiles;

/// <summary>
/// Reads a LinkedIn profile into a <see cref="Profile"/>: the PDF LinkedIn saves with More → Save to PDF, or the
/// text of a profile page selected, copied in a browser and pasted into a file. English and Spanish. Anything else
/// (a damaged PDF, another PDF, an empty or unrelated text, a file too large) is a <see cref="ProfileException"/>
/// naming the file, what is wrong and what to do.
/// </summary>
public static class ProfileReader
{
    /// <summary>The most a copied profile page can hold (bytes of a file, characters of a string): a long profile copies to well under 100 KB.</summary>
    internal const int MaxText = 1 << 20;

    private const string CopyAgain = "open the profile in a browser, select all, copy and paste it into a UTF-8 text file";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// The profile in the file at <paramref name="path"/>: a PDF when it starts with <c>%PDF</c> (whatever its
    /// extension), else the UTF-8 text of a copied profile page. Errors name the file as <paramref name="path"/> is written.
    /// </summary>
    public static Profile Read(string path)
    {
        if (Directory.Exists(path))
        {
            throw new ProfileException(path, "is a folder, not a profile; give the profile's PDF or the copied page's text file (or import profiles FOLDER for a folder of them)");
        }

        try
        {
            using var file = File.OpenRead(path);
            Span<byte> head = stackalloc byte[4];
            var read = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            file.Position = 0;
            if (IsPdf(head[..read]))
            {
                return ReadPdf(file, path);
            }

            if (file.Length > MaxText)
            {
                throw new ProfileException(path, $"too large for a copied profile page ({Megabytes(file.Length)}, at most 1 MB); {CopyAgain}");
            }

            var bytes = new byte[file.Length];
            file.ReadExactly(bytes);
            return ReadText(Decode(bytes, path), path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new ProfileException(path, "no such file");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ProfileException(path, $"cannot be read ({e.Message})");
        }
    }

    /// <summary>The profile in a saved PDF; <paramref name="name"/> is what errors call the file.</summary>
    public static Profile ReadPdf(Stream pdf, string name)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        return PdfProfile.Read(pdf, name);
    }

    /// <summary>The profile in the copied text of a profile page; <paramref name="name"/> is what errors call it.</summary>
    public static Profile ReadText(string text, string name)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxText)
        {
            throw new ProfileException(name, string.Create(CultureInfo.InvariantCulture,
                $"too large for a copied profile page ({text.Length:N0} characters, at most 1 MB); {CopyAgain}"));
        }

        return CopiedPage.Read(text, name);
    }

    /// <summary>Whether <paramref name="head"/>, the first bytes of a file, starts as a PDF does (<c>%PDF</c>).</summary>
    public static bool IsPdf(ReadOnlySpan<byte> head) => head.StartsWith("%PDF"u8);

    /// <summary>A size for messages: <c>23.4 MB</c>.</summary>
    internal static string Megabytes(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:0.0} MB");

    private static string Decode(byte[] bytes, string path)
    {
        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            throw new ProfileException(path, $"not text (it holds NUL bytes) and not a PDF; {CopyAgain}");
        }

        try
        {
            var text = StrictUtf8.GetString(bytes);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException)
        {
            throw new ProfileException(path, $"not UTF-8 text; {CopyAgain}");
        }
    }
}
