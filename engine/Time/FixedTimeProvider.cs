namespace Playbook.Engine.Time;

/// <summary>
/// A clock that always reads the same instant: what <c>--now</c> gives a whole command, so that
/// "seven days later" can be run today and a command's writes all carry one time.
/// </summary>
public sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    /// <summary>The instant the clock was set to, in UTC.</summary>
    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
}
