using System.Reflection;
using System.Runtime.Loader;
using Playbook.Engine.Playbooks;
using Playbook.Engine.Problems;

namespace Playbook.Engine.Scripting;

/// <summary>
/// Every condition of the loaded playbooks, compiled together: what did not compile is in <see cref="Problems"/>,
/// the rest is evaluated through a delegate made once per condition. Holds the compiled code in a collectible
/// load context that <see cref="Dispose"/> unloads; evaluating is thread-safe until then.
/// </summary>
public sealed class CompiledConditions : IDisposable
{
    private readonly Dictionary<string, ConditionSource> _sources;
    private readonly Lock _loading = new();
    private CompileOutput? _output;
    private Dictionary<string, Func<ConditionContext, bool>> _functions = new(StringComparer.Ordinal);
    private Dictionary<string, Type> _scripts = new(StringComparer.Ordinal);
    private AssemblyLoadContext? _loadContext;
    private volatile bool _loaded;
    private bool _disposed;

    /// <summary>
    /// The conditions of <paramref name="output"/>. Code fresh from the compiler is loaded at once; code read from the
    /// cache (<paramref name="fromCache"/>) is loaded when a condition is first evaluated or a script first run, so that
    /// a command that only asks what compiled (<c>playbook check</c>) never loads it.
    /// </summary>
    internal CompiledConditions(IReadOnlyList<ConditionSource> sources, CompileOutput output, bool fromCache)
    {
        _sources = sources.ToDictionary(s => s.Key, StringComparer.Ordinal);
        Problems = output.Problems;
        FromCache = fromCache;
        _output = output;
        if (!fromCache)
        {
            EnsureLoaded();
        }
    }

    /// <summary>Every error of every condition, in the order of the conditions; empty when all compiled.</summary>
    public IReadOnlyList<Problem> Problems { get; }

    /// <summary>Whether the compiled code came from the on-disk cache, without running the compiler.</summary>
    public bool FromCache { get; }

    /// <summary>The name of the compile cache's entry that holds this code (<c>KEY.manifest</c> in the cache folder), or null without a cache.</summary>
    internal string? CacheEntry { get; init; }

    /// <summary>The time one evaluation of a condition may take (see <see cref="ConditionBudget"/>); tests shorten it.</summary>
    internal TimeSpan Budget { get; set; } = ConditionBudget.DefaultTime;

    /// <summary>The bytes one evaluation of a condition may allocate.</summary>
    internal long BudgetBytes { get; set; } = ConditionBudget.DefaultBytes;

    /// <summary>The load context holding the code, for tests that watch it unload; null when nothing compiled, or not yet loaded.</summary>
    internal AssemblyLoadContext? LoadContext => _loadContext;

    /// <summary>Whether the script <paramref name="key"/> (<see cref="ScriptSource.Key"/>) compiled and can be run.</summary>
    public bool IsScriptCompiled(string key) =>
        key.StartsWith(ScriptSource.KeyPrefix, StringComparison.Ordinal) && (_output?.Methods.ContainsKey(key) ?? _scripts.ContainsKey(key));

