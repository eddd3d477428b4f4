using Microsoft.Data.Sqlite;
using Playbook.Engine.Store.Opening;

namespace Playbook.Engine.Store.Ahead;

/// <summary>
/// Copies the write-ahead log back into the store's file (a passive checkpoint) on a connection and a thread of its
/// own, after each batch a pass commits, while the pass writes the next one.
/// <para>
/// A pass does not copy the log back itself after each batch (<see cref="RunSession.PrepareForPass"/>): the same
/// pages change again in the next batch. Left to the end, the whole copy fell on the command's last moment, when the
/// connection closed, on the pass's thread. Here it is done beside the pass, on the other processor, so that little is
/// left when the connection closes. A passive checkpoint never waits for the writer or a reader and never holds them
/// up: it copies what every reader is done with, and SQLite keeps a copy that was cut short by a kill safe, as it does
/// any checkpoint. A failure here (a busy store, the file gone) only leaves the copy to the close.
/// </para>
/// </summary>
internal sealed class LogCopier : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly Thread _thread;
    private readonly SemaphoreSlim _due = new(0);
    private readonly object _copiedGate = new();
    private volatile bool _stopping;
    private int _asked;
    private int _copied;
    private long _logFrames;
    private long _framesAtLastWait;

    private LogCopier(SqliteConnection connection)
    {
        _connection = connection;
        _thread = new Thread(Copy) { IsBackground = true, Name = "playbook log copier" };
    }

    /// <summary>
    /// Starts copying back the log of the store file at <paramref name="path"/>; null on a single processor, or when
    /// the file cannot be written (there is no log to copy then).
    /// </summary>
    public static LogCopier? Start(string path)
    {
        if (Environment.ProcessorCount < 2)
        {
            return null;
        }

        SqliteConnection? connection = null;
        try
        {
            connection = StoreAccess.Connect(path, ContactStore.BusyTimeout, out var readOnly);
            if (readOnly is not null)
            {
                connection.Dispose();
                return null;
            }

            using (var command = connection.CreateCommand())
            {
                // As the store's own connection: the log is synced before it is copied, the file after.
                command.CommandText = "PRAGMA synchronous = NORMAL; PRAGMA mmap_size = 0";
                command.ExecuteNonQuery();
            }

            var copier = new LogCopier(connection);
            copier._thread.Start();
            return copier;
        }
        catch (SqliteException)
        {
            connection?.Dispose();
            return null;
        }
    }

    /// <summary>Says a batch was committed: its pages can be copied back.</summary>
    public void Committed()
    {
        Interlocked.Increment(ref _asked);
        // One copy waiting is enough: it takes everything committed by the time it starts.
        if (_due.CurrentCount == 0)
        {
            _due.Release();
        }
    }

    /// <summary>
    /// Called by the pass after it committed a batch, before it begins the next: once the log has grown by
    /// <paramref name="frames"/> pages since it was last started again from its beginning, waits until the copy of what
    /// was just committed is done. SQLite starts a log again from its beginning, rather than writing on at its end, only
    /// when the transaction that writes begins with every page of it already copied back; a pass begins its next batch
    /// as soon as it commits one, so its log grew by every batch it wrote (three hundred megabytes over 100,000 runs),
    /// and the kernel's work on a file that grows (each new block taken and zeroed) was a sixth of the pass's thread.
    /// Waiting now and then keeps the log at about that size, written over in place.
    /// </summary>
    public void RestartLogEvery(long frames)
    {
        var log = Volatile.Read(ref _logFrames);
        if (log < _framesAtLastWait)
        {
            // The log was started again since.
            _framesAtLastWait = 0;
        }

        if (log < _framesAtLastWait + frames)
        {
            return;
        }

        _framesAtLastWait = log;
        var asked = Volatile.Read(ref _asked);
        lock (_copiedGate)
        {
            while (Volatile.Read(ref _copied) < asked && !_stopping)
            {
                Monitor.Wait(_copiedGate, 100);
            }
        }
    }

    /// <summary>Stops copying (a copy under way is finished first) and closes the connection.</summary>
    public void Dispose()
    {
        _stopping = true;
        _due.Release();
        lock (_copiedGate)
        {
            Monitor.PulseAll(_copiedGate);
        }

        _thread.Join();
        _connection.Dispose();
        _due.Dispose();
    }

    private void Copy()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
        while (true)
        {
            _due.Wait();
            if (_stopping)
            {
                return;
            }

            var asked = Volatile.Read(ref _asked);
            try
            {
                // Whether it was cut short, the log's size in pages, and how many of them are copied back.
                using var reader = command.ExecuteReader();
                if (reader.Read())
                {
                    Volatile.Write(ref _logFrames, reader.GetInt64(1));
                }
            }
            catch (SqliteException)
            {
                // Busy, or the file gone: the connection that closes last copies what is left.
            }

            lock (_copiedGate)
            {
                Volatile.Write(ref _copied, asked);
                Monitor.PulseAll(_copiedGate);
            }
        }
    }
}
