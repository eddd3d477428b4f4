using System.Text;
using Playbook.Engine.Import.Profiles;
using Playbook.Tests.Support;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Playbook.Tests.Import.Profiles;

/// <summary>What is not a profile, or cannot be read, is one ProfileException naming the file, what is wrong and what to do.</summary>
public sealed class ProfileErrorTests
{
    private const string SavePdf = "save the profile with More → Save to PDF";
    private const string CopyPage = "open the profile in a browser, select all, copy and paste it into the file";
    private const string CopyUtf8 = "open the profile in a browser, select all, copy and paste it into a UTF-8 text file";

    [Fact]
    public void ReadPdf_AnInvoice_IsNotALinkedInProfile()
    {
        using var pdf = File.OpenRead(RepoPaths.Profile("invoice.pdf"));

        var error = Assert.Throws<ProfileException>(() => ProfileReader.ReadPdf(pdf, "downloads/invoice.pdf"));

        Assert.Equal($"downloads/invoice.pdf: not a LinkedIn profile (no profile URL in a Contact section and no Experience or Education heading); {SavePdf}", error.Message);
        Assert.Equal("downloads/invoice.pdf", error.File);
    }

    [Fact]
    public void Read_AProfileLayoutWithoutItsUrl_IsNotALinkedInProfile()
    {
        var path = RepoPaths.Profile("without-profile-url.pdf");

        var error = Assert.Throws<ProfileException>(() => ProfileReader.Read(path));

        Assert.Equal(path, error.File);
        Assert.Equal($"not a LinkedIn profile (no profile URL in a Contact section); {SavePdf}", error.Reason);
    }

    [Fact]
    public void Read_AFolder_SaysItIsAFolderAndWhatToGive()
    {
        using var folder = new TempFolder();

        var error = Assert.Throws<ProfileException>(() => ProfileReader.Read(folder.Path));

        Assert.Equal(
            $"{folder.Path}: is a folder, not a profile; give the profile's PDF or the copied page's text file (or import profiles FOLDER for a folder of them)",
            error.Message);
    }

    [Fact]
    public void Read_ATruncatedPdf_IsDamaged()
    {
        var path = RepoPaths.Profile("truncated.pdf");

        var error = Assert.Throws<ProfileException>(() => ProfileReader.Read(path));

        Assert.Equal($"{path}: damaged PDF (it stops before its %%EOF end marker: the file is cut short); {SavePdf} again", error.Message);
    }

    [Fact]
    public void Read_APdfPigFailure_IsDamagedWithPdfPigsMessage()
    {
        var path = RepoPaths.Profile("garbage.pdf");

        var error = Assert.Throws<ProfileException>(() => ProfileReader.Read(path));

        Assert.Equal($"damaged PDF (Could not find any xref tables or streams in this document and could not resolve brute force positions.); {SavePdf} again", error.Reason);
    }

    [Fact]
    public void ReadPdf_NotStartingWithPdf_IsNotAPdf()
    {
        using var stream = new MemoryStream("hello"u8.ToArray());

        var error = Assert.Throws<ProfileException>(() => ProfileReader.ReadPdf(stream, "notes.pdf"));

        Assert.Equal($"notes.pdf: not a PDF (it does not start with %PDF); {SavePdf}", error.Message);
    }

    [Fact]
    public void ReadPdf_Over20Megabytes_IsRefusedBeforeParsing()
    {
        var bytes = new byte[25 << 20];
        "%PDF-1.7"u8.CopyTo(bytes);
        using var stream = new MemoryStream(bytes);

        var error = Assert.Throws<ProfileException>(() => ProfileReader.ReadPdf(stream, "huge.pdf"));

        Assert.Equal("huge.pdf: too large for a saved profile (25.0 MB, at most 20 MB); check that this is the profile's PDF", error.Message);
    }

    [Fact]
    public void ReadPdf_AnUnseekableStreamOver20Megabytes_StopsReadingPastTheLimit()
    {
        var bytes = new byte[25 << 20];
        "%PDF-1.7"u8.CopyTo(bytes);
        using var stream = new BufferedStream(new ForwardOnlyStream(bytes));

        var error = Assert.Throws<ProfileException>(() => ProfileReader.ReadPdf(stream, "piped.pdf"));

        Assert.Equal("piped.pdf: too large for a saved profile (more than 20 MB); check that this is the profile's PDF", error.Message);
    }

