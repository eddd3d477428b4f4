using System.Text;
using Playbook.Engine.Import.Mail;

namespace Playbook.Tests.Import.Mail;

public sealed class LongLinesTests
{
    [Fact]
    public void Over_FileWithoutLongLines_IsTheFileItself()
    {
        using var file = new MemoryStream("From a\nSubject: short\n\nbody\n"u8.ToArray());

        using var read = LongLines.Over(file);

        Assert.Same(file, read);
        Assert.Equal(0, read.Position);
    }

    [Fact]
    public void Over_DeviceOfLengthZeroThatReadsForEver_ReturnsWithoutScanningIt()
    {
        // As /dev/zero: its length is 0, and every read gives bytes.
        using var device = new Endless();

        using var read = LongLines.Over(device);

        Assert.Same(device, read);
        Assert.Equal(0, device.Reads);
    }

    [Fact]
    public void Over_LineLongerThanTheLimit_IsCutByBlankLinesAndKeepsItsLength()
    {
        var text = "From a\nX-Huge: " + new string('h', (LongLines.MaxLine * 2) + 100) + "\nSubject: s\n\nbody\n";
        using var read = LongLines.Over(new MemoryStream(Encoding.ASCII.GetBytes(text)));

        var bytes = new byte[read.Length];
        read.Seek(LongLines.MaxLine, SeekOrigin.Begin);
        read.ReadExactly(bytes.AsSpan(LongLines.MaxLine, 10));
        read.Position = 0;
        var whole = new StreamReader(read).ReadToEnd();

        Assert.Equal(text.Length, whole.Length);
        Assert.Equal(2, whole.Split("\n\n").Length - 2);
        Assert.Equal("\n\n", Encoding.ASCII.GetString(bytes, LongLines.MaxLine + 7, 2));
        Assert.EndsWith("\nSubject: s\n\nbody\n", whole, StringComparison.Ordinal);
    }

    private sealed class Endless : Stream
    {
        public int Reads { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => true;

        public override bool CanWrite => false;

        public override long Length => 0;

        public override long Position { get; set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Reads++;
            Array.Clear(buffer, offset, count);
            return count;
        }

        public override long Seek(long offset, SeekOrigin origin) => Position = offset;

        public override void Flush()
        {
        }

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
