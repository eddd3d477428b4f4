using Playbook.Engine.Contacts;
using Playbook.Engine.Import.Profiles;
using Playbook.Tests.Support;

namespace Playbook.Tests.Import.Profiles;

public sealed class ProfileImporterTests : IDisposable
{
    private const string OliviaUrl = "https://www.linkedin.com/in/olivia-brennan-marsh-4b81a2c7";

    private readonly TestStore _test = new();

    [Fact]
    public void ReadInto_ContactOfTheProfile_StoresItAsTheirNewerDataWithTheCurrentRole()
    {
        var id = _test.AddContact("Olivia", "Brennan-Marsh", company: "Calder & Wren Retail", profileUrl: OliviaUrl);
        var savedToday = ProfileReader.Read(RepoPaths.Profile("olivia-brennan-marsh.pdf")) with { SavedAt = TestStore.Start };

        var changed = new ProfileImporter(_test.Store).ReadInto(id, savedToday, "olivia.pdf");

        var olivia = _test.Store.Contacts.Find(id)!;
        Assert.True(changed);
        Assert.Equal(
            ("Harrowgate Foods", "Director of Supply Chain Analytics", "Leeds, England, United Kingdom"),
            (olivia.Company, olivia.Position, olivia.Location));
        Assert.StartsWith("Director of Supply Chain Analytics | Demand forecasting", olivia.Headline, StringComparison.Ordinal);
        Assert.StartsWith("I turn messy sales, stock and promotion data", olivia.About, StringComparison.Ordinal);
        Assert.Equal(6, olivia.Positions.Count);
        Assert.Equal(new Position("Harrowgate Foods", "Head of Demand Planning", new PartialDate(2019, 2), new PartialDate(2021, 4), "Leeds, England, United Kingdom"), olivia.Positions[1]);
        Assert.Equal(new School("University of Leeds", "Master of Science - MSc, Operational Research", 2011, 2012), olivia.Schools[0]);
        Assert.Equal(["Demand Forecasting", "Sales and Operations Planning", "Inventory Optimization"], olivia.Skills);
        Assert.Equal(new Language("French", "Professional Working"), olivia.Languages[1]);
        Assert.Equal(3, olivia.Certifications.Count);
        Assert.Equal(["olivia.brennan@example.com"], olivia.Emails);
        Assert.Contains(ProfileImporter.SourceName, olivia.Sources);
        Assert.Equal(TestStore.Start, olivia.ProfileReadAt);
    }

    [Fact]
    public void ReadInto_ProfileSavedBeforeTheContactsData_OnlyFillsWhatIsEmpty()
    {
        var id = _test.AddContact("Olivia", "Brennan-Marsh", company: "Calder & Wren Retail", profileUrl: OliviaUrl);

        new ProfileImporter(_test.Store).ReadInto(id, ProfileReader.Read(RepoPaths.Profile("olivia-brennan-marsh.pdf")), "olivia.pdf");

        var olivia = _test.Store.Contacts.Find(id)!;
        Assert.Equal(("Calder & Wren Retail", "Director of Supply Chain Analytics"), (olivia.Company, olivia.Position));
        Assert.Equal(6, olivia.Positions.Count);
    }

    [Fact]
    public void ReadInto_ContactWithoutAProfileUrl_TakesTheProfilesUrl()
    {
        var id = _test.AddContact("Olivia", "Brennan-Marsh");

        new ProfileImporter(_test.Store).ReadInto(id, ProfileReader.Read(RepoPaths.Profile("olivia-brennan-marsh.pdf")), "olivia.pdf");

        Assert.Equal(OliviaUrl, _test.Store.Contacts.Find(id)!.ProfileUrl);
        Assert.Equal(id, _test.Store.Contacts.Get(OliviaUrl).Id);
    }

    [Fact]
    public void ReadInto_ContactWithAnotherProfileUrl_IsRefusedNamingBothAndStoresNothing()
    {
        var id = _test.AddContact("Olivia", "Brennan", profileUrl: "https://www.linkedin.com/in/olivia-brennan");

        var error = Assert.Throws<ProfileException>(() =>
            new ProfileImporter(_test.Store).ReadInto(id, ProfileReader.Read(RepoPaths.Profile("olivia-brennan-marsh.pdf")), "olivia.pdf"));

        Assert.Equal(
            $"olivia.pdf: is the profile of {OliviaUrl}, but contact {id} (Olivia Brennan) is https://www.linkedin.com/in/olivia-brennan; read it into the right contact",
            error.Message);
        Assert.Null(_test.Store.Contacts.Find(id)!.ProfileReadAt);
        Assert.Empty(_test.Store.Contacts.Find(id)!.Positions);
    }

