namespace Playbook.Benchmarks.Profiles;

/// <summary>
/// Writes a profile PDF laid out as LinkedIn's "Save to PDF" is (measured on real files with PdfPig): a letter-size
/// page, the sidebar at x = 21.6 (headings 13 pt, items 10.5, contact URLs 11 with their label), the main column at
/// x = 223.6 (name 26, headline and location 12, headings 15.8, company 12, role title 11.5, dates, location,
/// description and degree 10.5), the text running on across pages with a "Page 1 of 2" footer (9 pt at x = 384,
/// y = 14) on each, and the creation date in the document information.
/// </summary>
internal static class ProfilePdfWriter
{
    private const double SidebarX = 21.6;
    private const double SidebarWidth = 165;
    private const double MainX = 223.6;
    private const double MainWidth = 348;

    // Baseline to baseline: a wrapped line is 1.2 times its size; a new item in the sidebar 17.5 pt below the last.
    private const double ItemGap = 17.5;
    private const double AfterHeading = 20;

    /// <summary>Writes the PDF of <paramref name="sheet"/> to <paramref name="path"/>.</summary>
    public static void Write(ProfileSheet sheet, string path) => File.WriteAllBytes(path, Build(sheet));

    /// <summary>The bytes of the PDF of <paramref name="sheet"/>.</summary>
    public static byte[] Build(ProfileSheet sheet)
    {
        using var canvas = new PdfCanvas(sheet.CreationDate);
        WriteSidebar(sheet, new ColumnFlow(canvas, SidebarX, SidebarWidth));
        WriteMain(sheet, new ColumnFlow(canvas, MainX, MainWidth));
        var pages = canvas.Pages;
        for (var page = 0; page < pages; page++)
        {
            var footer = sheet.Spanish ? $"Página {page + 1} de {pages}" : $"Page {page + 1} of {pages}";
            canvas.Text(page, 384, 14, 9, footer);
        }

        return canvas.Build();
    }

    private static void WriteSidebar(ProfileSheet sheet, ColumnFlow column)
    {
        var first = true;
        void Heading(string english, string spanish)
        {
            column.Line(sheet.Spanish ? spanish : english, 13, first ? 0 : 30);
            first = false;
        }

        if (sheet.Contact.Count > 0)
        {
            Heading("Contact", "Contactar");
            var gap = AfterHeading;
            foreach (var item in sheet.Contact)
            {
                // Emails and phones are 10.5 pt; URLs 11.
                var size = item.Label is null || item.Value.Contains('@') || item.Value.All(c => char.IsDigit(c) || c is '+' or ' ') ? 10.5 : 11;
                Lines(column, column.WrapValue(item.Value, item.Label, size), size, gap);
                gap = ItemGap;
            }
        }

        Items(column, sheet.Skills, () => Heading("Top Skills", "Aptitudes principales"));
        Items(column, sheet.Languages, () => Heading("Languages", "Idiomas"));
        Items(column, sheet.Certifications, () => Heading("Certifications", "Certificaciones"));
        Items(column, sheet.Honors, () => Heading("Honors-Awards", "Honores y premios"));
    }

    private static void Items(ColumnFlow column, IReadOnlyList<string> items, Action heading)
    {
        if (items.Count == 0)
        {
            return;
        }

        heading();
        var gap = AfterHeading;
        foreach (var item in items)
        {
            Lines(column, column.Wrap(item, 10.5), 10.5, gap);
            gap = ItemGap;
        }
    }

    // An item's wrapped lines are 1.2 sizes apart.
    private static void Lines(ColumnFlow column, List<string> lines, double size, double gap)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            column.Line(lines[i], size, i > 0 ? size * 1.2 : gap);
        }
    }

    private static void WriteMain(ProfileSheet sheet, ColumnFlow column)
    {
        column.Line(sheet.FullName, 26, 0);
        var gap = 30.0;
        foreach (var line in sheet.Headline is null ? [] : column.Wrap(sheet.Headline, 12))
        {
            column.Line(line, 12, gap);
            gap = 14.4;
        }

        if (sheet.Location is not null)
        {
            column.Line(sheet.Location, 12, 20);
        }

        if (sheet.Summary.Count > 0)
        {
            column.Line(sheet.Spanish ? "Extracto" : "Summary", 15.8, 36);
            gap = 24;
            foreach (var paragraph in sheet.Summary)
            {
                foreach (var line in column.Wrap(paragraph, 12))
                {
                    column.Line(line, 12, gap);
                    gap = 14.4;
                }

                gap = 28.8;
            }
        }

        if (sheet.Experience.Count > 0)
        {
            column.Line(sheet.Spanish ? "Experiencia" : "Experience", 15.8, 36);
            gap = 24;
            foreach (var company in sheet.Experience)
            {
                Wrapped(column, company.Name, 12, gap);
                if (company.Total is not null)
                {
                    column.Line(company.Total, 10.5, 15);
                }

                foreach (var role in company.Roles)
                {
                    Wrapped(column, role.Title, 11.5, 17);
                    if (role.DatesOnNextPage)
                    {
                        column.NewPage();
                    }

                    column.Line(role.Dates, 10.5, 14);
                    if (role.Location is not null)
                    {
                        column.Line(role.Location, 10.5, 12.6);
                    }

                    foreach (var paragraph in role.Description ?? [])
                    {
                        Wrapped(column, paragraph, 10.5, 19);
                    }
                }

                gap = 26;
            }
        }

        if (sheet.Education.Count > 0)
        {
            column.Line(sheet.Spanish ? "Educación" : "Education", 15.8, 36);
            gap = 24;
            foreach (var school in sheet.Education)
            {
                Wrapped(column, school.Name, 12, gap);
                if (school.Degree is not null)
                {
                    Wrapped(column, school.Degree, 10.5, 14);
                }

                gap = 26;
            }
        }
    }

    private static void Wrapped(ColumnFlow column, string text, double size, double gap)
    {
        foreach (var line in column.Wrap(text, size))
        {
            column.Line(line, size, gap);
            gap = size * 1.2;
        }
    }
}
