namespace Playbook.Tests.Import.VCard;

/// <summary>
/// A read-only stream of <paramref name="head"/>, then <paramref name="body"/> repeated
/// <paramref name="times"/> times (forever when negative), then <paramref name="tail"/>: large or endless
/// input without holding it in memory.
/// </summary>
internal sealed class RepeatingStream(byte[] head, byte[] body, long times, byte[] tail) : Stream
{
    private long _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var written = 0;
        while (written < buffer.Length)
        {
            var (source, offset) = Locate(_position);
            if (source.Length == 0)
            {
                break;
            }

            var count = Math.Min(buffer.Length - written, source.Length - offset);
            source.AsSpan(offset, count).CopyTo(buffer[written..]);
            written += count;
            _position += count;
        }

        return written;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private (byte[] Source, int Offset) Locate(long position)
    {
        if (position < head.Length)
        {
            return (head, (int)position);
        }

        position -= head.Length;
        if (times < 0 || position < body.Length * times)
        {
            return (body, (int)(position % body.Length));
        }

        position -= body.Length * times;
        return position < tail.Length ? (tail, (int)position) : ([], 0);
    }
}
