using Playbook.Engine.Import.Writing;

namespace Playbook.Tests.Import.Writing;

public sealed class ReadAheadTests
{
    [Fact]
    public void Of_ManyBatches_YieldsEveryItemInOrder()
    {
        var items = Enumerable.Range(0, 10_000).ToList();

        var read = ReadAhead.Of(items).ToList();

        Assert.Equal(items, read);
    }

    [Fact]
    public void Of_WorkOnEachBatchHandedOver_DoneOnceForEveryBatchAfterItIsTaken()
    {
        // 10,000 items: 39 full batches and a last one of 16, each seen by the worker once it is in the queue.
        var items = Enumerable.Range(0, 10_000).ToList();
        var seen = new System.Collections.Concurrent.ConcurrentQueue<(int First, int Count)>();

        var read = ReadAhead.Of(items, batch => seen.Enqueue((batch[0], batch.Count))).ToList();

        Assert.Equal(items, read);
        Assert.Equal(40, seen.Count);
        Assert.Equal(Enumerable.Range(0, 40).Select(i => i * ReadAhead.BatchSize), seen.Select(s => s.First));
        Assert.Equal(16, seen.Last().Count);
    }

    [Fact]
    public void Of_SourceFailsHalfWay_YieldsWhatCameBeforeThenThrowsItsException()
    {
        var read = new List<int>();

        var thrown = Assert.Throws<InvalidDataException>(() =>
        {
            foreach (var item in ReadAhead.Of(Failing(1_000)))
            {
                read.Add(item);
            }
        });

        Assert.Equal("row 1000 is bad", thrown.Message);
        Assert.Equal(Enumerable.Range(0, 1_000), read);
    }

    [Fact]
    public void Of_ConsumerStopsEarly_StopsTheWorkerAndDisposesTheSource()
    {
        var source = new Endless();

        var first = ReadAhead.Of(source).Take(10).ToList();

        Assert.Equal(Enumerable.Range(0, 10), first);
        Assert.True(source.Disposed);
    }

    [Fact]
    public void Of_Cancelled_ThrowsOperationCanceled()
    {
        using var cancel = new CancellationTokenSource();

        Assert.ThrowsAny<OperationCanceledException>(() =>
        {
            foreach (var item in ReadAhead.Of(new Endless(), cancellationToken: cancel.Token))
            {
                if (item == 5_000)
                {
                    cancel.Cancel();
                }
            }
        });
    }

    private static IEnumerable<int> Failing(int at)
    {
        for (var i = 0; ; i++)
        {
            if (i == at)
            {
                throw new InvalidDataException($"row {i} is bad");
            }

            yield return i;
        }
    }

    /// <summary>An endless source that says whether it was disposed.</summary>
    private sealed class Endless : IEnumerable<int>
    {
        public bool Disposed { get; private set; }

        public IEnumerator<int> GetEnumerator()
        {
            try
            {
                for (var i = 0; ; i++)
                {
                    yield return i;
                }
            }
            finally
            {
                Disposed = true;
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
