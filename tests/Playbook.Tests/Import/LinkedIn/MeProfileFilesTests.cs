using Playbook.Engine.Contacts;
using Playbook.Tests.Support;

namespace Playbook.Tests.Import.LinkedIn;

public sealed class MeProfileFilesTests : IDisposable
{
    private readonly TestStore _test = new();

    [Fact]
    public void Import_2026OwnFilesWithSkills_BuildTheMeProfile()
    {
        var report = _test.Import(OwnFiles("Basic_LinkedInDataExport_03-01-2026"));

        Assert.All(report.Files, f => Assert.Null(f.Error));
        Assert.Equal(["2026_Profile.csv", "2026_Positions.csv", "2026_Education.csv", "Skills.csv"], report.Files.Select(f => f.File));
        var me = _test.Store.Me.Get();
        Assert.Equal("Jordan", me.FirstName);
        Assert.Equal("Pike", me.LastName);
        Assert.Equal("Engineering Manager", me.Headline);
        Assert.Equal("Software Development", me.Industry);
        Assert.Equal("Lisbon, Portugal", me.Location);
        Assert.Null(me.Summary);
        Assert.Equal(
            [new Position("Contoso", "Engineering Manager", new PartialDate(2024, 1), null, "Lisbon"), new Position("Fabrikam", "Engineer", new PartialDate(2019, 3), new PartialDate(2023, 12), "Porto")],
            me.Positions);
        Assert.True(me.Positions[0].IsCurrent);
        Assert.False(me.Positions[1].IsCurrent);
        Assert.Equal([new School("University of Somewhere", "BSc Computer Science", 2012, 2016)], me.Schools);
        Assert.Equal(60, me.Skills.Count);
        Assert.Equal("Flutter", me.Skills[0]);
        Assert.Equal("Reactive Programming", me.Skills[^1]);
        Assert.Contains("C++", me.Skills);
        Assert.Contains("CI/CD", me.Skills);
        Assert.Equal(0, _test.ContactCount);
    }

    [Fact]
    public void Import_OwnFilesTwice_ChangesNothing()
    {
        var export = OwnFiles("Basic_LinkedInDataExport_03-01-2026");
        _test.Import(export);
        var before = _test.TableCounts();

        var again = _test.Import(export);

        Assert.All(again.Files, f => Assert.Equal(0, f.Added + f.Updated));
        Assert.Equal([1, 2, 1, 60], again.Files.Select(f => f.Unchanged));
        Assert.Equal(before, _test.TableCounts());
    }

    [Fact]
    public void Import_OlderExportAfterANewerOne_KeepsTheNewerPositions()
    {
        _test.Import(OwnFiles("Basic_LinkedInDataExport_03-01-2026"));
        var older = _test.Write("Basic_LinkedInDataExport_01-15-2022/Positions.csv", """
            Company Name,Title,Description,Location,Started On,Finished On
            Fabrikam,Engineer,,Porto,Mar 2019,
            """);

        var file = Assert.Single(_test.Import(Path.GetDirectoryName(older)!).Files);

        Assert.Equal(1, file.Unchanged);
        Assert.Equal(["Contoso", "Fabrikam"], _test.Store.Me.Get().Positions.Select(p => p.Company));
    }

    [Fact]
    public void Import_NewerExportAfterAnOlderOne_ReplacesThePositions()
    {
        _test.Write("Basic_LinkedInDataExport_01-15-2022/Positions.csv", """
            Company Name,Title,Description,Location,Started On,Finished On
            Fabrikam,Engineer,,Porto,Mar 2019,
            Litware,Intern,,Braga,Jun 2018,Aug 2018
            """);
        _test.Import(_test.Folder.File("Basic_LinkedInDataExport_01-15-2022"));

        var report = _test.Import(OwnFiles("Basic_LinkedInDataExport_03-01-2026"));

        var positions = report.Files.Single(f => f.File == "2026_Positions.csv");
        Assert.Equal(2, positions.Updated);
        var me = _test.Store.Me.Get();
        Assert.Equal(["Contoso", "Fabrikam"], me.Positions.Select(p => p.Company));
        Assert.Equal(new PartialDate(2023, 12), me.Positions[1].End);
    }

    [Fact]
    public void Import_LanguagesCsv_FillsTheLanguages()
    {
        var path = _test.Write("export/Languages.csv", "Name,Proficiency\nSpanish,Native or bilingual proficiency\nEnglish,\n");

        _test.Import(path);

        Assert.Equal([new Language("Spanish", "Native or bilingual proficiency"), new Language("English", null)], _test.Store.Me.Get().Languages);
    }

    [Fact]
    public void Import_ProfileWithHeaderOnly_StoresNoProfile()
    {
        var path = _test.Write("export/Profile.csv", "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary\n");

        var file = Assert.Single(_test.Import(path).Files);

        Assert.Null(file.Error);
        Assert.True(_test.Store.Me.Get().IsEmpty);
    }

    [Fact]
    public void Import_SchoolWithoutAName_IsSkippedWithItsLine()
    {
        var path = _test.Write("export/Education.csv", """
            School Name,Start Date,End Date,Notes,Degree Name,Activities
            University of Somewhere,2012,2016,,BSc Computer Science,
            ,2016,2017,,MSc,
            """);

        var file = Assert.Single(_test.Import(path).Files);

        Assert.Equal([new Engine.Import.Reports.ImportSkip("Education.csv", 3, "'School Name' is empty")], file.Skips);
        Assert.Equal(["University of Somewhere"], _test.Store.Me.Get().Schools.Select(s => s.Name));
    }

    private string OwnFiles(string folderName) => _test.Export(folderName,
        (RepoPaths.OrgSignal("2026_Profile.csv"), "2026_Profile.csv"),
        (RepoPaths.OrgSignal("2026_Positions.csv"), "2026_Positions.csv"),
        (RepoPaths.OrgSignal("2026_Education.csv"), "2026_Education.csv"),
        (RepoPaths.SilkyRich("Skills.csv"), "Skills.csv"));

    public void Dispose() => _test.Dispose();
}
