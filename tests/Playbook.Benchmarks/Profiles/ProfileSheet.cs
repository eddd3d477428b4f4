namespace Playbook.Benchmarks.Profiles;

/// <summary>
/// What a LinkedIn-like "Save to PDF" profile shows, for <see cref="ProfilePdfWriter"/>: the texts as LinkedIn prints
/// them (a company with its employment type, dates with their duration, a degree with its years), laid out and
/// wrapped by the writer.
/// </summary>
internal sealed record ProfileSheet
{
    /// <summary>The name at the top.</summary>
    public required string FullName { get; init; }

    /// <summary>Whether the headings and footers are the Spanish export's (Contactar, Extracto, Página 1 de 2).</summary>
    public bool Spanish { get; init; }

    /// <summary>The headline (wrapped by the writer when long).</summary>
    public string? Headline { get; init; }

    /// <summary>The location line under the headline.</summary>
    public string? Location { get; init; }

    /// <summary>The Summary's paragraphs; none for a profile without a Summary.</summary>
    public IReadOnlyList<string> Summary { get; init; } = [];

    /// <summary>The Contact section's items.</summary>
    public IReadOnlyList<SheetContact> Contact { get; init; } = [];

    /// <summary>Top Skills.</summary>
    public IReadOnlyList<string> Skills { get; init; } = [];

    /// <summary>Languages as printed: <c>English (Native or Bilingual)</c>.</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];

    /// <summary>Certifications.</summary>
    public IReadOnlyList<string> Certifications { get; init; } = [];

    /// <summary>Honors-Awards, a section the reader keeps nothing of.</summary>
    public IReadOnlyList<string> Honors { get; init; } = [];

    /// <summary>Experience, one entry per company.</summary>
    public IReadOnlyList<SheetCompany> Experience { get; init; } = [];

    /// <summary>Education.</summary>
    public IReadOnlyList<SheetSchool> Education { get; init; } = [];

    /// <summary>The PDF's creation date as written in it (<c>D:20250622231919Z</c>), or null for none.</summary>
    public string? CreationDate { get; init; }
}
