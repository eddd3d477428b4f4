using System.Reflection;
using System.Runtime.Loader;
using Playbook.Engine.Playbooks;

namespace Playbook.Engine.Scripting;

/// <summary>
/// The collectible load context that holds one compile of the conditions, so that reloading the playbooks frees
/// the previous one. The generated code's reference to the engine resolves to the engine already loaded, wherever
/// that is, so that the <see cref="ConditionContext"/> it takes is the engine's own type.
/// </summary>
internal sealed class ConditionLoadContext() : AssemblyLoadContext("playbook-conditions", isCollectible: true)
{
    private static readonly Assembly Engine = typeof(ConditionContext).Assembly;

    protected override Assembly? Load(AssemblyName assemblyName) =>
        AssemblyName.ReferenceMatchesDefinition(assemblyName, Engine.GetName()) ? Engine : null;
}
