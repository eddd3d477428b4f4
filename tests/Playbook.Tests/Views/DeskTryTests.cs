using Playbook.Engine.Analysis.Replies;
using Playbook.Engine.Configuration;
using Playbook.Tests.Support;

namespace Playbook.Tests.Views;

/// <summary>The desk's actions meet broken settings: the mistake and its place on the message line, the desk kept.</summary>
[Collection(DeskTests.Name)]
public sealed class DeskTryTests
{
    [Fact]
    public void Try_ReplyRulesThatYamlDotNetFailsOn_SaysTheMistakeAndItsPlace()
    {
        using var folder = new TempFolder();
        var rules = folder.Write("reply-rules.yaml", "...\nrules: []\n");
        using var desk = new DeskHarness();

        desk.Window.Try(() => ReplyRules.Load(rules));

        Assert.Equal($"Could not do that: {rules}(1,1): invalid YAML: '...' ends the document here, yet more follows; remove this line", desk.Window.Message);
    }

    [Fact]
    public void Try_ConfigNestedTooDeep_SaysTheMistakeAndItsPlace()
    {
        using var folder = new TempFolder();
        var config = folder.Write("config.yaml", "me: " + new string('[', 100));
        using var desk = new DeskHarness();

        desk.Window.Try(() => ConfigLoader.Load(config));

        Assert.Equal($"Could not do that: {config}(1,68): lists and mappings nested more than 64 deep; a YAML file may nest them 64 levels at most", desk.Window.Message);
    }
}
