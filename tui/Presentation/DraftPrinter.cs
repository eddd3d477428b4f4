using System.Globalization;
using Playbook.Engine.Runs;

namespace Playbook.Tui.Presentation;

/// <summary>A draft for people: a header line that says what it is, then its text in full, indented.</summary>
internal static class DraftPrinter
{
    private const string BodyIndent = "    ";

    /// <summary>
    /// Writes <c>#1  Elena Ruiz  (welcome/welcome, linkedin, es, 199 of 8000 characters)</c>, the analysis it was
    /// written with (<c>why: score 0.35; former colleague Contoso (company)</c>, then each piece of evidence) when it has
    /// one, and the body under it;
    /// without <paramref name="contactName"/> the header leaves the name out (the caller said it already), and
    /// without <paramref name="withStatus"/> it does not say whether it was sent (a dry run only takes it as sent).
    /// </summary>
    public static void Write(TextWriter output, Draft draft, string? contactName, string indent = "", bool withStatus = true)
    {
        var name = contactName is null ? "" : "  " + contactName;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{indent}#{draft.Id}{name}  ({Details(draft, withStatus)})"));
        foreach (var line in DraftWhy.Lines(draft))
        {
            output.WriteLine($"{indent}  {line}");
        }

        foreach (var line in draft.Body.ReplaceLineEndings("\n").Split('\n'))
        {
            output.WriteLine(line.Length == 0 ? "" : indent + BodyIndent + line);
        }
    }

    private static string Details(Draft draft, bool withStatus)
    {
        var parts = new List<string> { $"{draft.Playbook}/{draft.Step}", draft.Channel };
        if (draft.Variant is { } variant)
        {
            parts.Add($"variant {variant}");
        }

        if (draft.Language is { } language)
        {
            parts.Add(language);
        }

        parts.Add(RuntimeText.Size(draft));
        if (withStatus && draft.Status != DraftStatuses.Pending)
        {
            parts.Add(draft.DecidedAt is { } at ? $"{draft.Status} {RuntimeText.Instant(at)}" : draft.Status);
        }

        return string.Join(", ", parts);
    }
}
