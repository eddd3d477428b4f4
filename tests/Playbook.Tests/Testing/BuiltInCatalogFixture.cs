using Playbook.Engine.Catalog;
using Playbook.Engine.Testing;

namespace Playbook.Tests.Testing;

/// <summary>The built-in playbooks loaded once for the tests of a class, on the virtual clock their tests run on.</summary>
public sealed class BuiltInCatalogFixture : IDisposable
{
    public BuiltInCatalogFixture()
    {
        Clock = new VirtualClock(TestFileReader.DefaultStart);
        Catalog = PlaybookCatalog.Load(new CatalogOptions { Time = Clock });
    }

    public VirtualClock Clock { get; }

    public PlaybookCatalog Catalog { get; }

    public void Dispose() => Catalog.Dispose();
}
