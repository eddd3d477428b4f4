using Playbook.Tui.Views;

namespace Playbook.Tests.Views;

public sealed class LazyTableSourceTests
{
    private sealed record Item(long Id, string Name);

    [Fact]
    public void Row_ReadsOnlyThePagesAskedFor()
    {
        var ids = Enumerable.Range(1, 100_000).Select(i => (long)i).ToList();
        var loads = new List<int>();
        var source = new LazyTableSource<Item>(ids, page =>
        {
            loads.Add(page.Count);
            return [.. page.Select(id => new Item(id, $"#{id}"))];
        }, i => i.Id, [("NAME", i => i.Name)]);

        var first = source[0, 0];
        var again = source[99, 0];
        var far = source[99_950, 0];

        Assert.Equal(("#1", "#100", "#99951"), (first, again, far));
        Assert.Equal([100, 100], loads);
        Assert.Equal(2, source.PagesRead);
        Assert.Equal(100_000, source.Rows);
    }

    [Fact]
    public void Row_GoneFromTheStore_IsEmptyNotAnError()
    {
        var source = new LazyTableSource<Item>([1, 2, 3], page => [.. page.Where(id => id != 2).Select(id => new Item(id, $"#{id}"))], i => i.Id, [("NAME", i => i.Name)]);

        Assert.Null(source.Row(1));
        Assert.Equal("", source[1, 0]);
        Assert.Equal("#3", source[2, 0]);
        Assert.Null(source.Row(3));
        Assert.Equal(2, source.IndexOf(3));
    }
}
