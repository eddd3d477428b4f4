using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Graphics.Operations.TextObjects;
using UglyToad.PdfPig.Graphics.Operations.TextPositioning;
using UglyToad.PdfPig.Graphics.Operations.TextShowing;
using UglyToad.PdfPig.Graphics.Operations.TextState;
using UglyToad.PdfPig.Tokens;
using UglyToad.PdfPig.Writer;

namespace Playbook.Benchmarks.Profiles;

/// <summary>
/// Letter-size pages of Helvetica text written with PdfPig's <see cref="PdfDocumentBuilder"/>. The text goes in as
/// code page 1252 bytes (see <see cref="WinAnsiTokenWriter"/>), so accents and <c>·</c> survive; a character
/// outside it (<c>ł</c>) fails loudly.
/// </summary>
internal sealed class PdfCanvas : IDisposable
{
    public const double Width = 612;
    public const double Height = 792;

    private static readonly Encoding WinAnsi = CodePagesEncodingProvider.Instance.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)!;

    private readonly MemoryStream _output = new();
    private readonly PdfDocumentBuilder _builder;
    private readonly PdfDocumentBuilder.AddedFont _font;
    private readonly List<(PdfPageBuilder Page, NameToken Font)> _pages = [];

    public PdfCanvas(string? creationDate)
    {
        _builder = new PdfDocumentBuilder(_output, disposeStream: false, PdfWriterType.Default, 1.7, new WinAnsiTokenWriter());
        _font = _builder.AddStandard14Font(Standard14Font.Helvetica);
        _builder.IncludeDocumentInformation = creationDate is not null;
        _builder.DocumentInformation.CreationDate = creationDate;
    }

    /// <summary>How many pages there are so far.</summary>
    public int Pages => _pages.Count;

    /// <summary>Writes <paramref name="text"/> with its baseline starting at (<paramref name="x"/>, <paramref name="y"/>) on page <paramref name="page"/> (0-based), adding pages as needed.</summary>
    public void Text(int page, double x, double y, double size, string text)
    {
        while (_pages.Count <= page)
        {
            AddPage();
        }

        var (builder, font) = _pages[page];
        var operations = builder.CurrentStream.Operations;
        operations.Add(BeginText.Value);
        operations.Add(new SetFontAndSize(font, size));
        operations.Add(new MoveToNextLineWithOffset(x, y));
        operations.Add(new ShowText(Encode(text)));
        operations.Add(EndText.Value);
    }

    /// <summary>The width of <paramref name="text"/> at <paramref name="size"/> points (accented letters are as wide as their base letter in Helvetica).</summary>
    public double Measure(string text, double size)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        if (_pages.Count == 0)
        {
            AddPage();
        }

        var letters = _pages[0].Page.MeasureText(Folded(text), size, new PdfPoint(0, 0), _font);
        return letters[^1].EndBaseLine.X - letters[0].StartBaseLine.X;
    }

    /// <summary>The finished PDF, the same bytes for the same text.</summary>
    public byte[] Build()
    {
        _builder.Build();
        return WithStableId(_output.ToArray());
    }

    public void Dispose()
    {
        _builder.Dispose();
        _output.Dispose();
    }

    // PdfPig registers a font on a page when text is first added with it: add some, keep the resource name, take
    // the operations back out.
    private void AddPage()
    {
        var page = _builder.AddPage(Width, Height);
        var operations = page.CurrentStream.Operations;
        var before = operations.Count;
        page.AddText("x", 1, new PdfPoint(0, 0), _font);
        var font = operations.OfType<SetFontAndSize>().Last().Font;
        operations.RemoveRange(before, operations.Count - before);
        _pages.Add((page, font));
    }

    // PdfPig writes two random GUIDs as the trailer's /ID; a hash of the file instead keeps rewritten fixtures
    // byte-identical (same length, so no offset moves).
    private static byte[] WithStableId(byte[] pdf)
    {
        var at = pdf.AsSpan().LastIndexOf("/ID [ <"u8);
        if (at < 0)
        {
            return pdf;
        }

        var first = at + "/ID [ <".Length;
        var second = first + 32 + 2;
        pdf.AsSpan(first, 32).Fill((byte)'0');
        pdf.AsSpan(second, 32).Fill((byte)'0');
        var id = Encoding.ASCII.GetBytes(Convert.ToHexString(SHA256.HashData(pdf), 0, 16));
        id.CopyTo(pdf, first);
        id.CopyTo(pdf, second);
        return pdf;
    }

    private static byte[] Encode(string text)
    {
        try
        {
            return WinAnsi.GetBytes(text);
        }
        catch (EncoderFallbackException e)
        {
            throw new InvalidOperationException($"'{text}' has a character Helvetica cannot show in WinAnsi (code page 1252): {e.Message}", e);
        }
    }

    private static string Folded(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(c == '€' ? 'E' : c);
            }
        }

        return folded.ToString();
    }
}
