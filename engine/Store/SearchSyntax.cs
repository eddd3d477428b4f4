using System.Text;

namespace Playbook.Engine.Store;

/// <summary>
/// Turns what a user types into FTS5 queries: every word must match, as a prefix, quotes escaped; in a contact's
/// full-text row (<c>contact_search</c>: names, company, position, headline, location, emails, notes) or in one of its
/// tags (<c>tag_search</c>, a row per tag name, rowid = the name's in <c>tag_names</c>), a word's phrase within one
/// column or tag, as FTS5 matches it.
/// </summary>
internal static class SearchSyntax
{
    /// <summary>The words of <paramref name="query"/> as FTS5 terms (each a quoted prefix); none when it holds no searchable word.</summary>
    public static List<string> Terms(string? query)
    {
        var terms = new List<string>();
        if (string.IsNullOrWhiteSpace(query))
        {
            return terms;
        }

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

        return terms;
    }

    /// <summary>
    /// A query of the ids (column <c>id</c>) of the contacts that match each of <paramref name="count"/> terms, each
    /// term in the contact's full-text row or in one of its tags; bound by <see cref="Bind"/>. The contacts whose own row
    /// holds every term come straight from that row's index, as when tags were in it; only those with a tag that holds
    /// one of the terms are looked at term by term, so a search that no tag answers costs what it did.
    /// </summary>
    public static string MatchingIds(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var eachTerm = count == 1
            ? ""
            : string.Concat(Enumerable.Range(0, count).Select(i =>
                $" AND (id IN ({Tagged($"@term{i}")})"
                + $" OR id IN (SELECT rowid FROM contact_search WHERE contact_search MATCH @term{i}))"));

        // MATERIALIZED keeps the tags' MATCH in a query of its own: beside the other conditions SQLite would not use the index for it.
        return $"WITH tagged AS MATERIALIZED (SELECT DISTINCT contact_id AS id FROM ({Tagged("@anyTerm")})) "
            + "SELECT rowid AS id FROM contact_search WHERE contact_search MATCH @allTerms "
            + "UNION ALL SELECT id FROM tagged WHERE id NOT IN (SELECT rowid FROM contact_search WHERE contact_search MATCH @allTerms)"
            + eachTerm;
    }

    /// <summary>
    /// The ids (column <c>contact_id</c>) of the contacts with a tag whose words match <paramref name="parameter"/>: the
    /// few tag names matched first, then their contacts by the tags' index.
    /// </summary>
    private static string Tagged(string parameter) =>
        "SELECT t.contact_id FROM contact_tags t WHERE t.tag IN (SELECT n.tag FROM tag_names n WHERE n.id IN "
        + $"(SELECT rowid FROM tag_search WHERE tag_search MATCH {parameter}))";

    /// <summary>Adds <paramref name="terms"/> to <paramref name="parameters"/> as <see cref="MatchingIds"/> names them.</summary>
    public static void Bind(Dapper.DynamicParameters parameters, List<string> terms)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        parameters.Add("allTerms", string.Join(' ', terms));
        parameters.Add("anyTerm", string.Join(" OR ", terms));
        for (var i = 0; i < terms.Count; i++)
        {
            parameters.Add($"term{i}", terms[i]);
        }
    }
}
