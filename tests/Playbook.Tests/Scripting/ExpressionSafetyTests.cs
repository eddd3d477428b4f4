using Playbook.Engine.Scripting;

namespace Playbook.Tests.Scripting;

public sealed class ExpressionSafetyTests
{
    private const string OnlyRead = "; a condition may only read the contact, the event, the me-profile, the history and the clock";

    [Fact]
    public void Compile_FileExists_IsRefusedAtTheTypeName()
    {
        using var conditions = ConditionCompiler.Compile([ConditionSamples.When("System.IO.File.Exists(\"/etc/passwd\")")]);

        var problem = Assert.Single(conditions.Problems);

        Assert.Equal(
            "welcome.yaml(7,17): error PB0001: file access is not allowed in expressions: 'System.IO.File'" + OnlyRead,
            problem.ToString());
        Assert.False(conditions.IsCompiled("welcome.yaml#when"));
    }

    [Theory]
    [InlineData("Environment.GetEnvironmentVariable(\"HOME\") != null", 7, "reading the environment is not allowed in expressions: 'System.Environment'")]
    [InlineData("typeof(string).Assembly != null", 7, "reflection is not allowed in expressions: 'System.Type'")]
    [InlineData("contact.GetType().Name == \"Contact\"", 15, "reflection is not allowed in expressions: 'object.GetType()'")]
    [InlineData("((dynamic)contact).Company != null", 9, "'dynamic' is not allowed in expressions")]
    [InlineData("System.Net.WebUtility.UrlDecode(contact.ProfileUrl) != null", 18, "network access is not allowed in expressions: 'System.Net.WebUtility'")]
    [InlineData("System.Threading.Thread.CurrentThread != null", 24, "threading is not allowed in expressions: 'System.Threading.Thread'")]
    [InlineData("DateTime.Now > now.DateTime", 16, "the system clock (use 'now', the clock of the run) is not allowed in expressions: 'System.DateTime.Now'")]
    [InlineData("contact.Tags.ToList().Count > 0", 20, "'System.Collections.Generic.List<T>' is not allowed in expressions")]
    [InlineData("new Random().Next() > 3", 11, "'System.Random' is not allowed in expressions")]
    [InlineData("contact.Tags is string[] a && (a[0] = \"hacked\") != null", 38, "changing state is not allowed in expressions: 'a[0]'")]
    [InlineData("int.TryParse(\"1\", out ((int[])[1])[0])", 25, "changing state is not allowed in expressions: '((int[])[1])[0]'")]
    [InlineData("Playbook.Engine.Scripting.ConditionCompiler.Compile(null) != null", 33, "'Playbook.Engine.Scripting.ConditionCompiler' is not allowed in expressions")]
    [InlineData("Playbook.Generated.Conditions.C0(__context)", 26, "'Playbook.Generated.Conditions' is not allowed in expressions")]
    [InlineData("sizeof(int*) > 0", 14, "unsafe code is not allowed in expressions: 'int'")]
    [InlineData("history.Any([System.Obsolete] e => true)", 19, "an attribute is not allowed in expressions: '[System.Obsolete]'")]
    public void Compile_UnsafeExpression_IsRefusedAtTheOffendingToken(string code, int column, string reason)
    {
        using var conditions = ConditionCompiler.Compile([ConditionSamples.When(code)]);

        var refusals = conditions.Problems.Where(p => p.Code == ProblemCodes.NotAllowed).ToList();

        Assert.Equal($"welcome.yaml(7,{column}): error PB0001: {reason}{OnlyRead}", Assert.Single(refusals).ToString());
        Assert.False(conditions.IsCompiled("welcome.yaml#when"));
    }

    [Theory]
    [InlineData("new System.Net.Http.HttpClient() != null", 22, "PB0001")]
    [InlineData("System.Diagnostics.Process.Start(\"sh\") != null", 7, "PB0001")]
    [InlineData("history.AsQueryable().Any()", 15, "CS1061")]
    [InlineData("System.Reflection.Assembly.Load(\"x\") != null", 25, "PB0001")]
    public void Compile_NameOfAnAssemblyConditionsDoNotReference_IsRefusedOrDoesNotResolve(string code, int column, string id)
    {
        using var conditions = ConditionCompiler.Compile([ConditionSamples.When(code)]);

        var problem = conditions.Problems[0];

        Assert.Equal((7, column, id), (problem.Line, problem.Column, problem.Code));
        Assert.False(conditions.IsCompiled("welcome.yaml#when"));
    }

    [Fact]
    public void Compile_SeveralRefusalsInOneCondition_ReportsEach()
    {
        var code = "System.IO.File.Exists(\"a\") || System.IO.Directory.Exists(\"b\") || Environment.ProcessorCount > 1";

        using var conditions = ConditionCompiler.Compile([ConditionSamples.When(code)]);

        Assert.Equal(
            [(7, 17, "'System.IO.File'"), (7, 47, "'System.IO.Directory'"), (7, 72, "'System.Environment'")],
            conditions.Problems.Select(p => (p.Line, p.Column, p.Message[(p.Message.IndexOf('\'', StringComparison.Ordinal))..p.Message.IndexOf(';', StringComparison.Ordinal)])));
    }

    [Fact]
    public void Compile_WhatConditionsNeed_IsAllowed()
    {
        var sources = ConditionSamples.Many(
            "history.Where(e => e.Kind == EventKinds.MessageReceived).OrderByDescending(e => e.At).Select(e => e.Body).FirstOrDefault() != null",
            "contact.Headline.Contains(\"cto\", StringComparison.OrdinalIgnoreCase) && contact.Headline.ToUpperInvariant().StartsWith(\"CTO\")",
            "Math.Abs((now - event.At).TotalDays) >= 40 && now.AddDays(-7) > event.At && TimeSpan.FromDays(7) < now - event.At",
            "string.Join(\",\", contact.Tags.OrderBy(t => t, StringComparer.Ordinal)) == \"client,close\"",
            "CultureInfo.InvariantCulture.CompareInfo.IndexOf(contact.LastName, \"garcia\", CompareOptions.IgnoreNonSpace | CompareOptions.IgnoreCase) == 0",
            "new[] { \"Acme\", \"Globex\" }.Contains(contact.Company) && contact.Tags.ToArray().Length == 2",
            "me.Goals.SelectMany(g => g.Keywords).Any(k => contact.Headline.Contains(k, StringComparison.OrdinalIgnoreCase))",
            "contact.ConnectedOn == null && DateOnly.FromDateTime(now.DateTime) > new DateOnly(2026, 1, 1)",
            "(contact with { Company = \"Other\" }).Company == \"Other\" && history.GroupBy(e => e.Kind).Count() == 2",
            "(from e in history where e.Direction == Directions.In select e.Id into id where id > 10 select id).Count() == 1",
            "history.Any(e => (now - e.At).Days + 1 > 30) && $\"{contact.FirstName}!\".Length == 4",
            "int.TryParse(vars.GetValueOrDefault(\"n\") ?? \"3\", out var n) && n == 3 && ProfileUrl.KeyOf(contact.ProfileUrl) == \"ana-garcia\"");

        using var conditions = ConditionCompiler.Compile(sources);

        Assert.Empty(conditions.Problems);
        Assert.All(sources, s => Assert.True(conditions.Evaluate(s.Key, ConditionSamples.Context()), s.Code));
    }
}
