using Playbook.Engine.Playbooks;
using Playbook.Engine.Scripting;

namespace Playbook.Tests.Scripting;

/// <summary>Conditions come with shared playbooks: each one either is refused at check, or ends within its budget.</summary>
public sealed class HostileConditionTests
{
    private const string OnlyRead = "; a condition may only read the contact, the event, the me-profile, the history and the clock";

    private const string Delegate = "a delegate (it can call itself, and a condition must end) is not allowed in expressions";

    private static ConditionContext LongHistory(int events)
    {
        var history = Enumerable.Range(0, events).Select(i => ConditionSamples.Invitation with { Id = i, Body = "hola" }).ToList();
        return new ConditionContext(ConditionSamples.Ana, ConditionSamples.Invitation, ConditionSamples.Me, ConditionSamples.Now, null, history);
    }

    [Fact]
    public void Compile_WhileTrueInACastLambda_IsRefusedAtTheDelegateAndTheStatementLambda()
    {
        using var conditions = ConditionCompiler.Compile([ConditionSamples.When("((Func<bool>)(() => { while (true) { } }))()")]);

        Assert.Equal(
            [
                $"welcome.yaml(7,9): error PB0001: {Delegate}: 'System.Func<bool>'{OnlyRead}",
                "welcome.yaml(7,21): error PB0001: a lambda with a body of statements (loops and local functions with it) is not allowed in expressions: "
                    + "'() => { while (true) { } }'; a condition is one expression: write 'e => e.Kind == \"note\"', not 'e => { ... }'",
            ],
            conditions.Problems.Where(p => p.Code == ProblemCodes.NotAllowed).Select(p => p.ToString()));
        Assert.False(conditions.IsCompiled("welcome.yaml#when"));
    }

    [Fact]
    public void Compile_StatementLambdaPassedToAny_IsRefusedAtTheLambda()
    {
        using var conditions = ConditionCompiler.Compile([ConditionSamples.When("history.Any(e => { for (;;) { } return true; })")]);

        Assert.Equal(
            "welcome.yaml(7,19): error PB0001: a lambda with a body of statements (loops and local functions with it) is not allowed in expressions: "
                + "'e => { for (;;) { } return tru…'; a condition is one expression: write 'e => e.Kind == \"note\"', not 'e => { ... }'",
            Assert.Single(conditions.Problems, p => p.Code == ProblemCodes.NotAllowed).ToString());
    }

    [Fact]
    public void Compile_RecursiveLambda_IsRefusedSoItCannotOverflowTheStack()
    {
        const string selfApplied = "((Func<object, bool>)(s => ((Func<object, bool>)s)(s)))((Func<object, bool>)(s => ((Func<object, bool>)s)(s)))";

        using var conditions = ConditionCompiler.Compile([ConditionSamples.When(selfApplied)]);

        var refusals = conditions.Problems.Where(p => p.Code == ProblemCodes.NotAllowed).ToList();
        Assert.Equal((7, 9), (refusals[0].Line, refusals[0].Column));
        Assert.Equal($"error PB0001: {Delegate}: 'System.Func<object, bool>'{OnlyRead}", refusals[0].Message);
        Assert.False(conditions.IsCompiled("welcome.yaml#when"));
    }

