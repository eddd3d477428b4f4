using System.CommandLine;
using Playbook.Engine.Catalog;

namespace Playbook.Tui.Cli;

/// <summary>
/// <c>schema</c>: prints the JSON Schema of the playbook format to stdout, exactly as shipped, so that it can be
/// saved next to the playbooks for an editor (<c>playbook schema &gt; ~/.config/playbook/playbooks/playbook.schema.json</c>).
/// </summary>
internal static class SchemaCommand
{
    public static Command Create(CommandHost host)
    {
        var command = new Command("schema", "Print the JSON Schema of the playbook format, for editors: playbook schema > playbook.schema.json");
        command.SetAction(parse => host.Run(parse, context =>
        {
            // Write, not WriteLine: the file already ends with a newline, and a saved copy should equal it byte for byte.
            context.Output.Write(BuiltInPlaybooks.Schema);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
