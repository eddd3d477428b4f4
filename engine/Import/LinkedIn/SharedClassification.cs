using System.Runtime.ExceptionServices;
using Playbook.Engine.Analysis.Replies;

namespace Playbook.Engine.Import.LinkedIn;

/// <summary>
/// How a received message reads, worked out once, by whichever thread comes to it first: the thread that reads
/// messages.csv ahead works through each batch it hands over from its last message back, and the store's thread, which
/// would otherwise wait for that thread, works from the batch's first message on as it stores them. They meet in the
/// middle; neither does a message twice, and on a machine of two processors neither sits idle while the other works.
/// <c>classify</c> is the classifier's <see cref="ReplyClassifier.Classify"/>, one delegate for the whole file.
/// </summary>
internal sealed class SharedClassification(Func<string?, DateTimeOffset?, ReplyClassification> classify, string? body, DateTimeOffset at)
{
    private const int Open = 0;
    private const int Working = 1;
    private const int Done = 2;

    private int _state;
    private ReplyClassification? _result;
    private ExceptionDispatchInfo? _failure;

    /// <summary>Works it out now, unless another thread has begun to (or is done).</summary>
    public void TryWork()
    {
        if (Interlocked.CompareExchange(ref _state, Working, Open) == Open)
        {
            Work();
        }
    }

    /// <summary>
    /// The classification: worked out now when no thread has begun to, else waited for (a message's classification
    /// takes microseconds). What the classifier threw, it throws here, on the thread that stores the message.
    /// </summary>
    public ReplyClassification Value
    {
        get
        {
            if (Interlocked.CompareExchange(ref _state, Working, Open) == Open)
            {
                Work();
            }
            else
            {
                var wait = default(SpinWait);
                while (Volatile.Read(ref _state) != Done)
                {
                    wait.SpinOnce();
                }
            }

            _failure?.Throw();
            return _result!;
        }
    }

    private void Work()
    {
        try
        {
            _result = classify(body, at);
        }
        catch (Exception e)
        {
            _failure = ExceptionDispatchInfo.Capture(e);
        }
        finally
        {
            Volatile.Write(ref _state, Done);
        }
    }
}
