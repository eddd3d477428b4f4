using Playbook.Engine.Time;

namespace Playbook.Engine.Testing;

/// <summary>
/// The clock a playbook test runs on: it stands still until a step moves it on (<c>after: 7d</c>) or to an instant
/// (<c>at:</c>), so that a week of waits passes in a moment and every run reads the same time.
/// </summary>
public sealed class VirtualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start.ToUniversalTime();

    /// <inheritdoc/>
    public override DateTimeOffset GetUtcNow() => _now;

    /// <summary>Moves the clock on by <paramref name="span"/> (held at the last instant .NET can hold).</summary>
    public void Advance(TimeSpan span) => _now = Instants.Plus(_now, span);

    /// <summary>Sets the clock to <paramref name="at"/>.</summary>
    public void Set(DateTimeOffset at) => _now = at.ToUniversalTime();
}
