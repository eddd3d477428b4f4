using Playbook.Engine.Configuration;
using Playbook.Engine.Scripting;

namespace Playbook.Engine.Catalog;

/// <summary>What a <see cref="PlaybookCatalog"/> loads, and how.</summary>
public sealed record CatalogOptions
{
    /// <summary>
    /// What every command and the desk load: the built-ins with the playbooks of <paramref name="userFolder"/>, and
    /// the compile cache, trusted scripts and switched-off playbooks kept where <paramref name="paths"/> says.
    /// </summary>
    public static CatalogOptions For(AppPaths paths, string? userFolder, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return new CatalogOptions
        {
            UserFolder = userFolder,
            CacheFolder = paths.ConditionsCache,
            TrustFile = paths.TrustFile,
            SwitchedOffFile = paths.SwitchedOffFile,
            Time = time,
        };
    }

    /// <summary>
    /// The user's playbooks folder (<c>--playbooks</c>), with its templates in <c>templates/</c>; null or a folder
    /// that does not exist means no user playbooks, which is not a problem.
    /// </summary>
    public string? UserFolder { get; init; }

    /// <summary>
    /// More playbook files or folders, loaded as the user's (<c>playbook check PATH...</c>); the templates in
    /// <c>templates/</c> beside each file, or inside each folder, are laid over the others. A path that does not
    /// exist is a problem.
    /// </summary>
    public IReadOnlyList<string> CheckPaths { get; init; } = [];

    /// <summary>
    /// The file of trusted scripts (see <see cref="TrustStore"/>), or null to trust none: playbook scripts are then
    /// compiled and checked, never run.
    /// </summary>
    public string? TrustFile { get; init; }

    /// <summary>The file of the playbooks the user switched off (<see cref="SwitchedOff"/>); null: none is.</summary>
    public string? SwitchedOffFile { get; init; }

    /// <summary>Whether the built-in playbooks and templates are loaded (under the user's).</summary>
    public bool IncludeBuiltIns { get; init; } = true;

    /// <summary>
    /// Where compiled conditions are kept between processes (and, in its <c>templates</c> folder, which template texts
    /// passed their checks), or null to compile and check every time.
    /// </summary>
    public string? CacheFolder { get; init; }

    /// <summary>The clock templates render dates with.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>
    /// The type templates see as <c>analysis</c> (see <see cref="Templates.TemplateLibraryOptions.AnalysisType"/>):
    /// the runtime's <see cref="Analysis.ContactAnalysis"/> unless a test gives another.
    /// </summary>
    public Type? AnalysisType { get; init; } = typeof(Analysis.ContactAnalysis);
}
