using Playbook.Engine.Contacts;

namespace Playbook.Tests.Contacts;

public sealed class PartialDateTests
{
    [Theory]
    [InlineData("2019-01", 2019, 1)]
    [InlineData("2019", 2019, null)]
    [InlineData("Jan 2019", 2019, 1)]
    [InlineData("January 2019", 2019, 1)]
    [InlineData("enero de 2019", 2019, 1)]
    [InlineData("ene. 2019", 2019, 1)]
    [InlineData("sept. 2017", 2017, 9)]
    [InlineData("Sep 2019", 2019, 9)]
    [InlineData("agosto de 2019", 2019, 8)]
    [InlineData("dic. 2021", 2021, 12)]
    [InlineData("abr. 2021", 2021, 4)]
    [InlineData("  JULY 2008 ", 2008, 7)]
    public void Parse_LinkedInAndOwnForms_ReadYearAndMonth(string text, int year, int? month)
    {
        var date = PartialDate.Parse(text);

        Assert.Equal(new PartialDate(year, month), date);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Present")]
    [InlineData("actualidad")]
    [InlineData("2019-13")]
    [InlineData("Smarch 2019")]
    [InlineData("19")]
    public void Parse_NoDate_IsNull(string? text)
    {
        var date = PartialDate.Parse(text);

        Assert.Null(date);
    }

    [Fact]
    public void ToString_MonthAndYear_WritesOwnForm()
    {
        var month = new PartialDate(2019, 1);
        var year = new PartialDate(2019, null);

        var texts = (month.ToString(), year.ToString());

        Assert.Equal(("2019-01", "2019"), texts);
    }
}
