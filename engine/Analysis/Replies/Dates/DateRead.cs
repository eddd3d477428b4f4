namespace Playbook.Engine.Analysis.Replies.Dates;

/// <summary>What a date in a reply's words names.</summary>
/// <param name="Date">The day named; null when the words name a day that does not exist ("31 de febrero").</param>
/// <param name="Words">The words that named it, folded.</param>
/// <param name="AfterPeriod">The day is already the first after a period ("end of March" is 1 April), not a last day.</param>
internal sealed record DateRead(DateOnly? Date, string Words, bool AfterPeriod = false);
