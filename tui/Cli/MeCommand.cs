using System.CommandLine;
using Playbook.Engine.Contacts;
using Playbook.Tui.Presentation;

namespace Playbook.Tui.Cli;

/// <summary><c>me</c>: the me-profile, what exports brought with what config.yaml adds.</summary>
internal static class MeCommand
{
    public static Command Create(CommandHost host)
    {
        var command = new Command("me", "Your own profile and goals: from your LinkedIn export and config.yaml");
        command.SetAction(parse => host.Run(parse, context =>
        {
            var me = context.Me;
            if (context.Json)
            {
                context.WriteJson(MeJson.From(me));
                return ExitCodes.Ok;
            }

            Write(context.Output, me, context.Paths.ConfigFile);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static void Write(TextWriter output, MeProfile me, string configFile)
    {
        if (me.IsEmpty)
        {
            output.WriteLine("Nothing is known about you yet: import your LinkedIn export ('playbook import linkedin PATH')");
            output.WriteLine($"and write your goals in {configFile}.");
            return;
        }

        output.WriteLine(me.FullName ?? "(no name)");
        Line(output, me.Headline);
        Line(output, string.Join(" · ", new[] { me.Location, me.Industry }.Where(v => !string.IsNullOrWhiteSpace(v))));
        Line(output, me.ProfileUrl);
        if (!string.IsNullOrWhiteSpace(me.Summary))
        {
            output.WriteLine();
            output.WriteLine(me.Summary);
        }

        Section(output, "Positions", me.Positions.Select(ProfileText.Position));
        Section(output, "Schools", me.Schools.Select(ProfileText.School));
        Section(output, "Skills", me.Skills.Count == 0 ? [] : [string.Join(", ", me.Skills)]);
        Section(output, "Languages", me.Languages.Select(ProfileText.Language));
        Section(output, "Interests", me.Interests.Count == 0 ? [] : [string.Join(", ", me.Interests)]);
        Section(output, "Goals", me.Goals.Select(g =>
            $"{g.Name}{Proposal(g)}{(g.Keywords.Count == 0 ? "" : "  [" + string.Join(", ", g.Keywords) + "]")}"));
        if (me.Goals.Count == 0)
        {
            output.WriteLine();
            output.WriteLine($"No goals yet: write them under 'me: goals:' in {configFile}.");
        }

        if (me.Signature is not null)
        {
            Section(output, "Signature", [me.Signature]);
        }
    }

    private static void Line(TextWriter output, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            output.WriteLine(value);
        }
    }

    private static string Proposal(Goal goal) => goal switch
    {
        { Proposals.Count: > 0 } => ": propose " + string.Join(" / ", goal.Proposals.Select(p => $"{p.Value} ({p.Key})")),
        { Propose: { } propose } => ": propose " + propose,
        _ => "",
    };

    private static void Section(TextWriter output, string title, IEnumerable<string> lines)
    {
        var items = lines.ToList();
        if (items.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine(title + ":");
        foreach (var item in items)
        {
            output.WriteLine("  " + item);
        }
    }
}
