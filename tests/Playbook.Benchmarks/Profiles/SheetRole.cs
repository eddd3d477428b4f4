namespace Playbook.Benchmarks.Profiles;

/// <summary>A role under a company.</summary>
/// <param name="Title">The title (wrapped by the writer when long).</param>
/// <param name="Dates">The dates as printed: <c>April 2021 - Present (4 years 3 months)</c>.</param>
/// <param name="Location">The location line under the dates, or null.</param>
/// <param name="Description">The description's paragraphs.</param>
/// <param name="DatesOnNextPage">Start a new page before the dates, as happens when a title ends a page.</param>
internal sealed record SheetRole(string Title, string Dates, string? Location = null, IReadOnlyList<string>? Description = null, bool DatesOnNextPage = false);