    [Theory]
    [InlineData("default(Func<bool>)!.Invoke()", 15, "a delegate (it can call itself, and a condition must end) is not allowed in expressions: 'System.Func<bool>'")]
    [InlineData("contact.Tags.Any(string.IsNullOrEmpty)", 31, "a delegate (it can call itself, and a condition must end) is not allowed in expressions: 'string.IsNullOrEmpty'")]
    [InlineData("new[] { 1 }.Select(x => (Func<int>)(() => x)).Any()", 32, "a delegate (it can call itself, and a condition must end) is not allowed in expressions: 'System.Func<int>'")]
    [InlineData("history.Select(e => () => true).Any()", 27, "a lambda that is not passed straight to a method (such as Any, Where or Count) is not allowed in expressions: '() => true'")]
    [InlineData("((Delegate)null).DynamicInvoke() != null", 9, "a delegate (it can call itself, and a condition must end) is not allowed in expressions: 'System.Delegate'")]
    [InlineData("((dynamic)contact).Tags != null", 9, "'dynamic' is not allowed in expressions")]
    [InlineData("Enumerable.Range(0, int.MaxValue).Any(i => i < 0)", 18, "a loop over a count (a condition reads the history and the contact, it does not count to a number) is not allowed in expressions: 'System.Linq.Enumerable.Range(int, int)'")]
    [InlineData("Enumerable.Repeat(contact, int.MaxValue).Count() > 0", 18, "a loop over a count (a condition reads the history and the contact, it does not count to a number) is not allowed in expressions: 'System.Linq.Enumerable.Repeat<TResult>(TResult, int)'")]
    [InlineData("new string('x', int.MaxValue).Length > 0", 23, "a text repeated a number of times that is not up to 1,000 is not allowed in expressions: 'int.MaxValue'")]
    [InlineData("contact.FirstName.PadLeft((int)contact.Id * 1000000).Length > 0", 33, "padding a text to a width that is not a number up to 1,000 is not allowed in expressions: '(int)contact.Id * 1000000'")]
    [InlineData("new int[2000000000].Length > 0", 15, "an array of a size that is not a number up to 1,000 (write its items: new[] { 1, 2 }) is not allowed in expressions: '2000000000'")]
    [InlineData("$\"{contact.FirstName,999999999}\".Length > 0", 28, "a width larger than 1,000 is not allowed in expressions: '999999999'")]
    [InlineData("contact.Id.ToString(\"D999999999\").Length > 0", 18, "a format with a number larger than 1,000 is not allowed in expressions: 'D999999999'")]
    [InlineData("contact.FirstName is var s && (s = s + s) != null", 38, "changing state is not allowed in expressions: 's'")]
    [InlineData("history.Any(delegate (ContactEvent e) { return true; })", 19, "a lambda with a body of statements (loops and local functions with it) is not allowed in expressions: 'delegate (ContactEvent e) { re…'")]
    public void Compile_WayToLoopRecurseOrGrowWithoutEnd_IsRefusedAtItsPlace(string code, int column, string refusal)
    {
        using var conditions = ConditionCompiler.Compile([ConditionSamples.When(code)]);

        var first = conditions.Problems.First(p => p.Code == ProblemCodes.NotAllowed);
        Assert.Equal($"welcome.yaml(7,{column}): error PB0001: {refusal}", first.ToString()[..($"welcome.yaml(7,{column}): error PB0001: ".Length + refusal.Length)]);
        Assert.All(conditions.Problems, p => Assert.True(p.Line >= 7 && p.Column >= 1, p.ToString()));
        Assert.False(conditions.IsCompiled("welcome.yaml#when"));
    }

    [Theory]
    [InlineData("Process.Start(\"sh\") != null", 7, "starting processes is not allowed in expressions: 'System.Diagnostics.Process'")]
    [InlineData("new Process() != null", 11, "starting processes is not allowed in expressions: 'System.Diagnostics.Process'")]
    [InlineData("Regex.IsMatch(contact.Company, \"a+\")", 7, "a regular expression (it can run for a very long time) is not allowed in expressions: 'System.Text.RegularExpressions.Regex'")]
    [InlineData("File.Exists(\"/etc/passwd\")", 7, "file access is not allowed in expressions: 'System.IO.File'")]
    [InlineData("new HttpClient() != null", 11, "network access is not allowed in expressions: 'System.Net.Http.HttpClient'")]
    [InlineData("new System.Net.Http.HttpClient() != null", 22, "network access is not allowed in expressions: 'System.Net.Http.HttpClient'")]
    [InlineData("Environment.UserName != null", 7, "reading the environment is not allowed in expressions: 'System.Environment'")]
    [InlineData("Thread.CurrentThread != null", 7, "threading is not allowed in expressions: 'System.Threading.Thread'")]
    public void Compile_NameOutsideTheAllowedSet_IsRefusedWithWhatItWouldGiveNotAsAMissingAssembly(string code, int column, string refusal)
    {
        using var conditions = ConditionCompiler.Compile([ConditionSamples.When(code)]);

        Assert.Equal($"welcome.yaml(7,{column}): error PB0001: {refusal}{OnlyRead}", Assert.Single(conditions.Problems).ToString());
    }

    [Fact]
    public void Compile_UnknownNameThatIsNoType_KeepsRoslynsMessageWithoutTheAssemblyQuestion()
    {
        using var conditions = ConditionCompiler.Compile([ConditionSamples.When("new Contcat() != null")]);

        Assert.Equal("welcome.yaml(7,11): error CS0246: The type or namespace name 'Contcat' could not be found", Assert.Single(conditions.Problems).ToString());
    }

    [Fact]
    public void Evaluate_NestedLoopsOverALongHistory_StopsAtItsBudgetAndTheNextEvaluationWorks()
    {
        using var conditions = ConditionCompiler.Compile(ConditionSamples.Many(
            "history.Any(a => history.Any(b => history.Any(c => history.Any(d => a == d && b == c && a.Id < 0))))",
            "history.Count() == 3000"));
        conditions.Budget = TimeSpan.FromMilliseconds(100);
        var context = LongHistory(3_000);

        var error = Assert.Throws<ConditionException>(() => conditions.Evaluate("c0", context));
        var next = conditions.Evaluate("c1", context);

        Assert.Empty(conditions.Problems);
        Assert.Equal(
            "all.yaml(1,7): condition 'c0' failed: it ran longer than its budget of 0.1 s; is it going over the history (or a text) too many times, or making too much text?",
            error.Message);
        Assert.True(next);
    }

