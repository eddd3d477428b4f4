using UglyToad.PdfPig.Tokens;
using UglyToad.PdfPig.Writer;

namespace Playbook.Benchmarks.Profiles;

/// <summary>
/// PdfPig's writer gives the standard 14 fonts <c>/StandardEncoding</c>, which has no accented letters; written as
/// <c>/WinAnsiEncoding</c> instead, Helvetica shows the Spanish text that <see cref="PdfCanvas"/> writes in code page 1252.
/// </summary>
internal sealed class WinAnsiTokenWriter : TokenWriter
{
    private static readonly NameToken WinAnsi = NameToken.Create("WinAnsiEncoding");

    protected override void WriteName(NameToken name, Stream outputStream) =>
        base.WriteName(name.Data == "StandardEncoding" ? WinAnsi : name, outputStream);
}
