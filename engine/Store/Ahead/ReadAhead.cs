using Playbook.Engine.Contacts;
using Playbook.Engine.Events;
using Playbook.Engine.Store.Opening;
using Playbook.Engine.Store.Prepared;

namespace Playbook.Engine.Store.Ahead;

/// <summary>
/// Reads, on a connection and a thread of its own, the contacts a pass is about to take (each contact's row, its
/// history as of the pass's clock, and what <c>extra</c> makes of them: its analysis), in the pass's order and a few
/// hundred ahead of it, so that the pass's own thread only writes. The pass takes item <c>i</c> when it gets to it
/// (<see cref="Take"/>); an item not read yet, or read for another contact, is null, and the pass reads it itself, as
/// it would without this.
/// <para>
/// What it reads is what the file held when it read it: the pass's own writes are not there until they commit. So
/// the pass uses an item only for a contact its writes have not touched (<see cref="RunSession.Touched"/>); it reads
/// any other one again itself. A failure here (the file gone, a busy store) only stops the reading ahead.
/// </para>
/// </summary>
/// <typeparam name="T">What <c>extra</c> makes of a contact and its history, on this thread.</typeparam>
internal sealed class ReadAhead<T> : IDisposable
    where T : class
{
    /// <summary>How many items it reads ahead of the pass at most: what it holds in memory.</summary>
    public const int Depth = 256;

    private readonly string _path;
    private readonly IReadOnlyList<(long ContactId, long? EventId)> _work;
    private readonly DateTimeOffset _asOf;
    private readonly Func<Contact, List<ContactEvent>, long?, T?> _extra;
    private readonly Item?[] _items;
    private readonly object _gate = new();
    private readonly Thread _thread;
    private int _taken = -1;
    private int _resumeAt;
    private bool _waiting;
    private bool _stopped;

    private ReadAhead(string path, IReadOnlyList<(long ContactId, long? EventId)> work, DateTimeOffset asOf, Func<Contact, List<ContactEvent>, long?, T?> extra)
    {
        _path = path;
        _work = work;
        _asOf = asOf;
        _extra = extra;
        _items = new Item?[work.Count];
        _thread = new Thread(Read) { IsBackground = true, Name = "playbook read-ahead" };
    }

    /// <summary>
    /// Starts reading <paramref name="work"/> (a contact, and the event its run is for) from the store file at
    /// <paramref name="path"/>; null when there is too little work to be worth a thread.
    /// </summary>
    public static ReadAhead<T>? Start(
        string path, IReadOnlyList<(long ContactId, long? EventId)> work, DateTimeOffset asOf, Func<Contact, List<ContactEvent>, long?, T?> extra)
    {
        if (work.Count < Depth || Environment.ProcessorCount < 2)
        {
            return null;
        }

        var ahead = new ReadAhead<T>(path, work, asOf, extra);
        ahead._thread.Start();
        return ahead;
    }

    /// <summary>
    /// Item <paramref name="index"/> of the work, for <paramref name="contactId"/>, when it was read in time; null when
    /// the pass must read it itself. Takes items in order: an earlier item is not read any more.
    /// </summary>
    public Item? Take(int index, long contactId)
    {
        var item = (uint)index < (uint)_items.Length ? Interlocked.Exchange(ref _items[index], null) : null;
        if (index > Volatile.Read(ref _taken))
        {
            Volatile.Write(ref _taken, index);
        }

        // The reader waits, once it is a full Depth ahead, until the pass has taken half of that: one wake-up for
        // Depth / 2 items, not one for each. A wake-up missed here is made at the next item.
        if (Volatile.Read(ref _waiting) && index >= Volatile.Read(ref _resumeAt))
        {
            lock (_gate)
            {
                Monitor.PulseAll(_gate);
            }
        }

        return item is { } read && read.Contact.Id == contactId ? read : null;
    }

    public void Dispose()
    {
        lock (_gate)
        {
            Volatile.Write(ref _stopped, true);
            Monitor.PulseAll(_gate);
        }

        _thread.Join();
    }

    private void Read()
    {
        try
        {
            using var connection = StoreAccess.ConnectToRead(_path, ContactStore.BusyTimeout);
            using (var command = connection.CreateCommand())
            {
                // Its own page cache, bounded; the file's pages are not mapped into memory (see RunSession.PrepareForPass).
                command.CommandText = "PRAGMA mmap_size = 0";
                command.ExecuteNonQuery();
            }

            using var contact = new PreparedStatement(connection, RunSession.ContactSql);
            using var history = new PreparedStatement(connection, RunSession.HistorySql);
            for (var i = 0; i < _work.Count; i++)
            {
                if (i - Volatile.Read(ref _taken) > Depth)
                {
                    lock (_gate)
                    {
                        Volatile.Write(ref _resumeAt, i - (Depth / 2));
                        Volatile.Write(ref _waiting, true);
                        while (!_stopped && Volatile.Read(ref _taken) < _resumeAt)
                        {
                            // Bounded, so that a wake-up the pass missed costs a moment, never the pass.
                            Monitor.Wait(_gate, 100);
                        }

                        _waiting = false;
                    }
                }

                if (Volatile.Read(ref _stopped))
                {
                    return;
                }

                // The pass got here first: it read those itself.
                i = Math.Max(i, Volatile.Read(ref _taken) + 1);
                if (i >= _work.Count)
                {
                    return;
                }

                var (contactId, eventId) = _work[i];
                if (contact.Bind(contactId).Query(ContactRow.Map) is [var row])
                {
                    var events = history.Bind(contactId, _asOf.UtcTicks).Query(RuntimeRows.Event);
                    Volatile.Write(ref _items[i], new Item(row, events, _extra(row, events, eventId)));
                }
            }
        }
#pragma warning disable CA1031 // Whatever it is, it must not end the process from this thread.
        catch (Exception)
#pragma warning restore CA1031
        {
            // Reading ahead only saves time: the pass reads what is missing itself, and says what went wrong if it fails too.
        }
    }

    /// <summary>A contact as the file held it, its history as of the pass's clock, and what <c>extra</c> made of them.</summary>
    internal sealed record Item(Contact Contact, List<ContactEvent> History, T? Extra);
}
