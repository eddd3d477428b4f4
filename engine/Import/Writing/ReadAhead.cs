using System.Runtime.ExceptionServices;

namespace Playbook.Engine.Import.Writing;

/// <summary>
/// Runs the enumeration of a source on a worker thread, a batch ahead of its consumer, so that reading and
/// parsing a file overlap with writing it to the store (which stays on the caller's thread: a SQLite
/// connection is not shared). Items come out in order; an exception of the source comes out where its
/// item would have; a consumer that stops early stops the worker before the source is disposed.
/// </summary>
/// <remarks>
/// The batches pass through a <see cref="BatchQueue{T}"/>, whose waits block at once: the writer mostly waits for the
/// worker (the reply classification is the slower of the two), and a queue that spins before it blocks spent the
/// writer's processor time, on a machine of two cores the worker's, doing nothing.
/// </remarks>
internal static class ReadAhead
{
    /// <summary>How many items a batch holds.</summary>
    public const int BatchSize = 256;

    private const int BatchesAhead = 8;

    /// <summary>
    /// The items of <paramref name="source"/>, read a few batches ahead of the caller on a worker thread, which then does
    /// <paramref name="handedOver"/> with each batch it has handed over, if given (work on its items that either thread may do).
    /// </summary>
    public static IEnumerable<T> Of<T>(IEnumerable<T> source, Action<List<T>>? handedOver = null, CancellationToken cancellationToken = default)
    {
        using var reader = Start(source, BatchesAhead, handedOver);
        foreach (var item in reader.Items(cancellationToken))
        {
            yield return item;
        }
    }

    /// <summary>
    /// Starts reading <paramref name="source"/> now, up to <paramref name="batchesAhead"/> batches of
    /// <see cref="BatchSize"/> items ahead of whoever takes them later (<see cref="ReadingAhead{T}.Items"/>); the worker
    /// does <paramref name="handedOver"/> with each batch it has handed over, if given.
    /// </summary>
    public static ReadingAhead<T> Start<T>(IEnumerable<T> source, int batchesAhead, Action<List<T>>? handedOver = null) =>
        new(source, batchesAhead, handedOver);
}

/// <summary>A source being read on a worker thread (see <see cref="ReadAhead"/>); disposing it stops the worker.</summary>
internal sealed class ReadingAhead<T> : IDisposable
{
    private readonly BatchQueue<T> _batches;
    private readonly Task _worker;
    private readonly Action<List<T>>? _handedOver;
    private ExceptionDispatchInfo? _failure;

    internal ReadingAhead(IEnumerable<T> source, int batchesAhead, Action<List<T>>? handedOver)
    {
        _batches = new BatchQueue<T>(batchesAhead);
        _handedOver = handedOver;
        _worker = Task.Run(() => Read(source), CancellationToken.None);
    }

    /// <summary>The items in order, then the source's exception if it failed; once.</summary>
    public IEnumerable<T> Items(CancellationToken cancellationToken = default)
    {
        using var cancelled = cancellationToken.Register(_batches.Stop);
        while (_batches.Take() is { } batch)
        {
            foreach (var item in batch)
            {
                yield return item;
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        _worker.Wait(CancellationToken.None);
        _failure?.Throw();
    }

    public void Dispose()
    {
        _batches.Stop();
        try
        {
            _worker.Wait(CancellationToken.None);
        }
        catch (AggregateException)
        {
            // Its failure, if any, was rethrown by Items or belongs to an abandoned enumeration.
        }
    }

    private void Read(IEnumerable<T> source)
    {
        var batch = new List<T>(ReadAhead.BatchSize);
        try
        {
            foreach (var item in source)
            {
                batch.Add(item);
                if (batch.Count == ReadAhead.BatchSize)
                {
                    if (!_batches.Add(batch))
                    {
                        return;
                    }

                    _handedOver?.Invoke(batch);
                    batch = new List<T>(ReadAhead.BatchSize);
                }
            }

            if (batch.Count > 0 && _batches.Add(batch))
            {
                _handedOver?.Invoke(batch);
            }
        }
        catch (Exception e)
        {
            // The items read before the failure come out first.
            _failure = ExceptionDispatchInfo.Capture(e);
            if (batch.Count > 0)
            {
                _batches.Add(batch);
            }
        }
        finally
        {
            _batches.Complete();
        }
    }
}
