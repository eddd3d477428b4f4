using System.Buffers;

namespace Playbook.Engine.Import.VCard;

/// <summary>
/// Splits a byte stream into physical lines without decoding them. A line ends at CRLF, LF, CR, or
/// CR CR LF (one end, as some exporters write it); the last line needs no end. Only a fixed buffer and
/// the current line are held, so memory does not grow with the file.
/// </summary>
internal sealed class ByteLines(Stream stream)
{
    private const int BufferSize = 64 * 1024;

    private readonly byte[] _buffer = new byte[BufferSize];
    private int _start;
    private int _end;
    private bool _exhausted;

    /// <summary>The 1-based number of the line last read (0 before the first).</summary>
    public long LineNumber { get; private set; }

    private int Available => _end - _start;

    /// <summary>Up to <paramref name="count"/> bytes ahead of the next line, without consuming them.</summary>
    public ReadOnlySpan<byte> Peek(int count)
    {
        count = Math.Min(count, BufferSize);
        Fill(count);
        return _buffer.AsSpan(_start, Math.Min(count, Available));
    }

    /// <summary>Replaces the content of <paramref name="line"/> with the next line, without its end; false at the end of the stream.</summary>
    public bool ReadLine(ArrayBufferWriter<byte> line)
    {
        line.ResetWrittenCount();
        if (!Fill(1))
        {
            return false;
        }

        while (true)
        {
            var pending = _buffer.AsSpan(_start, Available);
            var end = pending.IndexOfAny((byte)'\r', (byte)'\n');
            if (end < 0)
            {
                line.Write(pending);
                _start = _end;
                if (!Fill(1))
                {
                    LineNumber++;
                    return true;
                }

                continue;
            }

            line.Write(pending[..end]);
            _start += end;
            SkipLineEnd();
            LineNumber++;
            return true;
        }
    }

    private void SkipLineEnd()
    {
        Fill(3);
        if (_buffer[_start] == '\n')
        {
            _start++;
        }
        else if (Available >= 2 && _buffer[_start + 1] == '\n')
        {
            _start += 2;
        }
        else if (Available >= 3 && _buffer[_start + 1] == '\r' && _buffer[_start + 2] == '\n')
        {
            _start += 3;
        }
        else
        {
            _start++;
        }
    }

    /// <summary>Reads until <paramref name="count"/> bytes are buffered or the stream ends; whether they are.</summary>
    private bool Fill(int count)
    {
        if (Available >= count || _exhausted)
        {
            return Available >= count;
        }

        if (_start > 0)
        {
            _buffer.AsSpan(_start, Available).CopyTo(_buffer);
            _end = Available;
            _start = 0;
        }

        while (_end - _start < count && !_exhausted)
        {
            var read = stream.Read(_buffer, _end, _buffer.Length - _end);
            if (read == 0)
            {
                _exhausted = true;
            }

            _end += read;
        }

        return Available >= count;
    }
}
