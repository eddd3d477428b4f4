namespace Playbook.Engine.Import.Writing;

/// <summary>
/// The batches between <see cref="ReadAhead"/>'s worker and its consumer: at most a given number waiting, taken in the
/// order they were added. Either side that has to wait blocks at once, without spinning first as
/// <see cref="System.Collections.Concurrent.BlockingCollection{T}"/> does: the consumer waits for nearly every batch,
/// and the processor time a spin takes is the other thread's on a machine of two cores.
/// </summary>
internal sealed class BatchQueue<T>(int capacity)
{
    private readonly Queue<List<T>> _batches = new(capacity);
    private readonly object _gate = new();
    private bool _completed;
    private bool _stopped;

    /// <summary>Adds a batch, waiting while the queue is full; false once the consumer has stopped.</summary>
    public bool Add(List<T> batch)
    {
        lock (_gate)
        {
            while (_batches.Count >= capacity && !_stopped)
            {
                Monitor.Wait(_gate);
            }

            if (_stopped)
            {
                return false;
            }

            _batches.Enqueue(batch);
            Monitor.PulseAll(_gate);
            return true;
        }
    }

    /// <summary>The next batch, waiting for one; null when the worker has added its last, or the consumer stopped.</summary>
    public List<T>? Take()
    {
        lock (_gate)
        {
            while (_batches.Count == 0 && !_completed && !_stopped)
            {
                Monitor.Wait(_gate);
            }

            if (_stopped || _batches.Count == 0)
            {
                return null;
            }

            var batch = _batches.Dequeue();
            Monitor.PulseAll(_gate);
            return batch;
        }
    }

    /// <summary>The worker has added its last batch.</summary>
    public void Complete()
    {
        lock (_gate)
        {
            _completed = true;
            Monitor.PulseAll(_gate);
        }
    }

    /// <summary>The consumer stops: a waiting worker returns, and so does a waiting consumer.</summary>
    public void Stop()
    {
        lock (_gate)
        {
            _stopped = true;
            Monitor.PulseAll(_gate);
        }
    }
}
