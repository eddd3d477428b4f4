using Playbook.Engine.Runtime;
using Playbook.Tui.Cli;

namespace Playbook.Tests.Cli;

public sealed class BatchProgressPrinterTests
{
    [Fact]
    public void Report_OnATerminal_DrawsABarInPlaceAndClearsIt()
    {
        using var error = new StringWriter();
        using var printer = new BatchProgressPrinter(error, enabled: true, "run");

        printer.Report(new BatchProgress(1_000, 2_000));
        printer.Report(new BatchProgress(2_000, 2_000));
        printer.Clear();

        var text = error.ToString();
        Assert.StartsWith("\rrun [###############               ]  50% 1,000 of 2,000", text, StringComparison.Ordinal);
        Assert.Contains("\rrun [##############################] 100% 2,000 of 2,000", text, StringComparison.Ordinal);
        Assert.EndsWith("\r", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_EveryItemOfALargeBatch_DrawsOnlyWhenThePercentageMoves()
    {
        using var error = new StringWriter();
        using var printer = new BatchProgressPrinter(error, enabled: true, "run");

        for (var done = 0; done <= 5_000; done++)
        {
            printer.Report(new BatchProgress(done, 5_000));
        }

        var text = error.ToString();
        Assert.Equal(101, text.Count(c => c == '\r'));
        Assert.EndsWith("\rrun [##############################] 100% 5,000 of 5,000", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_NothingToDo_PrintsNothing()
    {
        using var error = new StringWriter();
        using var printer = new BatchProgressPrinter(error, enabled: true, "tick");

        printer.Report(new BatchProgress(0, 0));
        printer.Clear();

        Assert.Equal("", error.ToString());
    }

    [Fact]
    public void Report_NotATerminal_PrintsNothing()
    {
        using var error = new StringWriter();
        using var printer = new BatchProgressPrinter(error, enabled: false, "run");

        printer.Report(new BatchProgress(1, 2));
        printer.Clear();

        Assert.Equal("", error.ToString());
    }
}
