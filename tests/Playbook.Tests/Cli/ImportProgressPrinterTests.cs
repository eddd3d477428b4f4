using Playbook.Engine.Import.Reports;
using Playbook.Tui.Cli;

namespace Playbook.Tests.Cli;

public sealed class ImportProgressPrinterTests
{
    [Fact]
    public void Report_OnATerminal_DrawsABarInPlaceAndClearsIt()
    {
        using var error = new StringWriter();
        using var printer = new ImportProgressPrinter(error, enabled: true);

        printer.Report(new ImportProgress("messages.csv", 2_000, 0.5));
        printer.Report(new ImportProgress("messages.csv", 4_000, 1.0));
        printer.Clear();

        var text = error.ToString();
        Assert.StartsWith("\rmessages.csv [###############               ]  50% 2,000 rows", text, StringComparison.Ordinal);
        Assert.Contains("\rmessages.csv [##############################] 100% 4,000 rows", text, StringComparison.Ordinal);
        Assert.EndsWith("\r", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_NotATerminal_PrintsNothing()
    {
        using var error = new StringWriter();
        using var printer = new ImportProgressPrinter(error, enabled: false);

        printer.Report(new ImportProgress("messages.csv", 2_000, 0.5));
        printer.Clear();

        Assert.Equal("", error.ToString());
    }
}
