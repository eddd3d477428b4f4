using Playbook.Engine.Analysis.Replies;
using Playbook.Tests.Support;

namespace Playbook.Tests.Analysis;

public sealed class ReplyRulesTests
{
    [Fact]
    public void Parse_ValidRule_ReadsLabelCueAndPatterns()
    {
        var rules = ReplyRules.Parse("rules:\n  - label: negative\n    cue: not interested\n    patterns: ['\\bno me interesa\\b']\n", "reply-rules.yaml");

        var rule = Assert.Single(rules);
        Assert.Equal(("negative", "not interested"), (rule.Label, rule.Cue));
        Assert.Matches(Assert.Single(rule.Patterns), "no me interesa, gracias");
    }

    [Fact]
    public void Parse_SeveralMistakes_ReportsEveryOneInFileOrderInOneError()
    {
        const string yaml = """
            rules:
              - label: angry
                cue: shouting
                patterns: ['!!!']
              - label: negative
                cue: not interested
                patterns: ['(unclosed']
              - label: engaged
                cue: let's talk
                pattern: ['hablamos']
              - just a line
            colour: red
            """;

        var error = Assert.Throws<ReplyRulesException>(() => ReplyRules.Parse(yaml, "reply-rules.yaml"));

        Assert.Equal(
            """
            reply-rules.yaml(2,12): label 'angry' should be one of ignore, auto, negative, engaged, brush-off, return, later, referral
            reply-rules.yaml(7,16): '(unclosed' is not a regular expression: Invalid pattern '(unclosed' at offset 9. Not enough )'s.
            reply-rules.yaml(10,5): unknown key 'pattern' in a rule; a rule has label, cue, patterns and optionally weak and returns
            reply-rules.yaml(11,5): a rule should be a mapping with label, cue and patterns
            reply-rules.yaml(12,1): unknown key 'colour'; a rules file has one key, 'rules'
            """,
            error.Message);
    }

    [Fact]
    public void Parse_WeakAndReturns_AreReadAndABadValueIsReportedWithItsPosition()
    {
        var rules = ReplyRules.Parse("rules:\n  - label: brush-off\n    cue: thanks\n    weak: true\n    patterns: ['\\bthanks\\b']\n  - label: auto\n    cue: advert\n    returns: false\n    patterns: ['\\bsponsored\\b']\n", "reply-rules.yaml");
        Assert.Equal((true, true), (rules[0].Weak, rules[0].Returns));
        Assert.Equal((false, false), (rules[1].Weak, rules[1].Returns));

        var error = Assert.Throws<ReplyRulesException>(() => ReplyRules.Parse("rules:\n  - label: brush-off\n    cue: thanks\n    weak: maybe\n    patterns: ['x']\n", "reply-rules.yaml"));

        Assert.Equal("reply-rules.yaml(4,11): 'weak' should be true or false", error.Message);
    }

    [Fact]
    public void Parse_ListInsteadOfRules_SaysWhatTheFileShouldHold()
    {
        var error = Assert.Throws<ReplyRulesException>(() => ReplyRules.Parse("- label: auto\n", "reply-rules.yaml"));

        Assert.Equal("reply-rules.yaml(1,1): a rules file should be a mapping with one key, 'rules'", error.Message);
    }

    [Fact]
    public void Parse_BrokenYaml_ReportsItsPosition()
    {
        var error = Assert.Throws<ReplyRulesException>(() => ReplyRules.Parse("rules: [\n", "reply-rules.yaml"));

        Assert.StartsWith("reply-rules.yaml(2,1): invalid YAML: ", error.Message, StringComparison.Ordinal);
        Assert.Single(error.Problems);
    }

    [Fact]
    public void Load_UserFileWithAMistake_NamesTheFileByItsPath()
    {
        using var folder = new TempFolder();
        var path = folder.Write("playbook/reply-rules.yaml", "rules:\n  - label: auto\n");

        var error = Assert.Throws<ReplyRulesException>(() => ReplyRules.Load(path));

        Assert.Equal($"{path}(2,5): a rule needs a label, a cue and at least one pattern", error.Message);
    }
}
