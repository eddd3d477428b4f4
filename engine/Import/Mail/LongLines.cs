namespace Playbook.Engine.Import.Mail;

/// <summary>
/// A mail file read as it is, except that a line longer than <see cref="MaxLine"/> bytes is cut by a blank line
/// ("\n\n" written over two of its bytes) every <see cref="MaxLine"/> bytes. Mail lines are at most 998 bytes (RFC
/// 5322); a header of megabytes is hostile, and MimeKit grows its header buffer a few bytes at a time, which costs time
/// and allocation in the square of the header's length. Cut, such a header ends where it is cut and the rest of the
/// message is read as its body. The file keeps its length, so offsets (the lines of skips, the parts kept on disk) stay
/// true. The file is scanned once for such lines first; most files have none, and are then read directly.
/// </summary>
internal sealed class LongLines : Stream
{
    /// <summary>The longest line read whole.</summary>
    public const int MaxLine = 256 * 1024;

    private readonly Stream _inner;
    private readonly long[] _cuts;

    private LongLines(Stream inner, long[] cuts)
    {
        _inner = inner;
        _cuts = cuts;
    }

    /// <summary><paramref name="file"/> itself when no line of it is too long, else the file with its long lines cut; at its start.</summary>
    public static Stream Over(Stream file)
    {
        var cuts = Find(file);
        file.Position = 0;
        return cuts.Length == 0 ? file : new LongLines(file, cuts);
    }

    /// <summary>
    /// Where the cuts go: the first of the two bytes each cut writes over. Only the file's length as it was opened is
    /// scanned: a device that reads for ever (<c>/dev/zero</c>, length 0) is not scanned at all.
    /// </summary>
    private static long[] Find(Stream file)
    {
        var cuts = new List<long>();
        var buffer = new byte[1 << 20];
        long origin = 0, lineStart = 0;
        var left = file.Length;
        while (true)
        {
            var read = left == 0 ? 0 : file.Read(buffer, 0, (int)Math.Min(buffer.Length, left));
            left -= read;
            if (read == 0)
            {
                CutLine(cuts, lineStart, origin);
                return [.. cuts];
            }

            var span = buffer.AsSpan(0, read);
            var at = 0;
            while (span[at..].IndexOf((byte)'\n') is var next and >= 0)
            {
                var end = origin + at + next;
                CutLine(cuts, lineStart, end);
                lineStart = end + 1;
                at += next + 1;
            }

            origin += read;
        }
    }

    private static void CutLine(List<long> cuts, long start, long end)
    {
        for (var cut = start + MaxLine; cut + 2 <= end; cut += MaxLine)
        {
            cuts.Add(cut);
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var at = _inner.Position;
        var read = _inner.Read(buffer);
        var first = Array.BinarySearch(_cuts, at - 1);
        for (var i = first >= 0 ? first : ~first; i < _cuts.Length && _cuts[i] < at + read; i++)
        {
            for (var b = _cuts[i]; b < _cuts[i] + 2; b++)
            {
                if (b >= at && b < at + read)
                {
                    buffer[(int)(b - at)] = (byte)'\n';
                }
            }
        }

        return read;
    }

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Length => _inner.Length;

    public override long Position
    {
        get => _inner.Position;
        set => _inner.Position = value;
    }

    public override long Seek(long offset, SeekOrigin origin) => _inner.Seek(offset, origin);

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
