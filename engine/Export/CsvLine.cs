using System.Text;

namespace Playbook.Engine.Export;

/// <summary>Writes RFC 4180 rows: fields with commas, quotes or line breaks are quoted, quotes doubled.</summary>
internal static class CsvLine
{
    public static void Write(TextWriter writer, IEnumerable<string?> fields)
    {
        var builder = new StringBuilder();
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                builder.Append(',');
            }

            first = false;
            var value = field ?? "";
            if (value.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                builder.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                builder.Append(value);
            }
        }

        builder.Append("\r\n");
        writer.Write(builder);
    }
}
