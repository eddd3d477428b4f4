using System.CommandLine;
using Playbook.Engine.Playbooks;
using Playbook.Engine.Catalog;
using Playbook.Engine.Playbooks.Loading;
using Playbook.Engine.Scripting;
using Playbook.Engine.Scripting.Api;
using Playbook.Engine.Testing;

namespace Playbook.Tui.Cli;

/// <summary>
/// <c>new script NAME</c>: writes a starter playbook script in the user's playbooks folder, one that a C# editor
/// understands (its <c>#r</c> line points the editor at the engine), declaring a playbook named NAME.
/// <c>new test NAME</c>: writes a starter test file, <c>NAME.test.yaml</c>, beside the user's playbooks: a built-in's own
/// tests when NAME is a built-in that ships with them.
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
        var testName = new Argument<string>("NAME") { Description = "The playbook the test is for: its file is NAME.test.yaml" };
        var test = new Command("test", "Write a starter test file (NAME.test.yaml) in your playbooks folder") { testName };
        test.SetAction(parse => host.Run(parse, context =>
        {
            var playbook = parse.GetValue(testName)!;
            if (!Names.IsValid(playbook))
            {
                context.Error.WriteLine($"playbook: '{playbook}' should be lower-case letters, digits, '-' and '_', such as 'welcome'");
                return ExitCodes.BadInput;
            }

            var folder = context.PlaybooksFolder;
            var file = Path.Combine(folder, playbook + PlaybookLoader.TestFileEnding);
            if (File.Exists(file))
            {
                context.Error.WriteLine($"playbook: {file} exists already; choose another name or edit it");
                return ExitCodes.BadInput;
            }

            Directory.CreateDirectory(folder);
            var shipped = BuiltInPlaybooks.Tests.FirstOrDefault(t => PlaybookTests.PlaybookOf(t.File) == playbook);
            if (shipped is not null)
            {
                // A built-in's own tests are the best start for a test of a copy of it.
                File.WriteAllBytes(file, shipped.Content.ToArray());
            }
            else
            {
                File.WriteAllText(file, TestStarter(playbook));
            }

            context.Output.WriteLine($"wrote {file}");
            context.Output.WriteLine($"run it with 'playbook test {file}'");
            return ExitCodes.Ok;
        }));
        return new Command("new", "Start something new: a playbook script or a playbook test") { script, test };
    }

    /// <summary>
    /// The starter test: one contact, an invitation, and the steps of a welcome (a draft, marked sent, a nudge a week
    /// later), each with what it must produce, running the playbook NAME alone. It passes for a copy of the built-in
    /// welcome named NAME.
    /// </summary>
    internal static string TestStarter(string name) =>
        $$"""
        # Tests for the playbook '{{name}}': run them with 'playbook test'.
        # Each test starts from an empty store with the contacts below and its own events, on a clock
        # that stands still until a step moves it ('after: 7d'). See docs/testing-playbooks.md.
        schema: 1
        me:
          first_name: Ana
          signature: Ana
        contacts:
          maria:
            first_name: María
            last_name: López
            company: Tienda Sol
            headline: Founder at Tienda Sol
        tests:
          - name: an invitation gets a draft, and a nudge a week after it was sent
            events:
              - { contact: maria, kind: invitation.received, ago: 1h }
            steps:
              # 'run: [{{name}}]' runs this playbook alone; 'run:' would run every playbook, as 'playbook run' does.
              - run: [{{name}}]
                expect:
                  drafts:
                    - { playbook: {{name}}, contact: maria }
              - sent: { playbook: {{name}}, contact: maria }
              - after: 7d
                tick:
                expect:
                  drafts:
                    - { playbook: {{name}}, step: nudge, contains: [following up] }

        """;

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
