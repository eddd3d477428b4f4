using System.Text.Json;

namespace Playbook.Tests.Support;

/// <summary>What one run of the command line did.</summary>
internal sealed record CliResult(int ExitCode, string Output, string Error)
{
    /// <summary>The lines written on stderr.</summary>
    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The lines written on stdout.</summary>
    public string[] OutputLines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>stdout parsed as JSON.</summary>
    public JsonElement Json()
    {
        using var document = JsonDocument.Parse(Output);
        return document.RootElement.Clone();
    }

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}
