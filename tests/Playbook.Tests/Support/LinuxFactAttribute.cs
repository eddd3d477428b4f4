namespace Playbook.Tests.Support;

/// <summary>A fact about what Linux shows in <c>/proc</c>, skipped elsewhere.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class LinuxFactAttribute : FactAttribute
{
    public LinuxFactAttribute()
    {
        if (!OperatingSystem.IsLinux())
        {
            Skip = "Linux's /proc only";
        }
    }
}
