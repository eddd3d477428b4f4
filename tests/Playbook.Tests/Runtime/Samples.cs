namespace Playbook.Tests.Runtime;

/// <summary>Playbooks and templates the runtime tests share.</summary>
internal static class Samples
{
    public const string Hello = """
        schema: 1
        name: hello
        on: invitation.received
        max_age: 14d
        steps:
          - id: hello
            draft: { template: hello }
          - id: wait
            wait: 7d
          - id: nudge
            draft: { template: nudge }
          - id: call
            remind: "Call {{ contact.first_name }}"
            in: 2d
        """;

    /// <summary>Writes <see cref="Hello"/> and its two templates.</summary>
    public static RuntimeHarness WithHello(this RuntimeHarness harness, string yaml = Hello)
    {
        harness.Template("hello.liquid", "Hi {{ contact.first_name }}, thanks for connecting!");
        harness.Template("nudge.liquid", "Still there, {{ contact.first_name }}?");
        harness.Playbook("hello.yaml", yaml);
        return harness;
    }
}
