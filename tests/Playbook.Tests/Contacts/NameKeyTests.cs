using Playbook.Engine.Contacts;

namespace Playbook.Tests.Contacts;

public sealed class NameKeyTests
{
    [Theory]
    [InlineData("José  Núñez", "jose nunez")]
    [InlineData("  Jürgen Müller ", "jurgen muller")]
    [InlineData("ZOË\tBRANDT", "zoe brandt")]
    [InlineData("Wren Hale, PhD", "wren hale, phd")]
    [InlineData(null, "")]
    [InlineData("   ", "")]
    public void Of_Name_IsFoldedForComparison(string? name, string key)
    {
        Assert.Equal(key, NameKey.Of(name));
    }

    [Theory]
    [InlineData("wren hale")]
    [InlineData(" Wren\t\tHALE \r\n")]
    [InlineData("wren  hale")]
    [InlineData("wren\u00a0hale")]
    [InlineData("\twren hale")]
    [InlineData("ada lovelace-byron, 2nd")]
    public void Of_AnAsciiName_FoldsAsANameWithAccentsDoes(string name)
    {
        // The accent after the name is folded away; the rest of the name goes the way of every other name.
        Assert.Equal(NameKey.Of(name + " é").TrimEnd('e').TrimEnd(), NameKey.Of(name));
    }

    [Fact]
    public void Of_AFoldedAsciiName_IsTheNameItself()
    {
        const string name = "wren hale";

        Assert.Same(name, NameKey.Of(name));
    }

    [Theory]
    [InlineData("Ana", "García Ruiz", "Ana García Ruiz")]
    [InlineData(" Ana ", null, "Ana")]
    [InlineData(null, "Doe, Ph.D.", "Doe, Ph.D.")]
    [InlineData(null, null, "")]
    public void Join_Parts_GivesTheFullName(string? first, string? last, string full)
    {
        Assert.Equal(full, NameKey.Join(first, last));
    }

    [Theory]
    [InlineData("Ana García Ruiz", "Ana", "García Ruiz")]
    [InlineData("Wren Hale, PhD", "Wren", "Hale, PhD")]
    [InlineData("  Cher  ", "Cher", null)]
    [InlineData("", null, null)]
    [InlineData(null, null, null)]
    public void Split_FullName_GivesFirstWordAndTheRest(string? full, string? first, string? last)
    {
        Assert.Equal((first, last), NameKey.Split(full));
    }
}
