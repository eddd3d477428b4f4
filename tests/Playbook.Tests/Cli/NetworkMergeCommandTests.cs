using System.Text.Json;
using Playbook.Tests.Import.X;
using Playbook.Tests.Support;

namespace Playbook.Tests.Cli;

/// <summary>People from X stay apart until the user merges them; once merged, their X history is the kept contact's.</summary>
public sealed class NetworkMergeCommandTests : IDisposable
{
    private readonly CliSandbox _cli = new();

    private async Task<CliResult> OkAsync(params string[] args)
    {
        var result = await _cli.RunAsync(args);
        Assert.True(result.ExitCode == 0, $"{string.Join(' ', args)}: {result}");
        return result;
    }

    private async Task ImportAddressBookAndArchiveAsync()
    {
        var cards = _cli.Folder.Write("people.vcf",
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Lucía Fernández\r\nN:Fernández;Lucía;;;\r\nORG:Tienda Verde\r\nEMAIL:lucia@tiendaverde.example.es\r\nEND:VCARD\r\n"
            + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Pedro Sánchez-Olmo\r\nN:Sánchez-Olmo;Pedro;;;\r\nEMAIL:pedro@example.dev\r\nEND:VCARD\r\n");
        await OkAsync("import", "vcard", cards);
        await OkAsync("event", "add", "invitation.received", "--contact", "1", "--at", "2026-09-30T10:00:00Z");
        await OkAsync("import", "x", XArchives.Folder);
    }

    [Fact]
    public async Task Duplicates_AfterImportingX_ListsEachPairWithItsEvidence()
    {
        await ImportAddressBookAndArchiveAsync();

        var json = (await OkAsync("contacts", "duplicates", "--json")).Json();
        var text = await OkAsync("contacts", "duplicates");

        var pairs = json.EnumerateArray()
            .Select(p => (First: p.GetProperty("first").GetProperty("fullName").GetString(), Second: p.GetProperty("second").GetProperty("sources")[0].GetString(),
                Reason: p.GetProperty("reason").GetString(), Evidence: p.GetProperty("evidence").EnumerateArray().Select(e => e.GetString()).ToList()))
            .ToList();
        Assert.Equal(2, pairs.Count);
        Assert.Contains(("Lucía Fernández", "x", "same name"), pairs.Select(p => (p.First, p.Second, p.Reason)));
        Assert.Contains(pairs, p => p.First == "Pedro Sánchez-Olmo" && p.Second == "x" && p.Evidence.SequenceEqual(["signature in a DM of 2026-09-14"]));
        Assert.True(text.OutputLines.Any(l => l.Contains("Pedro Sánchez-Olmo", StringComparison.Ordinal) && l.TrimEnd().EndsWith("signature in a DM of 2026-09-14", StringComparison.Ordinal)), text.Output);
        Assert.Equal("2 candidates; merge one with 'playbook contacts merge ID ID' (the first id is kept)", text.OutputLines[^1]);
        Assert.Equal(7, (await OkAsync("contacts", "--json")).Json().GetArrayLength());
    }

    [Fact]
    public async Task Merge_PersonFromXIntoTheContact_ShowsTheirXHistoryOnTheTimelineAndInTheFunnel()
    {
        await ImportAddressBookAndArchiveAsync();

        await OkAsync("contacts", "merge", "1", "x:1199000000000000001");
        var shown = (await OkAsync("contacts", "show", "1", "--json")).Json();
        var stats = (await OkAsync("stats", "--by", "channel", "--json")).Json();

        Assert.Equal("Lucía Fernández", shown.GetProperty("fullName").GetString());
        Assert.Contains("x", shown.GetProperty("sources").EnumerateArray().Select(s => s.GetString()));
        var xEvents = shown.GetProperty("events").EnumerateArray().Where(e => e.GetProperty("channel").ValueKind == JsonValueKind.String
            && e.GetProperty("channel").GetString() == "x").Select(e => e.GetProperty("body").GetString()).ToList();
        Assert.Equal(["Hola Lucía, encantada de conectar por aquí.", "Gracias por el contacto, ¿hablamos la semana que viene?", "¡Encantada, Marta!"], xEvents);
        Assert.Equal(1, (await OkAsync("contacts", "show", "x:1199000000000000001", "--json")).Json().GetProperty("id").GetInt32());
        var x = Assert.Single(stats.GetProperty("groups").EnumerateArray(), g => g.GetProperty("key").GetString() == "x");
        Assert.Equal((1, 1, 1), (x.GetProperty("invitations").GetInt32(), x.GetProperty("personalReplies").GetInt32(), x.GetProperty("answered").GetInt32()));
    }

    [Fact]
    public async Task Stats_BeforeTheMerge_CountsNoXReplyForTheInvitation()
    {
        await ImportAddressBookAndArchiveAsync();

        var stats = (await OkAsync("stats", "--by", "channel", "--json")).Json();

        Assert.DoesNotContain(stats.GetProperty("groups").EnumerateArray(), g => g.GetProperty("key").GetString() == "x");
        Assert.Equal(0, stats.GetProperty("total").GetProperty("personalReplies").GetInt32());
    }

    public void Dispose() => _cli.Dispose();
}
