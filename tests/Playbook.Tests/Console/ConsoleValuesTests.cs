using Playbook.Engine.Console;
using Playbook.Engine.Contacts;

namespace Playbook.Tests.Console;

public sealed class ConsoleValuesTests
{
    private static readonly Contact Ana = new()
    {
        Id = 7,
        FullName = "Ana Ruiz",
        FirstName = "Ana",
        Stage = "new",
        Tags = ["client"],
        ConnectedOn = new DateOnly(2026, 11, 2),
        CreatedAt = new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero),
        UpdatedAt = new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero),
    };

    [Fact]
    public void Lines_Scalars_PrintInTheInvariantCulture()
    {
        var lines = new object?[] { "Peña", 1.5, true, null, new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.FromHours(1)), new DateOnly(2026, 1, 2) }
            .Select(v => Assert.Single(ConsoleValues.Lines(v, json: false)));

        Assert.Equal(["Peña", "1.5", "true", "null", "2026-11-30T08:00:00+01:00", "2026-01-02"], lines);
    }

    [Fact]
    public void Lines_Record_IsOneLineOfJsonWithTheCommandLinesNames()
    {
        var line = Assert.Single(ConsoleValues.Lines(Ana, json: false));

        Assert.StartsWith("""{"id":7,"firstName":"Ana","lastName":null,"fullName":"Ana Ruiz",""", line, StringComparison.Ordinal);
        Assert.Contains("\"tags\":[\"client\"]", line, StringComparison.Ordinal);
        Assert.Contains("\"connectedOn\":\"2026-11-02\"", line, StringComparison.Ordinal);
        Assert.Contains("\"createdAt\":\"2026-11-30T08:00:00+00:00\"", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Lines_Sequence_IsOneElementALineUpToTheLimit()
    {
        var lines = ConsoleValues.Lines(Enumerable.Range(1, 5), json: false, limit: 3).ToList();

        Assert.Equal(["1", "2", "3", "... (the first 3 are shown; add .Skip(3) for the next)"], lines);
        Assert.Equal(["(none)"], ConsoleValues.Lines(Array.Empty<int>(), json: false));
    }

    [Fact]
    public void Lines_Json_IsOneLinePerValueAndOneArrayPerSequence()
    {
        Assert.Equal(["\"Peña\""], ConsoleValues.Lines("Peña", json: true));
        Assert.Equal(["[1,2,3]"], ConsoleValues.Lines(Enumerable.Range(1, 3), json: true));
        Assert.Equal(["""{"item1":1,"item2":"a"}"""], ConsoleValues.Lines((1, "a"), json: true));
    }

    [Fact]
    public void Lines_ValueJsonCannotShow_PrintsItsOwnText()
    {
        var line = Assert.Single(ConsoleValues.Lines(new { Call = (Func<int>)(() => 1) }, json: false));

        Assert.Contains("Call", line, StringComparison.Ordinal);
    }
}