    /// <summary>Runs the top-level code of the script <paramref name="key"/>: the playbooks it declares, and its loaded files' code first.</summary>
    /// <exception cref="InvalidOperationException">The script did not compile.</exception>
    public void RunScript(string key)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        EnsureLoaded();
        var type = _scripts.GetValueOrDefault(key) ?? throw new InvalidOperationException($"The script '{key}' did not compile.");
        var instance = Activator.CreateInstance(type)!;
        try
        {
            type.GetMethod("Define")!.Invoke(instance, null);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
        }
    }

    /// <summary>Whether the condition <paramref name="key"/> compiled and can be evaluated.</summary>
    public bool IsCompiled(string key) =>
        !key.StartsWith(ScriptSource.KeyPrefix, StringComparison.Ordinal) && (_output?.Methods.ContainsKey(key) ?? _functions.ContainsKey(key));

    /// <summary>Evaluates the condition <paramref name="key"/> over <paramref name="context"/>, within its <see cref="ConditionBudget"/>.</summary>
    /// <exception cref="ConditionException">The condition threw, went over its budget, or did not compile.</exception>
    /// <exception cref="ArgumentException">No condition has that key.</exception>
    public bool Evaluate(string key, ConditionContext context)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(context);
        ObjectDisposedException.ThrowIf(_disposed, this);
        EnsureLoaded(key);
        if (_functions.TryGetValue(key, out var function))
        {
            var budget = new EvaluationBudget(Budget, BudgetBytes);
            var outer = ConditionBudget.Begin(budget);
            try
            {
                return function(context);
            }
            catch (Exception e)
            {
                // Whatever the condition did fails its run, and only its run: even running out of memory, which here
                // means one allocation too large (a text or an array), refused before it was made.
                throw new ConditionException(_sources[key], budget.Exceeded is { } why ? Over(why) : Explain(e), e);
            }
            finally
            {
                ConditionBudget.End(outer);
            }
        }

        if (!_sources.TryGetValue(key, out var source))
        {
            throw new ArgumentException($"There is no condition '{key}'.", nameof(key));
        }

        var problem = Problems.FirstOrDefault(p => p.Subject == key);
        throw new ConditionException(source, problem is null ? "did not compile" : $"did not compile: {problem}");
    }

    /// <summary>Unloads the compiled code; the conditions cannot be evaluated afterwards.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        lock (_loading)
        {
            _output = null;
            Unload();
        }
    }

    /// <summary>
    /// Loads the compiled code into its load context and makes a delegate per condition, once. A cached entry that
    /// passed its hash check but does not load fails the condition being evaluated, saying how to compile afresh.
    /// </summary>
    private void EnsureLoaded(string? key = null)
    {
        if (_loaded)
        {
            return;
        }

        lock (_loading)
        {
            if (_loaded || _output is not { } output)
            {
                return;
            }

            if (output.Image is not null)
            {
                try
                {
                    Load(output);
                }
                catch (Exception e) when (FromCache && key is not null && _sources.TryGetValue(key, out var source)
                                          && e is BadImageFormatException or FileLoadException or TypeLoadException or MissingMethodException)
                {
                    Unload();
                    throw new ConditionException(source,
                        $"could not be loaded from the compile cache ({e.Message}); delete the folder 'conditions' in Playbook's cache folder (~/.cache/playbook) to compile again", e);
                }
                catch
                {
                    Unload();
                    throw;
                }
            }

            _loaded = true;
        }
    }

    private void Load(CompileOutput output)
    {
        _loadContext = new ConditionLoadContext();
        using var image = new MemoryStream(output.Image!, writable: false);
        using var symbols = output.Pdb is null ? null : new MemoryStream(output.Pdb, writable: false);
        var type = _loadContext.LoadFromStream(image, symbols).GetType(ConditionCode.TypeName, throwOnError: true)!;
        foreach (var (key, method) in output.Methods)
        {
            if (key.StartsWith(ScriptSource.KeyPrefix, StringComparison.Ordinal))
            {
                _scripts.Add(key, type.GetNestedType(method) ?? throw new BadImageFormatException($"The compiled scripts lack the class {method} of '{key}'."));
                continue;
            }

            var info = type.GetMethod(method, BindingFlags.Public | BindingFlags.Static)
                ?? throw new BadImageFormatException($"The compiled conditions lack the method {method} of '{key}'.");
            _functions.Add(key, info.CreateDelegate<Func<ConditionContext, bool>>());
        }
    }

    private void Unload()
    {
        _functions = new Dictionary<string, Func<ConditionContext, bool>>(StringComparer.Ordinal);
        _scripts = new Dictionary<string, Type>(StringComparer.Ordinal);
        _loadContext?.Unload();
        _loadContext = null;
    }

    private static string Over(string why) =>
        $"failed: it {why}; is it going over the history (or a text) too many times, or making too much text?";

    private static string Explain(Exception e) => e switch
    {
        OutOfMemoryException or InsufficientExecutionStackException =>
            $"failed: it asked for too much ({e.GetType().Name}); is it making a text or a list too large?",
        NullReferenceException =>
            "failed: it read a member of something that is null (such as 'event' when the run has no event, or a field "
            + "the contact lacks); test it first, as in 'event != null && ...', or use '?.'",
        _ => $"failed: {e.GetType().Name}: {e.Message}",
    };
}
