using Playbook.Engine.Store;
using Playbook.Tests.Support;

namespace Playbook.Tests.Architecture;

/// <summary>
/// The engine's concepts depend on each other in one direction, bottom to top, as <c>docs/architecture.md</c> draws
/// them: a namespace uses only those of its own layer or below, and none of them uses another in a circle. The
/// terminal app's parts do the same. A new concept gets its place in <see cref="EngineLayers"/> and in the document.
/// </summary>
public sealed class LayerTests
{
    /// <summary>The engine's layers, bottom first; the concepts of one layer may use each other, never in a circle.</summary>
    private static readonly string[][] EngineLayers =
    [
        ["Text", "Time", "Problems", "Contacts", "Events"],
        ["Yaml", "Languages"],
        ["Analysis"],
        ["Templates"],
        ["Configuration"],
        ["Runs"],
        ["Store"],
        ["Import", "Export"],
        ["Playbooks"],
        ["Scripting"],
        ["Catalog"],
        ["Runtime"],
        ["Replay", "Stats", "Console"],
        ["Testing"],
    ];

    /// <summary>The terminal app's parts, bottom first.</summary>
    private static readonly string[][] TuiLayers =
    [
        ["Presentation"],
        ["Desk"],
        ["Views"],
        ["Cli"],
    ];

    private static readonly Lazy<NamespaceGraph> Engine = new(() =>
        NamespaceGraph.Read(typeof(ContactStore).Assembly.Location, Path.Combine(RepoPaths.Root, "engine"), "Playbook.Engine"));

    private static readonly Lazy<NamespaceGraph> Tui = new(() =>
        NamespaceGraph.Read(typeof(Playbook.Tui.Cli.PlaybookCli).Assembly.Location, Path.Combine(RepoPaths.Root, "tui"), "Playbook.Tui"));

    [Fact]
    public void Engine_TopLevelNamespaces_UseEachOtherInNoCircle()
    {
        var cycles = Engine.Value.Cycles();

        Assert.True(cycles.Count == 0, Describe(Engine.Value, cycles));
    }

    [Fact]
    public void Engine_EveryNamespace_HasItsLayer()
    {
        var placed = EngineLayers.SelectMany(l => l).ToHashSet(StringComparer.Ordinal);

        var unplaced = Engine.Value.Nodes.Where(n => !placed.Contains(n)).Order(StringComparer.Ordinal).ToList();

        Assert.True(unplaced.Count == 0,
            $"give {string.Join(", ", unplaced)} a layer in LayerTests.EngineLayers and in docs/architecture.md");
    }

    [Fact]
    public void Engine_EveryNamespace_UsesOnlyItsLayerAndTheLayersBelow()
    {
        var upward = Upward(Engine.Value, EngineLayers);

        Assert.True(upward.Count == 0, "these uses go up the layers of docs/architecture.md:\n" + string.Join("\n", upward));
    }

    [Fact]
    public void Tui_Parts_UseOnlyThePartsBelowAndNoneInACircle()
    {
        var cycles = Tui.Value.Cycles();
        var upward = Upward(Tui.Value, TuiLayers);

        Assert.True(cycles.Count == 0, Describe(Tui.Value, cycles));
        Assert.True(upward.Count == 0, "these uses go up the parts of docs/architecture.md:\n" + string.Join("\n", upward));
    }

    [Fact]
    public void Graph_UseOfAConstantOnly_IsSeenInTheSources()
    {
        // GoogleColumns reads the exporter's field names, which are constants: the IL holds their values, not the reference.
        var edges = Engine.Value.Edges;

        Assert.Contains(("Import", "Export"), edges.Keys);
    }

    [Fact]
    public void Engine_Folders_HoldAtMost30SourceFilesEach()
    {
        var engine = Path.Combine(RepoPaths.Root, "engine");

        var crowded = Directory.EnumerateDirectories(engine, "*", SearchOption.AllDirectories)
            .Prepend(engine)
            .Where(d => !Path.GetRelativePath(engine, d).Split(Path.DirectorySeparatorChar)[0].Equals("obj", StringComparison.Ordinal)
                        && !Path.GetRelativePath(engine, d).Split(Path.DirectorySeparatorChar)[0].Equals("bin", StringComparison.Ordinal))
            .Select(d => (Folder: Path.GetRelativePath(RepoPaths.Root, d), Files: Directory.GetFiles(d, "*.cs").Length))
            .Where(f => f.Files > 30)
            .Select(f => $"{f.Folder} ({f.Files} files)")
            .ToList();

        Assert.True(crowded.Count == 0, "split these folders by sub-concept: " + string.Join(", ", crowded));
    }

    private static List<string> Upward(NamespaceGraph graph, string[][] layers)
    {
        var level = layers.SelectMany((names, i) => names.Select(n => (n, i))).ToDictionary(p => p.n, p => p.i, StringComparer.Ordinal);
        return [.. graph.Edges
            .Where(e => level.TryGetValue(e.Key.From, out var from) && level.TryGetValue(e.Key.To, out var to) && to > from)
            .Select(e => $"{e.Key.From} -> {e.Key.To}: {e.Value}")
            .Order(StringComparer.Ordinal)];
    }

    private static string Describe(NamespaceGraph graph, IReadOnlyList<IReadOnlyList<string>> cycles) =>
        string.Join("\n", cycles.Select(cycle =>
            $"{string.Join(", ", cycle)} use each other in a circle:\n"
            + string.Join("\n", graph.Edges
                .Where(e => cycle.Contains(e.Key.From) && cycle.Contains(e.Key.To))
                .Select(e => $"  {e.Key.From} -> {e.Key.To}: {e.Value}")
                .Order(StringComparer.Ordinal))));
}
