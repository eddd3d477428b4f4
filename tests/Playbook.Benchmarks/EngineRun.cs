using Playbook.Engine.Runtime;

namespace Playbook.Benchmarks;

/// <summary>One measured <c>run</c> or <c>tick</c> of the runtime in process: its cost, its report, its phases, and the file it left.</summary>
internal sealed record EngineRun(Cost Cost, RunReport Report, PhaseProbe Probe, string Path);
