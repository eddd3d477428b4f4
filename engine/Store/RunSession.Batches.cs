using Microsoft.Data.Sqlite;
using Playbook.Engine.Store.Ahead;
using Playbook.Engine.Store.Prepared;

namespace Playbook.Engine.Store;

/// <summary>
/// The session's batches and savepoints: a batch is one transaction; a step one savepoint inside it. What the session
/// keeps in memory to write together (journal entries, the times contacts were tagged) is written before the batch commits,
/// and only outside savepoints, so that a rolled-back step takes exactly its own writes away.
/// </summary>
internal sealed partial class RunSession
{
    /// <summary>
    /// How far the log grows, in pages (64 MB), before a pass waits for what it committed to be copied back, so that the
    /// log starts again from its beginning (see <see cref="LogCopier.RestartLogEvery"/>).
    /// </summary>
    internal const long DefaultLogRestartFrames = 16_384;

    /// <summary>The page cache of a pass's connection, in SQLite's terms: negative, in KiB (32 MB).</summary>
    private const string PassCacheSize = "-32768";

    /// <summary>The pass's <see cref="DefaultLogRestartFrames"/>, set lower by tests.</summary>
    internal long LogRestartFrames { get; set; } = DefaultLogRestartFrames;

    public SqliteTransaction Transaction => _transaction ?? throw new InvalidOperationException("No batch is open.");

    public bool InBatch => _transaction is not null;

    public void BeginBatch()
    {
        if (_transaction is not null)
        {
            throw new InvalidOperationException("A batch is already open.");
        }

        _transaction = _store.BeginWrite();
        _journal.NewTransaction();
        foreach (var command in _commands)
        {
            command.Transaction = _transaction;
        }

        _touched.Began(Connection);
    }

    public void CommitBatch() => EndBatch(commit: true);

    /// <summary>
    /// Commits the batch and begins the next: what this session wrote so far is then in the file for any connection to
    /// read, and no contact counts as <see cref="Touched"/> until the session writes again.
    /// </summary>
    public void CommitForReaders()
    {
        CommitBatch();
        BeginBatch();
        _touched.Clear();
    }

    /// <summary>
    /// Readies the connection for a pass over many runs, until the session ends; outside a batch.
    /// <list type="bullet">
    /// <item>The file is read through SQLite's page cache alone, not its memory map: a pass reads and writes most of the
    /// file, and every mapped page it reads stays in the process's resident memory (the whole file, for a pass over every
    /// contact), where the page cache is bounded.</item>
    /// <item>That page cache is 32 MB, not the 64 MB an import keeps: a pass over many events takes them contact by contact
    /// (<see cref="Runtime.RuntimeSettings.ContactOrderFrom"/>), so most of its writes go at the end of their trees, and a
    /// smaller cache measured as fast, with 35 MB less resident.</item>
    /// <item>The write-ahead log is not copied back into the file after each batch, only once when the connection closes
    /// (or at the first commit after the session): the pages a pass changes (the runs', journal's and drafts' tables and
    /// indexes) change again in the next batch, and copying them back at every commit wrote most of them several
    /// times. Each batch is still one transaction in the log, kept whole by a kill as before. The copy is made beside
    /// the pass instead, after each batch, by a <see cref="LogCopier"/> on the other processor, so that little of it is
    /// left for the close.</item>
    /// </list>
    /// </summary>
    public void PrepareForPass()
    {
        if (_memoryMap is not null || _transaction is not null)
        {
            return;
        }

        using var command = Connection.CreateCommand();
        command.CommandText = "PRAGMA mmap_size";
        _memoryMap = command.ExecuteScalar() is long bytes ? bytes : 0;
        command.CommandText = "PRAGMA cache_size";
        _cacheSize = command.ExecuteScalar() is long size ? size : null;
        command.CommandText = $"PRAGMA mmap_size = 0; PRAGMA cache_size = {PassCacheSize}";
        command.ExecuteNonQuery();
        // A store in memory (a playbook's tests) has no file and no log.
        _copier = LogCopiedBeside.Start(Connection);
    }


    public void RollbackBatch() => EndBatch(commit: false);

