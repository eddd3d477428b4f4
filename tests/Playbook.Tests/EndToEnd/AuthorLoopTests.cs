using Playbook.Tests.Support;
using static Playbook.Tests.Cli.RuntimeTestData;

namespace Playbook.Tests.EndToEnd;

/// <summary>
/// An author's loop through the command line: a playbook that takes the built-in welcome over for founders, its test
/// (failing at the line of a wrong expectation, then passing), why it did not act for one contact, a dry run of one
/// contact, and its condition tried in the console.
/// </summary>
public sealed class AuthorLoopTests : IDisposable
{
    private const string Founders = """
        schema: 1
        name: founders-first
        on: invitation.received
        instead_of: welcome
        when: contact.Headline != null && contact.Headline.Contains("Founder")
        max_age: 14d
        steps:
          - id: welcome
            draft: { template: welcome }
        """;

    private const string Test = """
        schema: 1
        me:
          first_name: Ana
        contacts:
          maria:
            first_name: Maria
            last_name: Lopez
            headline: Founder at Sol Shoes
          sam:
            first_name: Sam
            last_name: Reed
            headline: Accountant
        tests:
          - name: a founder gets the founders' welcome and not the built-in one
            events:
              - { contact: maria, kind: invitation.received, ago: 1h, body: "Hi Ana, I run Sol Shoes." }
            steps:
              - run:
                expect:
                  drafts:
                    - { playbook: founders-first, contact: maria, contains: [GREETING] }
          - name: anyone else gets the built-in welcome
            events:
              - { contact: sam, kind: invitation.received, ago: 1h }
            steps:
              - run:
                expect:
                  drafts:
                    - { playbook: welcome, contact: sam }
        """;

    private readonly CliSandbox _cli = new();

    private string Folder => _cli.Folder.Folder("playbooks");

    [Fact]
    public async Task Author_WritesTestsWhyAndTriesOneContact_EachToolAnswersAtItsPlace()
    {
        _cli.Folder.Write("playbooks/founders-first.yaml", Founders);
        var test = _cli.Folder.Write("playbooks/founders-first.test.yaml", Test.Replace("GREETING", "Hola Maria", StringComparison.Ordinal));

        var failing = await _cli.RunAsync("test", "--playbooks", Folder);

        Assert.True(failing.ExitCode == 1, failing.ToString());
        Assert.Contains($"{test}(", failing.Output + failing.Error, StringComparison.Ordinal);
        Assert.Contains("Hola Maria", failing.Output + failing.Error, StringComparison.Ordinal);

        File.WriteAllText(test, Test.Replace("GREETING", "Maria", StringComparison.Ordinal));
        var passing = await _cli.RunAsync("test", "--playbooks", Folder);

        Assert.True(passing.ExitCode == 0, passing.ToString());

        await _cli.ImportExampleZipAsync();
        var elena = await _cli.ContactIdAsync("Elena Moreno Díaz");
        var why = await _cli.RunAsync("why", elena.ToString(System.Globalization.CultureInfo.InvariantCulture), "--playbooks", Folder, "--now", Monday);

        Assert.True(why.ExitCode == 0, why.ToString());
        Assert.Contains("founders-first", why.Output, StringComparison.Ordinal);
        Assert.Contains("'when' is false", why.Output, StringComparison.Ordinal);

        var dry = await _cli.RunAsync("run", "--dry-run", "--contact", elena.ToString(System.Globalization.CultureInfo.InvariantCulture), "--playbooks", Folder, "--now", Monday);

        Assert.True(dry.ExitCode == 0, dry.ToString());
        Assert.Contains($"Elena Moreno Díaz (contact {elena})", dry.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("(contact ", dry.Output.Replace($"(contact {elena})", "", StringComparison.Ordinal), StringComparison.Ordinal);

        var console = await _cli.RunWithInputAsync(
            $"Eval(\"contact.Headline != null && contact.Headline.Contains(\\\"Founder\\\")\", Contacts[{elena}])\n", "console");

        Assert.True(console.ExitCode == 0, console.ToString());
        Assert.Equal(["false"], console.OutputLines);
    }

    public void Dispose() => _cli.Dispose();
}
