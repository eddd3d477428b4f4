using System.CommandLine;
using Playbook.Engine.Scripting;

namespace Playbook.Tui.Cli;

/// <summary>
/// <c>trust PATH</c>: records that the user read the playbook script at PATH and lets it run, as it is now: the hash
/// of its exact content and of every file it <c>#load</c>s. Any later edit to any of them needs trusting again.
/// </summary>
internal static class TrustCommand
{
    public static Command Create(CommandHost host)
    {
        var path = new Argument<string>("PATH") { Description = "The playbook script (.csx) to trust, as it is now" };
        var command = new Command("trust", "Let a playbook script run: records the hash of its exact content and of the files it loads") { path };
        command.SetAction(parse => host.Run(parse, context =>
        {
            var file = parse.GetValue(path)!;
            if (!file.EndsWith(ScriptSource.Extension, StringComparison.OrdinalIgnoreCase))
            {
                context.Error.WriteLine($"playbook: {file}: only playbook scripts (.csx) need trust; YAML playbooks run without it");
                return ExitCodes.BadInput;
            }

            if (!File.Exists(file))
            {
                context.Error.WriteLine($"playbook: {file}: no such file");
                return ExitCodes.BadInput;
            }

            var script = ScriptSource.Read(file);
            if (script.Problems.Count > 0)
            {
                foreach (var problem in script.Problems)
                {
                    context.Error.WriteLine(problem);
                }

                return ExitCodes.BadInput;
            }

            var hash = TrustStore.Open(context.Paths.TrustFile).Trust(script);
            var loaded = script.Files.SkipLast(1).Select(f => f.Path).ToList();
            context.Output.WriteLine($"trusted {file} (sha256 {hash[..16]}){(loaded.Count == 0 ? "" : ", with " + string.Join(", ", loaded))}");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