    /// <summary>
    /// Runs <paramref name="work"/> as one step: all its writes stay, or none do (and the exception goes on). The step's
    /// SQLite savepoint is opened by its first statement that writes (<see cref="Writing"/>): a step that only reads and
    /// journals (an analysis) costs no savepoint. With <paramref name="writesLast"/> the caller says that nothing
    /// after the step's first write can fail, so it needs no savepoint at all: SQLite copies every page a savepoint's
    /// statements touch into its statement journal, which was a tenth of a pass's work. Its journal entries, kept in
    /// memory, are still taken back when it fails before it writes. Should it fail after all once it wrote, its writes
    /// cannot be taken back alone: the exception is then a <see cref="StoreException"/>, which no step failure
    /// catches, and the batch is rolled back whole.
    /// </summary>
    public T Atomically<T>(Func<T> work, bool writesLast = false)
    {
        _ = Transaction;
        if (_steps.Count == 0)
        {
            WriteBuffered(all: false);
        }

        var (journal, tagged, taggedBefore) = (_journal.Count, _taggedRows.Count, _taggedBefore.Count);
        _steps.Add(writesLast);
        try
        {
            var result = work();
            Close(rollback: false);
            return result;
        }
        catch (Exception e)
        {
            if (Close(rollback: true) && e is not (SqliteException or StoreException or OutOfMemoryException))
            {
                throw new StoreException(_store.Path,
                    $"a step failed after it wrote, where it could not be taken back alone ({e.Message}); nothing of this batch was kept; run again with --debug for the details",
                    e);
            }

            _journal.Truncate(journal);
            _taggedRows.Truncate(tagged);
            ForgetTags(taggedBefore);
            throw;
        }
    }

    /// <summary>The times of the tags given after the first <paramref name="count"/> changes of this batch, taken back.</summary>
    private void ForgetTags(int count)
    {
        for (var i = _taggedBefore.Count - 1; i >= count; i--)
        {
            var (contactId, before) = _taggedBefore[i];
            if (before is { } time)
            {
                _tagged[contactId] = time;
            }
            else
            {
                _tagged.Remove(contactId);
            }
        }

        _taggedBefore.RemoveRange(count, _taggedBefore.Count - count);
    }

    /// <summary>
    /// Marks the steps <see cref="Atomically"/> began and no statement has written in yet as written in, outermost
    /// first, and opens the SQLite savepoints of those that need one; called before every statement that writes.
    /// </summary>
    private void Writing()
    {
        for (; _written < _steps.Count; _written++)
        {
            if (!_steps[_written])
            {
                _savepoint.Execute();
            }
        }
    }

    /// <summary>
    /// Ends the innermost step: its savepoint released, or rolled back first; nothing to do in SQLite when it wrote
    /// nothing or has no savepoint. True when it is rolled back after writes that had no savepoint to undo them.
    /// </summary>
    private bool Close(bool rollback)
    {
        var index = _steps.Count - 1;
        var writesLast = _steps[index];
        _steps.RemoveAt(index);
        if (_written <= index)
        {
            return false;
        }

        _written = index;
        if (writesLast)
        {
            return rollback;
        }

        if (rollback)
        {
            _rollbackTo.Execute();
        }

        _release.Execute();
        return false;
    }

    private void EndBatch(bool commit)
    {
        var transaction = Transaction;
        if (commit)
        {
            WriteBuffered(all: true);
            transaction.Commit();
            _touched.Committed(Connection);
            _copier?.Committed();
            _copier?.RestartLogEvery(LogRestartFrames);
        }
        else
        {
            transaction.Rollback();
            _journal.Clear();
            _taggedRows.Clear();
        }

        transaction.Dispose();
        _transaction = null;
        _journal.NewTransaction();
        // What the batch tagged is in contact_tagged now (or gone with it), where a contact's read finds it.
        _tagged.Clear();
        _taggedBefore.Clear();
        foreach (var command in _commands)
        {
            command.Transaction = null;
        }
    }

    /// <summary>
    /// Writes the journal entries and the times of tags kept in memory (see <see cref="BufferedRows"/>): a statement's
    /// worth of each, or with <paramref name="all"/> all of them. Only outside savepoints, whose rollback would take
    /// them away.
    /// </summary>
    private void WriteBuffered(bool all)
    {
        _journal.Flush(all);
        _taggedRows.Flush(all);
    }
}
