using Playbook.Engine.Languages;

namespace Playbook.Tests.Languages;

public sealed class PlaceLanguagesTests
{
    [Theory]
    [InlineData("Madrid, Community of Madrid, Spain", "es", "Spain")]
    [InlineData("Madrid, Comunidad de Madrid, España", "es", "España")]
    [InlineData("Barcelona, Cataluña", "es", "Cataluña")]
    [InlineData("Ciudad de México, México", "es", "México")]
    [InlineData("Buenos Aires, Argentina", "es", "Argentina")]
    [InlineData("Bogotá, D.C., Capital District, Colombia", "es", "Colombia")]
    [InlineData("Greater Madrid Metropolitan Area", "es", "Greater Madrid Metropolitan Area")]
    [InlineData("Barcelona y alrededores", "es", "Barcelona y alrededores")]
    [InlineData("Bogotá D.C. Metropolitan Area", "es", "Bogotá D.C. Metropolitan Area")]
    [InlineData("London, England, United Kingdom", "en", "United Kingdom")]
    [InlineData("Austin, Texas, United States", "en", "United States")]
    [InlineData("Paris, Texas, United States", "en", "United States")]
    [InlineData("Dublin, County Dublin, Ireland", "en", "Ireland")]
    [InlineData("San Francisco Bay Area", "en", "San Francisco Bay Area")]
    [InlineData("Nueva York, EE. UU.", "en", "EE. UU.")]
    [InlineData("Munich, Bavaria, Germany", "de", "Germany")]
    [InlineData("Wien, Österreich", "de", "Österreich")]
    [InlineData("Zürich, Switzerland", "de", "Switzerland")]
    [InlineData("Geneva, Switzerland", "fr", "Geneva")]
    [InlineData("Lugano, Ticino, Switzerland", "it", "Lugano")]
    [InlineData("Montreal, Quebec, Canada", "fr", "Montreal")]
    [InlineData("Toronto, Ontario, Canada", "en", "Canada")]
    [InlineData("Brussels, Brussels Region, Belgium", "fr", "Brussels")]
    [InlineData("Lyon, Auvergne-Rhône-Alpes, France", "fr", "France")]
    [InlineData("Île-de-France", "fr", "Île-de-France")]
    [InlineData("Lisbon, Portugal", "pt", "Portugal")]
    [InlineData("São Paulo e Região", "pt", "São Paulo e Região")]
    [InlineData("São Paulo, São Paulo, Brasil", "pt", "Brasil")]
    [InlineData("Milano, Lombardia, Italia", "it", "Italia")]
    public void Find_Location_GivesTheLanguageAndThePartThatDecided(string location, string code, string place)
    {
        var found = PlaceLanguages.Find(location);

        Assert.Equal((code, place), found);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Remote")]
    [InlineData("Antwerp, Flanders, Belgium")]
    [InlineData("Tokyo, Japan")]
    public void Find_UnknownOrUndecidedPlace_IsNull(string? location)
    {
        var found = PlaceLanguages.Find(location);

        Assert.Null(found);
    }
}
