using Playbook.Engine.Contacts;

namespace Playbook.Tests.Contacts;

public sealed class TagsTests
{
    [Theory]
    [InlineData("Client", "client")]
    [InlineData("  Do-Not-Contact ", "do-not-contact")]
    [InlineData("", null)]
    [InlineData("   ", null)]
    [InlineData(null, null)]
    public void Normalize_Tag_IsTrimmedLowerCase(string? tag, string? stored)
    {
        Assert.Equal(stored, Tags.Normalize(tag));
    }
}
