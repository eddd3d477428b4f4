namespace Playbook.Tui.Desk;

/// <summary>
/// The invented LinkedIn export in <c>examples/</c>: what <c>playbook demo</c> builds its store from, and what an
/// empty desk offers to import.
/// </summary>
internal static class Examples
{
    /// <summary>The example export's file, in the examples folder.</summary>
    public const string ExportFileName = "Basic_LinkedInDataExport_11-30-2026.zip";

    /// <summary>The examples folder: under the working folder or one of its parents, or beside the executable's.</summary>
    public static string? FindFolder()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, "examples");
                if (File.Exists(Path.Combine(candidate, ExportFileName)))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
