using System.Text;

namespace Playbook.Engine.Import.AddressBook;

/// <summary>The characters <see cref="AnsiDecoderFallback"/> puts in place of one invalid UTF-8 sequence.</summary>
internal sealed class AnsiDecoderFallbackBuffer(Encoding ansi) : DecoderFallbackBuffer
{
    private string _chars = "";
    private int _next;

    public override int Remaining => _chars.Length - _next;

    public override bool Fallback(byte[] bytesUnknown, int index)
    {
        _chars = ansi.GetString(bytesUnknown);
        _next = 0;
        return _chars.Length > 0;
    }

    public override char GetNextChar() => _next < _chars.Length ? _chars[_next++] : '\0';

    public override bool MovePrevious()
    {
        if (_next == 0)
        {
            return false;
        }

        _next--;
        return true;
    }

    public override void Reset()
    {
        _chars = "";
        _next = 0;
    }
}
