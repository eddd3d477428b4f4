using System.Runtime.CompilerServices;

namespace Playbook.Engine.Scripting;

/// <summary>
/// Compiles the conditions of every loaded playbook with Roslyn, in one compilation, into code that is then
/// evaluated per contact without compiling again. With a cache folder, a second start with the same conditions
/// loads the compiled code from disk without loading the compiler.
/// </summary>
public static class ConditionCompiler
{
    /// <summary>
    /// Compiles <paramref name="conditions"/>; every problem of every condition is in the result's
    /// <see cref="CompiledConditions.Problems"/>, and the conditions without a problem can be evaluated.
    /// </summary>
    /// <param name="conditions">Every condition, each with a unique key.</param>
    /// <param name="cacheFolder">Where compiled code is kept between processes (e.g. <c>$XDG_CACHE_HOME/playbook/compiled</c>), or null for no cache.</param>
    /// <param name="scripts">The playbook scripts to compile in the same compilation, or null for none.</param>
    public static CompiledConditions Compile(IReadOnlyList<ConditionSource> conditions, string? cacheFolder = null, IReadOnlyList<ScriptSource>? scripts = null)
    {
        Validate(conditions);
        scripts ??= [];
        if (conditions.Count == 0 && scripts.Count == 0)
        {
            return new CompiledConditions(conditions, new CompileOutput(null, new Dictionary<string, string>(), []), fromCache: false);
        }

        var key = cacheFolder is null ? null : CompileCache.KeyOf(conditions, scripts);
        if (key is not null && CompileCache.TryRead(cacheFolder!, key) is { } cached)
        {
            // Loaded when first evaluated: a command that only asks what compiled never loads the code.
            return new CompiledConditions(conditions, cached, fromCache: true) { CacheEntry = key };
        }

        var output = CompileWithRoslyn(conditions, scripts);
        if (key is not null)
        {
            CompileCache.Write(cacheFolder!, key, output);
        }

        return new CompiledConditions(conditions, output, fromCache: false) { CacheEntry = key };
    }

    /// <summary>Kept apart so that compiling <see cref="Compile"/> does not make the JIT load Roslyn on a cache hit.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static CompileOutput CompileWithRoslyn(IReadOnlyList<ConditionSource> conditions, IReadOnlyList<ScriptSource> scripts) =>
        RoslynConditionCompiler.Compile(conditions, scripts);

    private static void Validate(IReadOnlyList<ConditionSource> conditions)
    {
        ArgumentNullException.ThrowIfNull(conditions);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var duplicates = new List<string>();
        foreach (var condition in conditions)
        {
            ArgumentNullException.ThrowIfNull(condition, nameof(conditions));
            ArgumentNullException.ThrowIfNull(condition.Key, nameof(conditions));
            ArgumentNullException.ThrowIfNull(condition.Code, nameof(conditions));
            ArgumentNullException.ThrowIfNull(condition.File, nameof(conditions));
            if (condition.Line < 1 || condition.Column < 1)
            {
                throw new ArgumentException($"The condition '{condition.Key}' has no position (line and column count from 1).", nameof(conditions));
            }

            if (!keys.Add(condition.Key))
            {
                duplicates.Add(condition.Key);
            }
        }

        if (duplicates.Count > 0)
        {
            throw new ArgumentException($"Condition keys must be unique: {string.Join(", ", duplicates.Distinct().Select(k => $"'{k}'"))}.", nameof(conditions));
        }
    }
}
