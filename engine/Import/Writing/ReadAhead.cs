using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace Playbook.Engine.Import.Writing;

/// <summary>
/// Runs the enumeration of a source on a worker thread, a batch ahead of its consumer, so that reading and
/// parsing a file overlap with writing it to the store (which stays on the caller's thread: a SQLite
/// connection is not shared). Items come out in order; an exception of the source comes out where its
/// item would have; a consumer that stops early stops the worker before the source is disposed.
/// </summary>
internal static class ReadAhead
{
    private const int BatchSize = 256;
    private const int BatchesAhead = 8;

    public static IEnumerable<T> Of<T>(IEnumerable<T> source, CancellationToken cancellationToken = default)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var batches = new BlockingCollection<List<T>>(BatchesAhead);
        ExceptionDispatchInfo? failure = null;
        var worker = Task.Run(() =>
        {
            try
            {
                var batch = new List<T>(BatchSize);
                foreach (var item in source)
                {
                    batch.Add(item);
                    if (batch.Count == BatchSize)
                    {
                        batches.Add(batch, stop.Token);
                        batch = new List<T>(BatchSize);
                    }
                }

                if (batch.Count > 0)
                {
                    batches.Add(batch, stop.Token);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // The consumer stopped early.
            }
            catch (Exception e)
            {
                failure = ExceptionDispatchInfo.Capture(e);
            }
            finally
            {
                batches.CompleteAdding();
            }
        }, CancellationToken.None);

        try
        {
            foreach (var batch in batches.GetConsumingEnumerable(cancellationToken))
            {
                foreach (var item in batch)
                {
                    yield return item;
                }
            }

            worker.Wait(CancellationToken.None);
            failure?.Throw();
        }
        finally
        {
            stop.Cancel();
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