    [Fact]
    public void ReadPdf_MoreThan50Pages_IsRefused()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (var i = 0; i < 51; i++)
        {
            builder.AddPage(612, 792).AddText("Experience", 15.8, new PdfPoint(223.6, 700), font);
        }

        using var stream = new MemoryStream(builder.Build());

        var error = Assert.Throws<ProfileException>(() => ProfileReader.ReadPdf(stream, "book.pdf"));

        Assert.Equal("book.pdf: 51 pages, more than the 50 a saved profile can have; check that this is the profile's PDF", error.Message);
    }

    [Fact]
    public void Read_AnEmptyText_SaysItIsEmpty()
    {
        var path = RepoPaths.Profile("empty.txt");

        var error = Assert.Throws<ProfileException>(() => ProfileReader.Read(path));

        Assert.Equal($"{path}: empty; {CopyPage}", error.Message);
    }

    [Fact]
    public void Read_AnUnrelatedText_IsNotAProfilePage()
    {
        var path = RepoPaths.Profile("meeting-notes.txt");

        var error = Assert.Throws<ProfileException>(() => ProfileReader.Read(path));

        Assert.Equal($"{path}: not a LinkedIn profile page (no Experience or Education heading); {CopyPage}", error.Message);
    }

    [Fact]
    public void ReadText_HeadingsWithoutATopCard_HasNoName()
    {
        var text = "Experience\nResearch Engineer\nBrightwater Medical Devices\nJul 2023 - Present · 2 yrs 1 mo\n";

        var error = Assert.Throws<ProfileException>(() => ProfileReader.ReadText(text, "pasted.txt"));

        Assert.Equal($"pasted.txt: no name before the first section; {CopyPage}, from the top of the page", error.Message);
    }

    [Fact]
    public void ReadText_OverAMegabyte_IsRefused()
    {
        var text = new string('a', (1 << 20) + 1);

        var error = Assert.Throws<ProfileException>(() => ProfileReader.ReadText(text, "pasted.txt"));

        Assert.Equal($"pasted.txt: too large for a copied profile page (1,048,577 characters, at most 1 MB); {CopyUtf8}", error.Message);
    }

    [Fact]
    public void Read_ATextFileOverAMegabyte_IsRefusedBeforeReading()
    {
        using var folder = new TempFolder();
        var path = folder.Write("big.txt", new string('a', 3 << 19));

        var error = Assert.Throws<ProfileException>(() => ProfileReader.Read(path));

        Assert.Equal($"{path}: too large for a copied profile page (1.5 MB, at most 1 MB); {CopyUtf8}", error.Message);
    }

    [Fact]
    public void Read_BinaryBytes_AreNotText()
    {
        using var folder = new TempFolder();
        var path = folder.Write("photo.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46]);

        var error = Assert.Throws<ProfileException>(() => ProfileReader.Read(path));

        Assert.Equal($"{path}: not text (it holds NUL bytes) and not a PDF; {CopyUtf8}", error.Message);
    }

    [Fact]
    public void Read_Latin1Text_IsNotUtf8()
    {
        using var folder = new TempFolder();
        var path = folder.Write("latin1.txt", Encoding.Latin1.GetBytes("Lucía Ferrer\nExperiencia\n"));

        var error = Assert.Throws<ProfileException>(() => ProfileReader.Read(path));

        Assert.Equal($"{path}: not UTF-8 text; {CopyUtf8}", error.Message);
    }

    [Fact]
    public void Read_AMissingFile_SaysSo()
    {
        using var folder = new TempFolder();
        var path = folder.File("nowhere.pdf");

        var error = Assert.Throws<ProfileException>(() => ProfileReader.Read(path));

        Assert.Equal($"{path}: no such file", error.Message);
    }

    [Theory]
    [InlineData("%PDF-1.7", true)]
    [InlineData("%PDF", true)]
    [InlineData("%PD", false)]
    [InlineData("\uFEFF%PDF", false)]
    [InlineData("Olivia", false)]
    [InlineData("", false)]
    public void IsPdf_Head_IsThePdfHeader(string head, bool pdf)
    {
        var bytes = Encoding.UTF8.GetBytes(head);

        var isPdf = ProfileReader.IsPdf(bytes);

        Assert.Equal(pdf, isPdf);
    }

    /// <summary>A stream that can only be read forward, as a pipe or a network stream.</summary>
    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();
    }
}
