namespace Playbook.Engine.Import.Writing;

/// <summary>
/// One person read from an address-book file (a vCard, a CSV row): the facts, or why they could not be
/// read. <paramref name="Line"/> is the 1-based line where the card or row starts.
/// </summary>
internal sealed record SourceRow(long Line, ContactFacts? Facts, string? Problem)
{
    public static SourceRow Read(long line, ContactFacts facts) => new(line, facts, null);

    public static SourceRow Skip(long line, string problem) => new(line, null, problem);
}
