using Playbook.Engine.Playbooks;
using Playbook.Engine.Playbooks.Loading;
using Playbook.Engine.Playbooks.Steps;

namespace Playbook.Tests.Playbooks;

/// <summary>Playbook texts shared by the loader tests, and a shortcut to check one.</summary>
internal static class PlaybookText
{
    /// <summary>The illustration of issue 4, as a user would write it.</summary>
    public const string Illustration = """
        schema: 1
        name: welcome-invitation
        on: invitation.received
        when: contact.ProfileUrl != null
        max_age: 14d
        steps:
          - id: welcome
            draft: { template: welcome, channel: linkedin }
          - id: wait
            wait: 7d
            until: replied
          - id: nudge
            draft: { template: nudge }
          - id: call
            remind: "Propose a call to {{ contact.first_name }}"
            in: 14d
        """;

    /// <summary>The smallest valid playbook; tests append steps or change lines.</summary>
    public const string Minimal = """
        schema: 1
        name: minimal
        on: invitation.received
        steps:
          - id: welcome
            draft: welcome
        """;

    /// <summary>Every problem of <paramref name="yaml"/>, as <c>check</c> prints them, for a file named <c>welcome.yaml</c>.</summary>
    public static IReadOnlyList<string> ProblemsOf(string yaml, IReadOnlyCollection<string>? templates = null) =>
        [.. PlaybookLoader.Parse(yaml, "welcome.yaml", templates).Problems.Select(p => p.ToString())];

    /// <summary>The one playbook of <paramref name="yaml"/>, which must have no problems.</summary>
    public static PlaybookDefinition Valid(string yaml)
    {
        var result = PlaybookLoader.Parse(yaml, "welcome.yaml");
        Assert.Empty(result.Problems);
        return Assert.Single(result.Playbooks);
    }

    /// <summary>The one step of a playbook whose only step is <paramref name="step"/> (indented as a list item under steps).</summary>
    public static Step OnlyStep(string step) =>
        Assert.Single(Valid($"schema: 1\nname: one\non: invitation.received\nsteps:\n{step}").Steps);
}
