using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Playbook.Engine.Store;
using Playbook.Tests.Support;

namespace Playbook.Tests.EndToEnd;

/// <summary>
/// The machine loses power in the middle of a batch run. A real <c>playbook run</c> process is
/// killed half-way; running the same command again finishes the work: no draft written twice, no step skipped.
/// </summary>
public sealed class RunKillTests : IDisposable
{
    private const int Invitations = 20_000;
    private const string Now = "2026-11-30T08:00:00Z";

    /// <summary>A welcome run that waits for its draft: started, analysed, low-fit (tagged or skipped), drafted, waiting.</summary>
    private const int EntriesPerRun = 5;
    private readonly TempFolder _sandbox = new();

    [Fact]
    public async Task Run_ProcessKilledHalfWay_RunAgainFinishesEveryRunExactlyOnce()
    {
        var db = Path.Combine(_sandbox.Folder("store"), "playbook.db");
        Seed(db);
        var playbook = new PlaybookProcess(_sandbox);

        using (var process = playbook.Start("run", "--db", db, "--now", Now))
        {
            await WaitForRunsAsync(process, db, atLeast: 2_000);
            KillIfRunning(process);
            await process.WaitForExitAsync();
        }

        var afterKill = Counts(db);
        var again = await playbook.RunAsync("run", "--db", db, "--now", Now);

        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.True(afterKill.Runs < Invitations, $"the first run was not cut short ({afterKill.Runs} runs)");
        Assert.Equal(afterKill.Runs, afterKill.Drafts);
        Assert.Equal(afterKill.Runs * EntriesPerRun, afterKill.Journal);
        var final = Counts(db);
        Assert.Equal((Invitations, Invitations, Invitations, Invitations * EntriesPerRun), (final.Runs, final.Drafts, final.DraftedRuns, final.Journal));
        Assert.Equal(Invitations, Scalar(db, "SELECT count(*) FROM runs WHERE state = 'waiting' AND step = 'wait' AND held_by IS NOT NULL"));
        Assert.Equal("ok", ScalarText(db, "PRAGMA integrity_check"));
        Assert.StartsWith($"{Invitations - afterKill.Runs} runs started, {Invitations - afterKill.Runs} drafts", again.Output, StringComparison.Ordinal);
    }

    /// <summary>A store of contacts who each sent an invitation in the last 14 days, written directly.</summary>
    private static void Seed(string db)
    {
        using (ContactStore.Open(db, TimeProvider.System))
        {
            // Creates the file with the current schema.
        }

        using var connection = new SqliteConnection($"Data Source={db}");
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using var contact = connection.CreateCommand();
        contact.Transaction = transaction;
        contact.CommandText = """
            INSERT INTO contacts (id, first_name, last_name, full_name, name_key, profile_url, profile_key, as_of, created_at, updated_at)
            VALUES ($id, $first, 'Test', $first || ' Test', lower($first) || ' test', 'https://www.linkedin.com/in/' || $key, $key, '2026-11-30', $now, $now)
            """;
        using var invitation = connection.CreateCommand();
        invitation.Transaction = transaction;
        invitation.CommandText = """
            INSERT INTO events (contact_id, kind, at, at_ticks, direction, source, source_hash, created_at)
            VALUES ($id, 'invitation.received', $at, $ticks, 'in', 'seed:' || $id, $id, $now)
            """;
        var now = DateTimeOffset.Parse(Now, CultureInfo.InvariantCulture);
        for (var i = 1; i <= Invitations; i++)
        {
            var at = now.AddMinutes(-(i % (13 * 24 * 60)) - 1);
            contact.Parameters.Clear();
            contact.Parameters.AddWithValue("$id", i);
            contact.Parameters.AddWithValue("$first", $"Person{i}");
            contact.Parameters.AddWithValue("$key", $"person-{i}");
            contact.Parameters.AddWithValue("$now", Now);
            contact.ExecuteNonQuery();
            invitation.Parameters.Clear();
            invitation.Parameters.AddWithValue("$id", i);
            invitation.Parameters.AddWithValue("$at", at.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture));
            invitation.Parameters.AddWithValue("$ticks", at.UtcTicks);
            invitation.Parameters.AddWithValue("$now", Now);
            invitation.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    private static async Task WaitForRunsAsync(Process process, string db, int atLeast)
    {
        var giveUp = Stopwatch.StartNew();
        while (!process.HasExited && giveUp.Elapsed < TimeSpan.FromMinutes(2))
        {
            if (Scalar(db, "SELECT count(*) FROM runs") >= atLeast)
            {
                return;
            }

            await Task.Delay(20);
        }
    }

    private static (long Runs, long Drafts, long DraftedRuns, long Journal) Counts(string db) =>
        (Scalar(db, "SELECT count(*) FROM runs"), Scalar(db, "SELECT count(*) FROM drafts"),
         Scalar(db, "SELECT count(DISTINCT run_id) FROM drafts"), Scalar(db, "SELECT count(*) FROM journal"));

    private static long Scalar(string db, string sql) => Convert.ToInt64(ScalarText(db, sql), CultureInfo.InvariantCulture);

    private static string ScalarText(string db, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA busy_timeout = 5000";
        command.ExecuteNonQuery();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture) ?? "";
    }

    private static void KillIfRunning(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It finished first; the assertion on the first count says so.
        }
    }

    public void Dispose() => _sandbox.Dispose();
}
