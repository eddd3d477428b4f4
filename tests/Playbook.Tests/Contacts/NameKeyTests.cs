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
