using System.CommandLine;
using Playbook.Engine.Playbooks;
using Playbook.Engine.Scripting;
using Playbook.Engine.Scripting.Api;

namespace Playbook.Tui.Cli;

/// <summary>
/// <c>new script NAME</c>: writes a starter playbook script in the user's playbooks folder, one that a C# editor
/// understands (its <c>#r</c> line points the editor at the engine), declaring a playbook named NAME.
/// </summary>
internal static class NewCommand
{
    public static Command Create(CommandHost host)
    {
        var name = new Argument<string>("NAME") { Description = "The playbook's name: lower-case letters, digits, '-' and '_'" };
        var script = new Command("script", "Write a starter playbook script (NAME.csx) in your playbooks folder") { name };
        script.SetAction(parse => host.Run(parse, context =>
        {
            var playbook = parse.GetValue(name)!;
            if (!Names.IsValid(playbook))
            {
                context.Error.WriteLine($"playbook: '{playbook}' should be lower-case letters, digits, '-' and '_', such as 'warm-welcome'");
                return ExitCodes.BadInput;
            }

            var folder = context.PlaybooksFolder;
            var file = Path.Combine(folder, playbook + ScriptSource.Extension);
            if (File.Exists(file))
            {
                context.Error.WriteLine($"playbook: {file} exists already; choose another name or edit it");
                return ExitCodes.BadInput;
            }

            Directory.CreateDirectory(folder);
            File.WriteAllText(file, Starter(playbook));
            context.Output.WriteLine($"wrote {file}");
            context.Output.WriteLine($"check it with 'playbook check', then let it run with 'playbook trust {file}'");
            return ExitCodes.Ok;
        }));
        return new Command("new", "Start something new: a playbook script") { script };
    }

    /// <summary>The starter script: the usings an editor needs, and one playbook that shows each kind of step.</summary>
    internal static string Starter(string name)
    {
        var engine = typeof(PlaybookScript).Assembly.Location;
        var reference = string.IsNullOrEmpty(engine)
            ? "// (This build is a single file: point your editor at a Playbook.Engine.dll to get completion.)"
            : $"#r \"{engine}\"";
        return $$"""
            // A playbook script: 'playbook check' compiles it, 'playbook trust <this file>' lets it run (again after each edit).
            // The #r line points a C# editor (VS Code with C# Dev Kit, Rider, Visual Studio) at the engine, for completion.
            {{reference}}
            using Playbook.Engine.Events;
            using Playbook.Engine.Playbooks;
            using Playbook.Engine.Scripting.Api;
            using static Playbook.Engine.Scripting.Api.ScriptApi;

            Declare("{{name}}")
                .Describe("What this playbook is for")
                .On(EventKinds.InvitationReceived).MaxAge(Days(14))
                .When(c => c.Contact.Company != null)
                .Analyse("analyse")
                .Draft("welcome", "welcome")
                .WaitForReply("wait", Days(7))
                .Step("follow-up", s =>
                {
                    if (s.Analysis.Score > 0.5)
                    {
                        s.Remind($"Propose a call to {s.Contact.FirstName}", Days(1));
                    }
                });

            """;
    }
}
