using System.CommandLine;
using Playbook.Engine.Catalog;

namespace Playbook.Tui.Cli;

/// <summary>
/// <c>schema</c>: prints the JSON Schema of the playbook format to stdout, exactly as shipped, so that it can be
/// saved next to the playbooks for an editor (<c>playbook schema &gt; ~/.config/playbook/playbooks/playbook.schema.json</c>);
/// with <c>--test</c>, the schema of playbook test files.
/// </summary>
internal static class SchemaCommand
{
    public static Command Create(CommandHost host)
    {
        var test = new Option<bool>("--test") { Description = "The schema of playbook test files (NAME.test.yaml) instead" };
        var command = new Command("schema", "Print the JSON Schema of the playbook format, for editors: playbook schema > playbook.schema.json") { test };
        command.SetAction(parse => host.Run(parse, context =>
        {
            // Write, not WriteLine: the file already ends with a newline, and a saved copy should equal it byte for byte.
            context.Output.Write(parse.GetValue(test) ? BuiltInPlaybooks.TestSchema : BuiltInPlaybooks.Schema);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
