namespace Playbook.Engine.Replay;

/// <summary>
/// The clock of a replay's throwaway store: set forward pass by pass, so that each <c>run</c> of the replay sees
/// the history as of its own date. Only the replay moves it; nothing else holds it.
/// </summary>
internal sealed class ReplayClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start.ToUniversalTime();

    /// <summary>Moves the clock to <paramref name="now"/>.</summary>
    public void Set(DateTimeOffset now) => _now = now.ToUniversalTime();

    public override DateTimeOffset GetUtcNow() => _now;
}
