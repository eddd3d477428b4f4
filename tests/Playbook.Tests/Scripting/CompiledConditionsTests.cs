using System.Runtime.CompilerServices;
using Playbook.Engine.Scripting;

namespace Playbook.Tests.Scripting;

public sealed class CompiledConditionsTests
{
    [Fact]
    public void Evaluate_EventBodyWithoutAnEvent_ThrowsConditionExceptionWithThePosition()
    {
        using var conditions = ConditionCompiler.Compile([ConditionSamples.When("event.Body.Contains(\"coffee\")", line: 9, column: 12)]);

        var error = Assert.Throws<ConditionException>(() => conditions.Evaluate("welcome.yaml#when", ConditionSamples.WithoutEvent()));

        Assert.Equal(("welcome.yaml#when", "welcome.yaml", 9, 12), (error.Key, error.File, error.Line, error.Column));
        Assert.Equal(
            "welcome.yaml(9,12): condition 'welcome.yaml#when' failed: it read a member of something that is null (such as 'event' "
            + "when the run has no event, or a field the contact lacks); test it first, as in 'event != null && ...', or use '?.'",
            error.Message);
        Assert.IsType<NullReferenceException>(error.InnerException);
    }

    [Fact]
    public void Evaluate_OtherRuntimeError_KeepsItsTypeAndMessage()
    {
        using var conditions = ConditionCompiler.Compile([ConditionSamples.When("history[5].Body != null")]);

        var error = Assert.Throws<ConditionException>(() => conditions.Evaluate("welcome.yaml#when", ConditionSamples.Context()));

        Assert.StartsWith("failed: IndexOutOfRangeException: ", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ConditionThatDidNotCompile_ThrowsWithItsProblem()
    {
        using var conditions = ConditionCompiler.Compile([ConditionSamples.When("contact.Nope")]);

        var error = Assert.Throws<ConditionException>(() => conditions.Evaluate("welcome.yaml#when", ConditionSamples.Context()));

        Assert.StartsWith(
            "welcome.yaml(7,7): condition 'welcome.yaml#when' did not compile: welcome.yaml(7,15): error CS1061: ",
            error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_UnknownKey_ThrowsArgumentException()
    {
        using var conditions = ConditionCompiler.Compile([ConditionSamples.When("Replied")]);

        var error = Assert.Throws<ArgumentException>(() => conditions.Evaluate("other.yaml#when", ConditionSamples.Context()));

        Assert.StartsWith("There is no condition 'other.yaml#when'.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_AfterDispose_ThrowsObjectDisposedException()
    {
        var conditions = ConditionCompiler.Compile([ConditionSamples.When("Replied")]);

        conditions.Dispose();

        Assert.Throws<ObjectDisposedException>(() => conditions.Evaluate("welcome.yaml#when", ConditionSamples.Context()));
    }

    [Fact]
    public void Dispose_CompiledManyTimes_EveryLoadContextUnloads()
    {
        var contexts = Enumerable.Range(0, 8).Select(CompileEvaluateAndDispose).ToList();

        for (var i = 0; i < 20 && contexts.Any(c => c.IsAlive); i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        Assert.All(contexts, c => Assert.False(c.IsAlive));
    }

    /// <summary>Kept out of line so that no local of the test method holds the compiled code.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference CompileEvaluateAndDispose(int round)
    {
        var conditions = ConditionCompiler.Compile(ConditionSamples.Many($"DaysSinceLastInteraction > {round}", "HasTag(\"close\")"));
        Assert.True(conditions.Evaluate("c0", ConditionSamples.Context()));
        Assert.NotNull(conditions.LoadContext);
        var context = new WeakReference(conditions.LoadContext);
        conditions.Dispose();
        return context;
    }
}
