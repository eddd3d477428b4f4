using Playbook.Engine.Contacts;

namespace Playbook.Tests.Contacts;

public sealed class StagesTests
{
    [Fact]
    public void All_IsTheDocumentedStagesInOrder()
    {
        Assert.Equal(["new", "contacted", "replied", "conversation", "meeting", "collaboration", "dormant"], Stages.All);
    }

    [Theory]
    [InlineData("meeting", true)]
    [InlineData("Meeting", false)]
    [InlineData("won", false)]
    [InlineData("", false)]
    public void IsKnown_Stage_OnlyTheExactNames(string stage, bool known)
    {
        Assert.Equal(known, Stages.IsKnown(stage));
    }
}
