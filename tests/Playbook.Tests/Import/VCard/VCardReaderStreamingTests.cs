using Playbook.Engine.Import.VCard;
using static Playbook.Tests.Import.VCard.VCardFiles;

namespace Playbook.Tests.Import.VCard;

/// <summary>The reader streams: one card at a time, never the whole file, never a photo's bytes.</summary>
public sealed class VCardReaderStreamingTests
{
    [Fact]
    public void Read_EndlessStream_YieldsCardsAsTheyAreRead()
    {
        var card = Utf8("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Ruiz;Ana;;;\r\nEMAIL:ana@example.com\r\nEND:VCARD\r\n");
        using var stream = new RepeatingStream([], card, times: -1, []);

        var rows = VCardReader.Read(stream, "endless.vcf").Take(10_000).ToList();

        Assert.Equal(10_000, rows.Count);
        Assert.Equal(1 + (9_999 * 5), rows[^1].Line);
        Assert.All(rows, row => Assert.Equal("Ana Ruiz", Facts(row).FullName));
    }

    [Fact]
    public void Read_HugeBase64Photo_IsNotHeldInMemory()
    {
        // A 30 MB folded photo between the name and the email.
        var head = Utf8("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Ruiz\r\nPHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQ");
        var fold = Utf8("\r\n " + new string('A', 74));
        var tail = Utf8("\r\nEMAIL:ana@example.com\r\nEND:VCARD\r\n");
        using var stream = new RepeatingStream(head, fold, times: 400_000, tail);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();

        var rows = VCardReader.Read(stream, "photo.vcf").ToList();

        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        var ana = Facts(Assert.Single(rows));
        Assert.Equal(["ana@example.com"], ana.Emails);
        Assert.True(allocated < 4_000_000, $"reading a 30 MB photo allocated {allocated:N0} bytes");
    }
}
