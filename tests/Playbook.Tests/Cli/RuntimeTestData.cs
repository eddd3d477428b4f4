using System.Globalization;
using System.Text.Json;
using Playbook.Tests.Support;

namespace Playbook.Tests.Cli;

/// <summary>The example export on Monday morning, driven through the command line as Ana would.</summary>
internal static class RuntimeTestData
{
    /// <summary>The morning of the example export's download.</summary>
    public const string Monday = "2026-11-30T08:00Z";

    /// <summary>Imports the example export, zipped as downloaded, on <see cref="Monday"/>.</summary>
    public static async Task ImportExampleZipAsync(this CliSandbox cli)
    {
        var result = await cli.RunAsync("import", "linkedin", RepoPaths.ExampleZip, "--now", Monday);
        Assert.True(result.ExitCode == 0, result.ToString());
    }

    /// <summary>Imports the example export and runs the playbooks on <see cref="Monday"/>.</summary>
    public static async Task ImportAndRunAsync(this CliSandbox cli)
    {
        await cli.ImportExampleZipAsync();
        var run = await cli.RunAsync("run", "--now", Monday);
        Assert.True(run.ExitCode == 0, run.ToString());
    }

    /// <summary>Runs a command that must succeed and parses what it printed.</summary>
    public static async Task<JsonElement> JsonAsync(this CliSandbox cli, params string[] args)
    {
        var result = await cli.RunAsync([.. args, "--json"]);
        Assert.True(result.ExitCode == 0, result.ToString());
        return result.Json();
    }

    /// <summary>The id of the one contact named <paramref name="fullName"/>.</summary>
    public static async Task<long> ContactIdAsync(this CliSandbox cli, string fullName)
    {
        var contacts = await cli.JsonAsync("contacts");
        return contacts.EnumerateArray().Single(c => c.GetProperty("fullName").GetString() == fullName).GetProperty("id").GetInt64();
    }

    /// <summary>The contacts who get a welcome on <see cref="Monday"/>, by <see cref="UnansweredInvitations"/>.</summary>
    public static async Task<IReadOnlyList<long>> UnansweredInvitationsAsync(this CliSandbox cli) =>
        UnansweredInvitations(await cli.JsonAsync("events"), Instant(Monday));

    /// <summary>
    /// The contacts the rules of docs/runtime.md say get a welcome at <paramref name="now"/>: an invitation received in the
    /// 14 days before, not answered by a later <c>message.sent</c>; read from <c>events --json</c>.
    /// </summary>
    public static IReadOnlyList<long> UnansweredInvitations(JsonElement events, DateTimeOffset now)
    {
        var all = events.EnumerateArray().ToList();
        return all
            .Where(e => e.GetProperty("kind").GetString() == "invitation.received")
            .Where(e => Instant(e.GetProperty("at").GetString()!) is var at && at >= now.AddDays(-14) && at <= now)
            .Where(invitation => !all.Any(e => e.GetProperty("kind").GetString() == "message.sent"
                && e.GetProperty("contactId").GetInt64() == invitation.GetProperty("contactId").GetInt64()
                && Instant(e.GetProperty("at").GetString()!) >= Instant(invitation.GetProperty("at").GetString()!)))
            .Select(e => e.GetProperty("contactId").GetInt64())
            .Order()
            .ToList();
    }

    public static DateTimeOffset Instant(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
