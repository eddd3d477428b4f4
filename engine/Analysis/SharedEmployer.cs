using System.Globalization;

namespace Playbook.Engine.Analysis;

/// <summary>
/// A company we both worked at, and whether at the same time: templates read it as
/// <c>analysis.shared_employers.first.years</c>, conditions as <c>analysis.SharedEmployers[0].SameTime</c>.
/// </summary>
/// <param name="Company">The company, as my profile writes it.</param>
/// <param name="SameTime">Whether our years there overlapped; null when either side's dates are unknown.</param>
/// <param name="From">The first year we were both there, when we were.</param>
/// <param name="To">The last year we were both there (this year for both still there), when we were.</param>
public sealed record SharedEmployer(string Company, bool? SameTime, int? From, int? To)
{
    /// <summary>The years we were both there: <c>2019–2021</c>, or <c>2020</c> for one year; null when we were not or it is unknown.</summary>
    public string? Years => (From, To) switch
    {
        ({ } from, { } to) when from == to => from.ToString(CultureInfo.InvariantCulture),
        ({ } from, { } to) => string.Create(CultureInfo.InvariantCulture, $"{from}–{to}"),
        _ => null,
    };
}
