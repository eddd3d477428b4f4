using System.Text;

namespace Playbook.Engine.Store;

/// <summary>Turns what a user types into an FTS5 query: every word must match, as a prefix, quotes escaped.</summary>
internal static class SearchSyntax
{
    /// <summary>The MATCH expression for <paramref name="query"/>, or null when it holds no searchable word.</summary>
    public static string? ToMatchExpression(string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return null;
        }

        var terms = new List<string>();
        foreach (var word in query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (!word.Any(char.IsLetterOrDigit))
            {
                continue;
            }

            var builder = new StringBuilder(word.Length + 4);
            builder.Append('"').Append(word.Replace("\"", "\"\"", StringComparison.Ordinal)).Append("\"*");
            terms.Add(builder.ToString());
        }

        return terms.Count == 0 ? null : string.Join(' ', terms);
    }
}