    [Fact]
    public void ReadInto_ProfileAnotherContactHolds_IsRefusedWithHowToMergeThem()
    {
        var holder = _test.AddContact("Olivia", "Brennan-Marsh", profileUrl: OliviaUrl);
        var other = _test.AddContact("Olivia", "B.");

        var error = Assert.Throws<ProfileException>(() =>
            new ProfileImporter(_test.Store).ReadInto(other, ProfileReader.Read(RepoPaths.Profile("olivia-brennan-marsh.pdf")), "olivia.pdf"));

        Assert.Equal(
            $"olivia.pdf: is the profile of {OliviaUrl}, which contact {holder} (Olivia Brennan-Marsh) already has; read it into that contact, or merge the two with 'playbook contacts merge {holder} {other}'",
            error.Message);
    }

    [Fact]
    public void ReadInto_SameProfileAgain_ChangesNothingButWhenItWasRead()
    {
        var id = _test.AddContact("Olivia", "Brennan-Marsh", profileUrl: OliviaUrl);
        var profile = ProfileReader.Read(RepoPaths.Profile("olivia-brennan-marsh.pdf"));
        var importer = new ProfileImporter(_test.Store);
        importer.ReadInto(id, profile, "olivia.pdf");
        var first = _test.Store.Contacts.Find(id)!;
        _test.Clock.Advance(TimeSpan.FromDays(1));

        var changed = importer.ReadInto(id, profile, "olivia.pdf");

        var second = _test.Store.Contacts.Find(id)!;
        Assert.False(changed);
        Assert.Equal(first.UpdatedAt, second.UpdatedAt);
        Assert.Equal(TestStore.Start.AddDays(1), second.ProfileReadAt);
    }

    [Fact]
    public void ReadInto_ProfileSavedBeforeTheStoredOne_KeepsTheNewerProfile()
    {
        var id = _test.AddContact("Olivia", "Brennan-Marsh", profileUrl: OliviaUrl);
        var profile = ProfileReader.Read(RepoPaths.Profile("olivia-brennan-marsh.pdf"));
        var importer = new ProfileImporter(_test.Store);
        importer.ReadInto(id, profile, "olivia.pdf");

        var changed = importer.ReadInto(id, profile with { SavedAt = profile.SavedAt!.Value.AddYears(-1), Skills = ["Excel"] }, "old.pdf");

        Assert.False(changed);
        Assert.Equal(["Demand Forecasting", "Sales and Operations Planning", "Inventory Optimization"], _test.Store.Contacts.Find(id)!.Skills);
    }

    [Fact]
    public void Import_Folder_MatchesByUrlOrEmailCreatesTheRestAndSkipsFilesThatAreNotProfiles()
    {
        var folder = _test.Folder.Folder("downloads");
        foreach (var name in new[] { "olivia-brennan-marsh.pdf", "marcus-oyelaran.pdf", "lucia-ferrer-almansa.pdf", "invoice.pdf", "truncated.pdf" })
        {
            File.Copy(RepoPaths.Profile(name), Path.Combine(folder, name));
        }

        var olivia = _test.AddContact("Olivia", "Brennan-Marsh", profileUrl: OliviaUrl);
        var marcus = _test.AddContact("Marcus", "Oyelaran", email: "marcus.oyelaran.research-lab@example.org");

        var report = new ProfileImporter(_test.Store).Import([folder]);

        var file = Assert.Single(report.Files);
        Assert.Equal((1, 2, 0, 2, 1), (file.Added, file.Updated, file.Unchanged, file.Skips.Count, file.ContactsCreated));
        Assert.False(report.HasFailedFiles);
        Assert.Equal([Path.Combine(folder, "invoice.pdf"), Path.Combine(folder, "truncated.pdf")], file.Skips.Select(s => s.File));
        Assert.All(file.Skips, s => Assert.Equal(0, s.Line));
        Assert.Equal([olivia, marcus], report.ChangedContacts.Order());
        Assert.Equal("Lucía Ferrer Almansa", _test.Store.Contacts.Get("https://www.linkedin.com/in/lucia-ferrer-almansa-7a3b91").FullName);
        Assert.NotNull(_test.Store.Contacts.Find(marcus)!.ProfileReadAt);
    }

    [Fact]
    public void Import_NamedFileThatIsNotAProfile_FailsThatFileAndImportsTheOthers()
    {
        var invoice = RepoPaths.Profile("invoice.pdf");
        var lucia = RepoPaths.Profile("lucia-ferrer-almansa.pdf");

        var report = new ProfileImporter(_test.Store).Import([invoice, lucia]);

        Assert.True(report.HasFailedFiles);
        Assert.StartsWith("not a LinkedIn profile", report.Files[0].Error, StringComparison.Ordinal);
        Assert.Equal((1, 1), (report.Files[1].Added, report.Files[1].ContactsCreated));
    }

    public void Dispose() => _test.Dispose();
}