    [Fact]
    public void Evaluate_QueryThatCrossesTheHistoryWithItself_StopsAtItsBudget()
    {
        using var conditions = ConditionCompiler.Compile([ConditionSamples.When(
            "(from a in history from b in history from c in history where a.Id + b.Id + c.Id < 0 select a).Any()")]);
        conditions.Budget = TimeSpan.FromMilliseconds(100);

        var error = Assert.Throws<ConditionException>(() => conditions.Evaluate("welcome.yaml#when", LongHistory(3_000)));

        Assert.Equal("failed: it ran longer than its budget of 0.1 s; is it going over the history (or a text) too many times, or making too much text?", error.Reason);
    }

    [Fact]
    public void Evaluate_TextThatDoublesInALambda_StopsAtItsMemoryBudget()
    {
        using var conditions = ConditionCompiler.Compile([ConditionSamples.When(
            "history.Select(e => e.Body).Aggregate(\"x\", (text, body) => text + text).Length > 0")]);
        conditions.BudgetBytes = 16L * 1024 * 1024;

        var error = Assert.Throws<ConditionException>(() => conditions.Evaluate("welcome.yaml#when", LongHistory(3_000)));

        Assert.Equal("failed: it allocated more than its budget of 16 MB; is it going over the history (or a text) too many times, or making too much text?", error.Reason);
    }

    [Fact]
    public void Evaluate_LambdasThatTakeTheirTargetsType_MeanWhatTheyMeantBeforeTheBudgetChecks()
    {
        var sources = ConditionSamples.Many(
            "history.Select(e => e.Body == null ? null : e.Body.Length as int?).Max() == 41",
            "history.Sum(e => e.Id) == 21 && history.Average(e => (double)e.Id) == 10.5",
            "history.Where(e => e.Kind == EventKinds.MessageReceived).Select(e => new { e.Id, Days = (now - e.At).Days }).First().Days == 35",
            "history.OrderBy(e => e.At, Comparer<DateTimeOffset>.Create((a, b) => b.CompareTo(a))).First().Id == 11",
            "$\"{history.Count(e => e.Direction == Directions.In)} in\" == \"2 in\"",
            "(from e in history let days = (now - e.At).Days where days > 36 orderby e.Id descending select e.Kind).Single() == EventKinds.InvitationReceived",
            "history.Any(e =>   // a comment that runs to the end of the line\n    e.Kind == EventKinds.MessageReceived)");

        using var conditions = ConditionCompiler.Compile(sources);

        Assert.Empty(conditions.Problems);
        Assert.All(sources, s => Assert.True(conditions.Evaluate(s.Key, ConditionSamples.Context()), s.Code));
    }

    [Fact]
    public void Compile_ErrorInsideALambdaBody_KeepsItsColumnWithTheBudgetChecksAround()
    {
        using var conditions = ConditionCompiler.Compile([ConditionSamples.When("history.Any(e => e.Kind == \"x\" && e.Bodyy != null) && history.All(e => e.Atx > now)")]);

        Assert.Equal(
            [
                "welcome.yaml(7,43): error CS1061: 'ContactEvent' does not contain a definition for 'Bodyy' and no accessible extension method 'Bodyy' accepting a first argument of type 'ContactEvent' could be found",
                "welcome.yaml(7,80): error CS1061: 'ContactEvent' does not contain a definition for 'Atx' and no accessible extension method 'Atx' accepting a first argument of type 'ContactEvent' could be found",
            ],
            conditions.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Compile_TenThousandNestedParentheses_IsAProblemNotACrash()
    {
        var code = new string('(', 10_000) + "true" + new string(')', 10_000);

        using var conditions = ConditionCompiler.Compile([ConditionSamples.When(code)]);

        Assert.NotEmpty(conditions.Problems);
        Assert.All(conditions.Problems, p => Assert.True(p.Line == 7 && p.Column >= 7, p.ToString()));
        Assert.False(conditions.IsCompiled("welcome.yaml#when"));
    }

    [Fact]
    public void Compile_ThreeHundredOrs_IsRefusedAsTooDeep()
    {
        var code = string.Join(" || ", Enumerable.Range(0, 300).Select(i => $"contact.Id == {i}"));

        using var conditions = ConditionCompiler.Compile([ConditionSamples.When(code)]);

        Assert.Equal(
            "welcome.yaml(7,7): error PB0003: the condition nests more than 256 levels deep here; split it between 'when' and the steps' 'if'",
            Assert.Single(conditions.Problems).ToString());
    }

    [Fact]
    public void Compile_ConditionLongerThanTheLimit_IsRefused()
    {
        var code = "contact.Company == \"" + new string('a', 10_000) + "\"";

        using var conditions = ConditionCompiler.Compile([ConditionSamples.When(code)]);

        Assert.Equal(
            "welcome.yaml(7,7): error PB0003: the condition has 10,021 characters; a condition may have at most 10,000: split it between 'when' and the steps' 'if'",
            Assert.Single(conditions.Problems).ToString());
    }
}
