using Playbook.Engine.Import.AddressBook;
using Playbook.Engine.Import.Csv;
using Playbook.Engine.Import.Writing;
using static Playbook.Tests.Import.AddressBook.AddressBookInput;

namespace Playbook.Tests.Import.AddressBook;

/// <summary>examples/google-contacts.csv reads as documented, and shares people with the example LinkedIn export.</summary>
public sealed class GoogleContactsExampleTests
{
    private static List<SourceRow> ReadExample()
    {
        using var stream = File.OpenRead(Path.Combine(RepositoryRoot(), "examples", "google-contacts.csv"));
        return AddressBookCsv.Read(stream, "google-contacts.csv", format: null).ToList();
    }

    private static List<string[]> Connections()
    {
        using var stream = File.OpenRead(Path.Combine(RepositoryRoot(), "examples", "linkedin-export", "Connections.csv"));
        using var records = CsvFile.Read(stream).GetEnumerator();
        Assert.NotNull(HeaderFinder.Find(records, "First Name"));
        var rows = new List<string[]>();
        while (records.MoveNext())
        {
            rows.Add(records.Current.Fields);
        }

        return rows;
    }

    [Fact]
    public void Read_Example_GivesElevenPeopleAndSkipsNothing()
    {
        var rows = ReadExample();

        Assert.Equal(11, rows.Count);
        Assert.All(rows, r => Assert.Null(r.Problem));
        var lucia = rows.Single(r => r.Facts!.FirstName == "Lucía" && r.Facts.LastName != "Peña").Facts!;
        Assert.Equal(["lucia.fo@example.org", "lucia.fernandez@example.com"], lucia.Emails);
        Assert.Equal(["+34 612 555 678", "+34 913 555 789"], lucia.Phones);
        Assert.Equal(["clientes", "madrid"], lucia.Tags);
        Assert.Equal("Madrid, Comunidad de Madrid, España", lucia.Location);
    }

    [Fact]
    public void Read_Example_JurgenHasTheProfileOfHisLinkedInConnection()
    {
        var connection = Connections().Single(c => c[0] == "Jürgen" && c[1] == "Müller");

        var jurgen = ReadExample().Single(r => r.Facts!.LastName == "Müller").Facts!;

        Assert.Equal(Engine.Contacts.ProfileUrl.KeyOf(connection[2]), jurgen.ProfileKey);
        Assert.NotEqual(connection[2], jurgen.ProfileUrl);
        Assert.Equal(["partners", "starred"], jurgen.Tags);
    }

    [Fact]
    public void Read_Example_IreneHasTheEmailOfHerLinkedInConnection()
    {
        var connection = Connections().Single(c => c[0] == "Irene" && c[1] == "Castaño");

        var irene = ReadExample().Single(r => r.Facts!.FirstName == "Irene").Facts!;

        Assert.Null(irene.ProfileUrl);
        Assert.Equal(connection[3], irene.Emails[0]);
        Assert.Equal(["irene.castano@example.com", "irene.personal@example.org"], irene.Emails);
    }
}
