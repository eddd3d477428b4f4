using Playbook.Engine.Import.Profiles;

namespace Playbook.Tests.Import.Profiles;

public sealed class DateRangeTests
{
    [Theory]
    [InlineData("April 2021 - Present (4 years 3 months)", "2021-04", null)]
    [InlineData("2017 - 2020 (3 years)", "2017", "2020")]
    [InlineData("July 2008 - 2011 (3 years)", "2008-07", "2011")]
    [InlineData("2011 - 2011 (less than a year)", "2011", "2011")]
    [InlineData("enero de 2019 - Present (5 años 11 meses)", "2019-01", null)]
    [InlineData("mayo de 2021 - Presente (4 años 2 meses)", "2021-05", null)]
    [InlineData("febrero de 2023 - actualidad (2 años 5 meses)", "2023-02", null)]
    [InlineData("Jan 2019 - Present · 5 yrs 11 mos", "2019-01", null)]
    [InlineData("ene. 2019 - actualidad · 5 años 11 meses", "2019-01", null)]
    [InlineData("sept. 2017 - abr. 2021 · 3 años 8 meses", "2017-09", "2021-04")]
    [InlineData("September 2019 - December 2023", "2019-09", "2023-12")]
    [InlineData("2014 – 2018", "2014", "2018")]
    public void Parse_LinkedInForms_ReadStartAndEnd(string text, string start, string? end)
    {
        var range = DateRange.Parse(text);

        Assert.NotNull(range);
        Assert.Equal(start, range.Value.Start.ToString());
        Assert.Equal(end, range.Value.End?.ToString());
    }

    [Theory]
    [InlineData("Leeds, England, United Kingdom")]
    [InlineData("2 years 2 months")]
    [InlineData("Full-time · 5 yrs")]
    [InlineData("2019")]
    [InlineData("Built the team - from three planners to eight")]
    [InlineData("Jan 2019 - someday")]
    public void Parse_NotARange_IsNull(string text)
    {
        var range = DateRange.Parse(text);

        Assert.Null(range);
    }
}
