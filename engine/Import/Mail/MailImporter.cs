using MimeKit;
using Playbook.Engine.Import.Reports;
using Playbook.Engine.Import.Writing;
using Playbook.Engine.Store;

namespace Playbook.Engine.Import.Mail;

/// <summary>
/// Imports mail: mbox files (Google Takeout's "All mail Including Spam and Trash.mbox", Thunderbird's folders, Apple
/// Mail's exports), <c>.eml</c> files, and folders of them. Mail from a known contact is <c>message.received</c> on
/// channel <c>email</c>, mail from the owner to contacts <c>message.sent</c>; no contact is ever created from mail.
/// Headers are read first: only the messages of known contacts have their bodies decoded, so a mailbox of several
/// gigabytes of strangers costs little. One transaction per file; one event per Message-ID and contact, whatever the
/// files and their order.
/// </summary>
public sealed class MailImporter(ContactStore store)
{
    /// <summary>The source name recorded on events this importer writes, and their channel.</summary>
    public const string Channel = "email";

    private const int ProgressEveryMessages = 2_000;

    /// <summary>
    /// Imports the mail at <paramref name="paths"/>, telling the owner's mail by <paramref name="ownerEmails"/> and the
    /// addresses of a LinkedIn export's Email Addresses.csv.
    /// </summary>
    /// <exception cref="ImportException">No address of the owner is known, so no mail can be told sent or received.</exception>
    public ImportReport Import(
        IReadOnlyList<string> paths, IReadOnlyList<string> ownerEmails, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(ownerEmails);
        var people = MailPeople.Load(store.Connection, ownerEmails.Concat(store.Me.Emails()));
        if (!people.OwnerKnown)
        {
            throw new ImportException(string.Join(", ", paths),
                "cannot tell which mail is yours: list your addresses in config.yaml under 'me: emails:', or import your LinkedIn export (its Email Addresses.csv), then import again");
        }

        var reports = new List<FileReport>();
        var touched = new HashSet<long>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Directory.Exists(path))
            {
                var files = MailFiles(path);
                if (files.Count == 0)
                {
                    reports.Add(new FileReport { File = path, Error = "holds no mail (.mbox, .eml, or a Thunderbird mbox folder file); is it the right folder?" });
                }

                reports.AddRange(files.Select(file => ImportFile(file, people, seen, touched, progress, cancellationToken)));
            }
            else if (!File.Exists(path))
            {
                reports.Add(new FileReport { File = path, Error = "no such file or folder" });
            }
            else
            {
                reports.Add(ImportFile(path, people, seen, touched, progress, cancellationToken));
            }
        }

        store.Events.AdvanceStages(touched);
        return new ImportReport(string.Join(", ", paths), reports) { ChangedContacts = touched };
    }

    /// <summary>The mail files of <paramref name="folder"/> and its subfolders: <c>.eml</c>, <c>.mbox</c>, and files without an extension that start as an mbox does.</summary>
    private static List<string> MailFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true })
            .Where(f => Path.GetExtension(f).ToUpperInvariant() is ".EML" or ".MBOX" || (Path.GetExtension(f).Length == 0 && StartsLikeMbox(f)))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Whether the file at <paramref name="file"/> starts as an mbox does (a Thunderbird folder file has no extension).</summary>
    internal static bool StartsLikeMbox(string file)
    {
        try
        {
            using var stream = File.OpenRead(file);
            return StartsLikeMbox(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Whether <paramref name="stream"/> starts as a zip does; it is left at its start.</summary>
    private static bool IsZip(Stream stream)
    {
        Span<byte> start = stackalloc byte[4];
        var read = stream.ReadAtLeast(start, 4, throwOnEndOfStream: false);
        stream.Position = 0;
        return read == 4 && start.SequenceEqual("PK\u0003\u0004"u8);
    }

    /// <summary>Whether <paramref name="stream"/> starts with an mbox "From " line; it is left at its start.</summary>
    private static bool StartsLikeMbox(Stream stream)
    {
        Span<byte> start = stackalloc byte[5];
        var read = stream.ReadAtLeast(start, 5, throwOnEndOfStream: false);
        stream.Position = 0;
        return read == 5 && start.SequenceEqual("From "u8);
    }

    private FileReport ImportFile(
        string path, MailPeople people, HashSet<string> seen, HashSet<long> touched, IProgress<ImportProgress>? progress,
        CancellationToken cancellationToken)
    {
        var tally = new FileTally(path);
        var eml = Path.GetExtension(path).Equals(".eml", StringComparison.OrdinalIgnoreCase);
        var seenHere = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            using var stream = LongLines.Over(File.OpenRead(path));
            var length = stream.Length;
            if (!eml && !StartsLikeMbox(stream))
            {
                throw new ImportException(path, IsZip(stream)
                    ? "is a zip file, not an mbox; nothing of it was imported. Unzip it and import the .mbox inside (a Google Takeout holds Takeout/Mail/All mail Including Spam and Trash.mbox)"
                    : "is not an mbox file (it does not start with a 'From ' line); nothing of it was imported. Give the mailbox as exported (Takeout's .mbox, a Thunderbird folder file) or .eml files");
            }

            var added = store.InTransaction(transaction =>
            {
                using var events = new EventWriter(store.Connection, transaction, store.Clock.GetUtcNow(), store.Replies);
                var reader = new MailMessages(people, events, tally, seen, seenHere);
                var parser = new MimeParser(stream, eml ? MimeFormat.Entity : MimeFormat.Mbox, persistent: true);
                var count = 0L;
                var resumedAt = 0L;
                while (!parser.IsEndOfStream)
                {
                    MimeMessage message;
                    try
                    {
                        message = parser.ParseMessage(cancellationToken);
                    }
                    catch (FormatException e) when (eml)
                    {
                        throw new ImportException(path, $"is not a mail message ({e.Message.TrimEnd('.')}); nothing of it was imported", e);
                    }
                    catch (FormatException)
                    {
                        // The damaged message is left out (the first one too: the file starts as an mbox does); reading
                        // goes on at the next "From " line, always further on, so a file of damage still ends.
                        var marker = Math.Max(parser.MboxMarkerOffset, resumedAt);
                        tally.Skip(LineAt(path, marker), "a damaged message: its headers cannot be read");
                        if (NextMarker(stream, marker + 1) is not { } next)
                        {
                            break;
                        }

                        resumedAt = next;
                        stream.Position = next;
                        parser.SetStream(stream, MimeFormat.Mbox, persistent: true);
                        continue;
                    }

                    using (message)
                    {
                        count++;
                        reader.Read(message, () => eml ? 1 : LineAt(path, parser.MboxMarkerOffset));
                    }

                    if (count % ProgressEveryMessages == 0)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        progress?.Report(new ImportProgress(path, count, length > 0 ? Math.Min(1.0, (double)stream.Position / length) : null));
                    }

                    if (eml)
                    {
                        break;
                    }
                }

                return events.Touched.ToList();
            });

            touched.UnionWith(added);
            seen.UnionWith(seenHere);
            progress?.Report(new ImportProgress(path, tally.Rows, 1.0));
            return tally.ToReport(0);
        }
        catch (Exception e) when (FileFailure.ReasonFor(e) is { } reason)
        {
            return new FileReport { File = path, Error = reason };
        }
    }

    /// <summary>Where the first mbox "From " line at or after <paramref name="from"/> starts, or null when there is none.</summary>
    private static long? NextMarker(Stream stream, long from)
    {
        stream.Position = Math.Max(0, from - 1);
        var buffer = new byte[81920];
        var carry = 0;
        var origin = stream.Position;
        while (true)
        {
            var read = stream.Read(buffer, carry, buffer.Length - carry);
            if (read == 0)
            {
                return null;
            }

            var span = buffer.AsSpan(0, carry + read);
            var at = span.IndexOf("\nFrom "u8);
            if (at >= 0)
            {
                return origin + at + 1;
            }

            // Keep the tail, in case a marker is split between two reads.
            carry = Math.Min(6, span.Length);
            span[^carry..].CopyTo(buffer);
            origin += span.Length - carry;
        }
    }

    /// <summary>The 1-based line at byte <paramref name="offset"/> of <paramref name="path"/>: read again, since only a damaged message needs it.</summary>
    private static long LineAt(string path, long offset)
    {
        if (offset < 0)
        {
            return 1;
        }

        using var stream = File.OpenRead(path);
        var buffer = new byte[81920];
        var line = 1L;
        var left = offset;
        while (left > 0)
        {
            var read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, left));
            if (read == 0)
            {
                break;
            }

            line += buffer.AsSpan(0, read).Count((byte)'\n');
            left -= read;
        }

        return line;
    }
}
