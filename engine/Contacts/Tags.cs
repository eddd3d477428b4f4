namespace Playbook.Engine.Contacts;

/// <summary>How tags are written: trimmed and lower-case, so <c>Close</c> and <c>close </c> are one tag.</summary>
public static class Tags
{
    /// <summary>The stored form of <paramref name="tag"/>, or null when nothing is left of it.</summary>
    public static string? Normalize(string? tag)
    {
        var trimmed = tag?.Trim().ToLowerInvariant();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }
}
