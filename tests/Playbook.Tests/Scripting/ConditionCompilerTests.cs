using Playbook.Engine.Scripting;

namespace Playbook.Tests.Scripting;

public sealed class ConditionCompilerTests
{
    [Fact]
    public void Compile_ProfileUrlCondition_EvaluatesOverTheContact()
    {
        using var conditions = ConditionCompiler.Compile([ConditionSamples.When("contact.ProfileUrl != null")]);

        var result = conditions.Evaluate("welcome.yaml#when", ConditionSamples.Context());

        Assert.Empty(conditions.Problems);
        Assert.True(result);
        Assert.False(conditions.FromCache);
    }

    [Fact]
    public void Evaluate_EveryContextMember_IsUsableByItsName()
    {
        var expected = new Dictionary<string, bool>
        {
            ["contact.FirstName == \"Ana\" && contact.Tags.Count == 2"] = true,
            ["event.Kind == EventKinds.InvitationReceived"] = true,
            ["me.Goals.Count > 0 && me.Skills.Contains(\"C#\")"] = true,
            ["now == new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero)"] = true,
            ["runStartedAt < now"] = true,
            ["history.Count(e => e.Kind == EventKinds.MessageReceived) == 1"] = true,
            ["vars[\"variant\"] == \"b\" && vars.GetValueOrDefault(\"missing\") == null"] = true,
            ["tags.Contains(\"client\")"] = true,
            ["HasTag(\"Close\") && !HasTag(\"cold\")"] = true,
            ["Replied"] = true,
            ["Interacted"] = true,
            ["LastInteraction == now.AddDays(-35)"] = true,
            ["DaysSinceLastInteraction == 35"] = true,
            ["contact.Company != null && DaysSinceLastInteraction > 30"] = true,
            ["HasTag(\"close\") || me.Goals.Count > 0"] = true,
            ["contact.Stage == Stages.Conversation && ConditionContext.IsReply(history[1])"] = true,
            ["DaysSinceLastInteraction > 60"] = false,
        };
        var sources = ConditionSamples.Many([.. expected.Keys]);
        using var conditions = ConditionCompiler.Compile(sources);
        var context = ConditionSamples.Context(vars: new Dictionary<string, string> { ["variant"] = "b" });

        var results = sources.ToDictionary(s => s.Code, s => conditions.Evaluate(s.Key, context));

        Assert.Empty(conditions.Problems);
        Assert.Equal(expected, results);
    }

    [Fact]
    public void Evaluate_EventKeyword_ReadsTheTriggeringEvent()
    {
        var sources = ConditionSamples.Many(
            "event.Body.Contains(\"coffee\")",
            "event?.Body?.Contains(\"event\") == false && event.Channel == \"linkedin\"",
            "$\"{event.Kind}/{event.Channel}\" == \"invitation.received/linkedin\"",
            "@event.Id == 10");
        using var conditions = ConditionCompiler.Compile(sources);

        var results = sources.Select(s => conditions.Evaluate(s.Key, ConditionSamples.Context())).ToList();

        Assert.Empty(conditions.Problems);
        Assert.Equal([true, true, true, true], results);
    }

    [Fact]
    public void Compile_UnknownMember_PointsAtItsLineAndColumnInTheYaml()
    {
        using var conditions = ConditionCompiler.Compile([ConditionSamples.When("contact.Compnay != null")]);

        var problem = Assert.Single(conditions.Problems);

        Assert.Equal(
            "welcome.yaml(7,15): error CS1061: 'Contact' does not contain a definition for 'Compnay' and no accessible extension method "
            + "'Compnay' accepting a first argument of type 'Contact' could be found",
            problem.ToString());
        Assert.Equal(("welcome.yaml#when", 7, 15), (problem.Subject, problem.Line, problem.Column));
        Assert.False(conditions.IsCompiled("welcome.yaml#when"));
    }

    [Fact]
    public void Compile_ErrorAfterTheEventKeyword_KeepsTheColumnsOfTheYaml()
    {
        using var conditions = ConditionCompiler.Compile([ConditionSamples.When("event.Kind == \"x\" && event.Bdy == null")]);

        var problem = Assert.Single(conditions.Problems);

        Assert.Equal((7, 34, "CS1061"), (problem.Line, problem.Column, problem.Code));
    }

