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
    private const int BatchSize = 256;
    private const int BatchesAhead = 8;

    public static IEnumerable<T> Of<T>(IEnumerable<T> source, CancellationToken cancellationToken = default)
    {
        var batches = new BatchQueue<T>(BatchesAhead);
        ExceptionDispatchInfo? failure = null;
        var worker = Task.Run(() =>
        {
            var batch = new List<T>(BatchSize);
            try
            {
                foreach (var item in source)
                {
                    batch.Add(item);
                    if (batch.Count == BatchSize)
                    {
                        if (!batches.Add(batch))
                        {
                            return;
                        }

                        batch = new List<T>(BatchSize);
                    }
                }

                if (batch.Count > 0)
                {
                    batches.Add(batch);
                }
            }
            catch (Exception e)
            {
                // The items read before the failure come out first.
                failure = ExceptionDispatchInfo.Capture(e);
                if (batch.Count > 0)
                {
                    batches.Add(batch);
                }
            }
            finally
            {
                batches.Complete();
            }
        }, CancellationToken.None);

        using var cancelled = cancellationToken.Register(batches.Stop);
        try
        {
            while (batches.Take() is { } batch)
            {
                foreach (var item in batch)
                {
                    yield return item;
                }
            }

            cancellationToken.ThrowIfCancellationRequested();
            worker.Wait(CancellationToken.None);
            failure?.Throw();
        }
        finally
        {
            batches.Stop();
            try
            {
                worker.Wait(CancellationToken.None);
            }
            catch (AggregateException)
            {
                // Its failure, if any, was rethrown above or belongs to an abandoned enumeration.
            }
        }
    }
}
