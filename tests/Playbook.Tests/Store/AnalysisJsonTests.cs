using Playbook.Engine.Analysis;
using Playbook.Engine.Store;

namespace Playbook.Tests.Store;

/// <summary>The analysis a draft keeps, as JSON: what is written reads back whole, and what older builds wrote still reads.</summary>
public sealed class AnalysisJsonTests
{
    private static readonly System.Text.Json.JsonSerializerOptions Reflecting = new(System.Text.Json.JsonSerializerDefaults.Web);

    [Fact]
    public void Read_WhatWriteWrote_IsTheSameAnalysisWithBothSidesWordsTheIntentAndTheOverlap()
    {
        var analysis = new ContactAnalysis
        {
            FormerColleagues = ["Tiendas Aurora"],
            SharedEmployers = [new SharedEmployer("Tiendas Aurora", true, 2019, 2021)],
            Skills = ["Comercio electrónico"],
            Score = 0.45,
            Intent = "peer",
            TheirWork = "e-commerce de moda",
            TheirWorkKind = "field",
            TheirWorkInCommon = true,
            Evidence =
            [
                new Match("former-colleague", "positions", "Tiendas Aurora S.L.", "Tiendas Aurora") { MeWords = "Tiendas Aurora", Overlap = "2019–2021 overlap" },
                new Match("skill", "invitation", "e-commerce de moda", "Comercio electrónico") { MeWords = "Comercio electrónico", Concept = "e-commerce" },
            ],
        };

        var read = AnalysisJson.Read(AnalysisJson.Write(analysis))!;

        Assert.Equal(analysis.Evidence, read.Evidence);
        Assert.Equal(analysis.SharedEmployers, read.SharedEmployers);
        Assert.Equal(("peer", "e-commerce de moda", "field", true), (read.Intent, read.TheirWork, read.TheirWorkKind, read.TheirWorkInCommon));
        Assert.Equal("2019–2021", read.SharedEmployers[0].Years);
    }

    [Fact]
    public void Write_ALowFit_LeavesOutWhatReadsBackTheSame()
    {
        var written = AnalysisJson.Write(new ContactAnalysis { TooLittleData = true, IsLowFit = true, Language = "es" });

        Assert.Equal("""{"language":"es","tooLittleData":true,"isLowFit":true}""", written);
    }

    [Fact]
    public void Write_AnyAnalysis_ReadsBackWithBothReadersAsWhatTheReflectingWriterWrites()
    {
        var relaxed = new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web)
        {
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        var analyses = new[]
        {
            new ContactAnalysis(),
            new ContactAnalysis { TooLittleData = true, IsLowFit = true, Language = "es" },
            new ContactAnalysis
            {
                FormerColleagues = ["Tiendas Aurora"],
                SharedEmployers = [new SharedEmployer("Tiendas Aurora", true, 2019, 2021), new SharedEmployer("Nubo \"Cloud\" <S.L.>", null, null, null)],
                SharedSchools = ["Universidad de Málaga"],
                Skills = ["Comercio electrónico", "C#"],
                Keywords = ["ñandú & co"],
                SameLocation = true,
                Goals = [new GoalMatch("hire", "a call", ["react"]) { Keywords = ["react", "node"] }],
                Score = 0.45,
                CommonGround = ["Málaga"],
                Intent = "peer",
                TheirWork = "e-commerce de moda\nen línea",
                TheirWorkKind = "field",
                TheirWorkInCommon = true,
                Evidence = [new Match("skill", "invitation", "e-commerce de moda", "Comercio electrónico") { MeWords = "Comercio electrónico", Concept = "e-commerce", Overlap = "2019–2021 overlap" }],
            },
        };

        Assert.All(analyses, a =>
        {
            var expected = System.Text.Json.JsonSerializer.Serialize(a, relaxed);
            Assert.Equal(expected, System.Text.Json.JsonSerializer.Serialize(AnalysisJson.Read(AnalysisJson.Write(a)), relaxed));
            Assert.Equal(expected, System.Text.Json.JsonSerializer.Serialize(
                System.Text.Json.JsonSerializer.Deserialize<ContactAnalysis>(AnalysisJson.Write(a), Reflecting), relaxed));
        });
    }

    [Fact]
    public void Read_AnAnalysisStoredBeforeTheNoteWasRead_StillReadsWithoutTheNewFields()
    {
        const string stored = """
            {"formerColleagues":["Nubo Digital"],"sharedSchools":[],"skills":[],"keywords":[],"sameLocation":false,"language":"es",
             "goals":[],"bestGoal":null,"score":0.35,"evidence":[{"kind":"former-colleague","field":"company","words":"Nubo Digital","detail":"Nubo Digital"}],
             "commonGround":["Nubo Digital"],"topics":[],"tooLittleData":false,"isLowFit":false}
            """;

        var read = AnalysisJson.Read(stored)!;

        Assert.Equal(new Match("former-colleague", "company", "Nubo Digital", "Nubo Digital"), Assert.Single(read.Evidence));
        Assert.Equal((0.35, null, null), (read.Score, read.Intent, read.TheirWork));
        Assert.Empty(read.SharedEmployers);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"score":0.2,"goals":[{"name":"hire","propose":null,"words":["react"]}],"evidence":[]}""")]
    [InlineData("""{"formerColleagues":[],"sharedEmployers":[{"company":"Nubo","sameTime":null,"from":2019,"to":null}],"sharedSchools":[],"skills":["SQL"],"keywords":[],"sameLocation":true,"language":"en","goals":[{"name":"sell","propose":"a call","words":[],"keywords":["erp"]}],"bestGoal":null,"score":0.5,"evidence":[],"commonGround":["Nubo"],"topics":["SQL"],"intent":"sales","theirWork":null,"theirWorkKind":null,"theirWorkInCommon":false,"tooLittleData":true,"isLowFit":true}""")]
    public void Read_StoredJson_ReadsAsTheReflectingReaderReadsIt_EmptyListsIncluded(string stored)
    {
        var reflecting = System.Text.Json.JsonSerializer.Deserialize<ContactAnalysis>(stored, Reflecting)!;

        var read = AnalysisJson.Read(stored)!;

        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(reflecting, Reflecting), System.Text.Json.JsonSerializer.Serialize(read, Reflecting));
        Assert.All([read.FormerColleagues, read.SharedSchools, read.Skills, read.Keywords, read.CommonGround], list => Assert.NotNull(list));
        Assert.All(read.Goals, g => Assert.NotNull(g.Keywords));
        Assert.NotNull(read.Evidence);
        Assert.NotNull(read.SharedEmployers);
    }
}