    [Fact]
    public void Compile_ConditionOnSeveralLines_MapsEachLine()
    {
        var source = ConditionSamples.When("contact.Company != null\n  && HasTagg(\"close\")\n  && Replied", line: 12, column: 9);

        using var conditions = ConditionCompiler.Compile([source]);

        Assert.Equal(
            ["welcome.yaml(13,14): error CS0103: The name 'HasTagg' does not exist in the current context"],
            conditions.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Compile_ErrorAfterAStringOverSeveralLines_KeepsTheColumnsOfTheYaml()
    {
        var source = ConditionSamples.When("contact.Notes != @\"first\r\nsecond\" && contact.Nope", line: 20, column: 9);

        using var conditions = ConditionCompiler.Compile([source]);

        Assert.Equal((21, 28, "CS1061"), (conditions.Problems[0].Line, conditions.Problems[0].Column, conditions.Problems[0].Code));
    }

    [Fact]
    public void Compile_FileNameWithQuotesAndBackslashes_IsNamedAsGiven()
    {
        var source = ConditionSamples.When("contact.Nope", file: "C:\\play books\\\"new\".yaml");

        using var conditions = ConditionCompiler.Compile([source]);

        Assert.StartsWith("C:\\play books\\\"new\".yaml(7,15): error CS1061: ", conditions.Problems[0].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_SeveralErrors_AreAllReportedAtOnceInTheOrderOfTheConditions()
    {
        var sources = new List<ConditionSource>
        {
            new("a.yaml#when", "contcat.Company != null", "a.yaml", 4, 7),
            new("a.yaml#steps.wait.until", "Replied", "a.yaml", 12, 12),
            new("b.yaml#when", "DaysSinceLastInteraction > \"30\" || HasTag(1)", "b.yaml", 3, 7),
            new("b.yaml#steps.nudge.if", "contact.Company !=", "b.yaml", 9, 9),
        };

        using var conditions = ConditionCompiler.Compile(sources);

        Assert.Equal(
            [
                "a.yaml(4,7): error CS0103: The name 'contcat' does not exist in the current context",
                "b.yaml(3,7): error CS0019: Operator '>' cannot be applied to operands of type 'int' and 'string'",
                "b.yaml(3,49): error CS1503: Argument 1: cannot convert from 'int' to 'string'",
                "b.yaml(9,27): error CS1733: Expected expression",
            ],
            conditions.Problems.Select(p => p.ToString()));
        Assert.True(conditions.IsCompiled("a.yaml#steps.wait.until"));
    }

    [Fact]
    public void Compile_OneBadCondition_TheOthersStillEvaluate()
    {
        var sources = ConditionSamples.Many("HasTag(\"close\")", "contact.Nope", "System.IO.File.Exists(\"/etc/passwd\")", "Replied");

        using var conditions = ConditionCompiler.Compile(sources);

        Assert.Equal(["c1", "c2"], conditions.Problems.Select(p => p.Subject).Distinct());
        Assert.True(conditions.Evaluate("c0", ConditionSamples.Context()));
        Assert.True(conditions.Evaluate("c3", ConditionSamples.Context()));
        Assert.False(conditions.IsCompiled("c1"));
        Assert.False(conditions.IsCompiled("c2"));
    }

    [Fact]
    public void Compile_ExpressionThatIsNotABool_SaysSoWithItsType()
    {
        using var conditions = ConditionCompiler.Compile([ConditionSamples.When("contact.Company")]);

        Assert.Equal(
            "welcome.yaml(7,7): error PB0002: a condition must be true or false (a bool), but this expression is a 'string'; "
            + "compare it, as in 'contact.Company != null' or 'DaysSinceLastInteraction > 30'",
            Assert.Single(conditions.Problems).ToString());
    }

    [Fact]
    public void Compile_NullableBool_SuggestsComparingWithTrue()
    {
        using var conditions = ConditionCompiler.Compile([ConditionSamples.When("event?.Body?.Contains(\"coffee\")")]);

        Assert.Equal(
            "welcome.yaml(7,7): error PB0002: a condition must be true or false (a bool), but this expression is a 'bool?'; "
            + "it can be null: compare it, as in '(event?.Body?.Contains(\"coffee\")) == true'",
            Assert.Single(conditions.Problems).ToString());
    }

    [Fact]
    public void Compile_TextThatGoesOnAfterTheExpression_IsRefused()
    {
        var source = ConditionSamples.When("true; } public static bool Other() { return System.IO.File.Exists(\"x\")");

        using var conditions = ConditionCompiler.Compile([source]);

        Assert.Equal(
            "welcome.yaml(7,11): error PB0003: a condition is one C# expression: nothing may follow it (no ';', no statements)",
            Assert.Single(conditions.Problems).ToString());
        Assert.Null(conditions.LoadContext);
    }

    [Theory]
    [InlineData("", "welcome.yaml(7,7): error PB0003: the condition is empty: write a C# expression that is true or false, such as contact.Company != null")]
    [InlineData("  // nothing", "welcome.yaml(7,7): error PB0003: the condition is empty: write a C# expression that is true or false, such as contact.Company != null")]
    [InlineData("Replied\n#if false\n|| true\n#endif", "welcome.yaml(8,7): error PB0003: preprocessor directives ('#...') are not allowed in a condition")]
    public void Compile_EmptyOrDirective_IsRefused(string code, string expected)
    {
        using var conditions = ConditionCompiler.Compile([ConditionSamples.When(code)]);

        Assert.Equal(expected, Assert.Single(conditions.Problems).ToString());
    }

    [Fact]
    public void Compile_DuplicateKeys_Throws()
    {
        var sources = new List<ConditionSource> { ConditionSamples.When("Replied"), ConditionSamples.When("Interacted") };

        var error = Assert.Throws<ArgumentException>(() => ConditionCompiler.Compile(sources));

        Assert.StartsWith("Condition keys must be unique: 'welcome.yaml#when'.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_NoConditions_GivesAnEmptyResult()
    {
        using var conditions = ConditionCompiler.Compile([]);

        Assert.Empty(conditions.Problems);
        Assert.Null(conditions.LoadContext);
    }
}
