namespace Playbook.Tests.Support;

/// <summary>A fact about Unix file modes, skipped on Windows where they do not exist.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "Unix file modes only";
        }
    }
}
