using System.Text;
using Playbook.Engine.Import.Csv;
using Playbook.Engine.Import.Reports;
using Playbook.Engine.Import.Writing;

namespace Playbook.Engine.Import.AddressBook;

/// <summary>
/// Reads the contacts of a Google Contacts or Outlook CSV. The encoding is detected (UTF-8 with or without
/// BOM, UTF-16, Windows-1252) and so is the format when not given. A bad row is skipped with its
/// line and the reason, and the rest goes on; a file that cannot be read at all fails before any row.
/// </summary>
internal static class AddressBookCsv
{
    /// <summary>
    /// Reads every row: <see cref="SourceRow.Read"/> per person, <see cref="SourceRow.Skip"/> for a row that is
    /// malformed or names nobody. Enumerate once; <paramref name="stream"/> stays open.
    /// </summary>
    /// <param name="stream">The file, from its current position.</param>
    /// <param name="fileName">The file as the user named it, for messages.</param>
    /// <param name="format">The format, or null to detect it from the header.</param>
    /// <exception cref="ImportException">
    /// The file is empty, binary, in an encoding that cannot be read, another kind of file (a vCard, a LinkedIn
    /// export file), or not a CSV of <paramref name="format"/> (of either format when null). Thrown by this
    /// call, before any row.
    /// </exception>
    public static IEnumerable<SourceRow> Read(Stream stream, string fileName, AddressBookFormat? format)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);

        var (text, sample) = AddressBookText.Open(stream, fileName);
        try
        {
            var header = FindHeader(sample)
                ?? throw new ImportException(fileName, "holds no header row, only blank lines; export the contacts again from Google Contacts or Outlook");
            return Rows(text, header, Columns(header, format, sample, fileName));
        }
        catch
        {
            text.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The format of the file from its header, or null when it is neither (or not readable text; <see cref="Read"/>
    /// says why). Reads the start of the stream; a seekable stream is put back where it was.
    /// </summary>
    public static AddressBookFormat? Detect(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);

        var start = stream.CanSeek ? stream.Position : 0;
        try
        {
            var (text, sample) = AddressBookText.Open(stream, "");
            text.Dispose();
            return FindHeader(sample) is { } header && LayoutDetector.Detect(header) is { } layout ? LayoutDetector.FormatOf(layout) : null;
        }
        catch (ImportException)
        {
            return null;
        }
        finally
        {
            if (stream.CanSeek)
            {
                stream.Position = start;
            }
        }
    }

    /// <summary>The columns to read the file with, by <paramref name="format"/> or by the layout of its header.</summary>
    private static IAddressBookColumns Columns(CsvHeader header, AddressBookFormat? format, string sample, string fileName)
    {
        if (HeaderProblems.OtherKind(header, sample, fileName) is { } otherKind)
        {
            throw new ImportException(fileName, otherKind);
        }

        var layout = LayoutDetector.Detect(header);
        if (format is { } asked && layout is { } found && LayoutDetector.FormatOf(found) != asked)
        {
            var option = LayoutDetector.FormatOf(found) == AddressBookFormat.Google ? "google" : "outlook";
            throw new ImportException(fileName,
                $"is {LayoutDetector.Describe(found)}, not {LayoutDetector.Describe(asked)}; run it again with --format {option}, or without --format to detect it");
        }

        var chosen = format ?? (layout is { } detected ? LayoutDetector.FormatOf(detected) : null);
        IAddressBookColumns? columns = chosen switch
        {
            AddressBookFormat.Google => GoogleColumns.TryCreate(header),
            AddressBookFormat.Outlook => OutlookColumns.TryCreate(header),
            _ => null,
        };
        return columns ?? throw new ImportException(fileName, HeaderProblems.Unknown(header, format));
    }

    /// <summary>The header: the first record that is not blank nor Excel's <c>sep=,</c> line.</summary>
    private static CsvHeader? FindHeader(string sample)
    {
        using var bytes = new MemoryStream(Encoding.UTF8.GetBytes(sample));
        foreach (var record in CsvFile.Read(bytes))
        {
            if (record.IsBlank || (record.Fields.Length == 1 && record.Fields[0].StartsWith("sep=", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            return new CsvHeader(record.Fields.Select(CsvHeader.Clean).ToArray(), record.Line);
        }

        return null;
    }

    private static IEnumerable<SourceRow> Rows(Stream text, CsvHeader header, IAddressBookColumns columns)
    {
        using (text)
        {
            foreach (var record in CsvFile.Read(text))
            {
                if (record.Line <= header.Line || record.IsBlank)
                {
                    continue;
                }

                if (WidthProblem(record, header) is { } problem)
                {
                    yield return SourceRow.Skip(record.Line, problem);
                    continue;
                }

                var facts = columns.Map(record.Fields);
                yield return facts.IdentifiesSomeone ? SourceRow.Read(record.Line, facts) : SourceRow.Skip(record.Line, NamesNobody(facts));
            }
        }
    }

    /// <summary>Why a row does not fit the header; empty cells after the last column (a trailing comma) do no harm.</summary>
    private static string? WidthProblem(CsvRecord record, CsvHeader header)
    {
        var fields = record.Fields;
        if (fields.Length == header.Count || (fields.Length > header.Count && fields.Skip(header.Count).All(string.IsNullOrWhiteSpace)))
        {
            return null;
        }

        return $"has {fields.Length} fields where the header has {header.Count}; check the quotes and commas on this row";
    }

    private static string NamesNobody(ContactFacts facts)
    {
        var has = new List<string>();
        if (facts.Company is { } company)
        {
            has.Add($"company '{company}'");
        }

        if (facts.Phones.Count > 0)
        {
            has.Add($"phone {facts.Phones[0]}");
        }

        if (facts.Urls.Count > 0)
        {
            has.Add($"website {facts.Urls[0]}");
        }

        var only = has.Count > 0 ? $" (it has only {string.Join(", ", has)})" : "";
        return $"names nobody: no name, e-mail address or LinkedIn profile URL{only}";
    }
}
