using System.IO.Compression;
using Playbook.Engine.Import.LinkedIn;
using Playbook.Tests.Support;

namespace Playbook.Tests.Import.LinkedIn;

/// <summary>
/// The survey's date of an export is the newest date in any of its files, messages.csv's read beside the others; its
/// owner comes from the profile or the invitations' direction, else from the people every conversation shares.
/// </summary>
public sealed class ExportSurveyTests : IDisposable
{
    private const string MessagesHeader = "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER";
    private readonly TempFolder _folder = new();

    [Fact]
    public void Of_OwnerNamedByTheInvitations_DateIsTheNewestMessageFolderOrZip()
    {
        var folder = Export("named",
            ("Connections.csv", "First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAna,Lima,https://www.linkedin.com/in/ana-lima,,Acme,CTO,01 Mar 2024\n"),
            ("Invitations.csv", "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n"
                + "Bo Diaz,Owner Person,\"5/2/24, 10:00 AM\",,INCOMING,https://www.linkedin.com/in/bo-diaz,https://www.linkedin.com/in/owner-person\n"),
            ("messages.csv", MessagesHeader + "\n"
                + "c-1,,Ana Lima,https://www.linkedin.com/in/ana-lima,Owner Person,https://www.linkedin.com/in/owner-person,2025-01-09 10:00:00 UTC,,Hi,INBOX\n"
                + "c-1,,Owner Person,https://www.linkedin.com/in/owner-person,Ana Lima,https://www.linkedin.com/in/ana-lima,2025-11-20 08:30:00 UTC,,Hello,INBOX\n"
                + "c-2,,Bo Diaz,https://www.linkedin.com/in/bo-diaz,Owner Person,https://www.linkedin.com/in/owner-person,2025-06-01 10:00:00 UTC,,Yo,INBOX\n"));

        foreach (var path in new[] { folder, Zipped(folder) })
        {
            using var export = LinkedInExport.Open(path);
            var survey = ExportSurvey.Of(export);

            Assert.Equal(new DateOnly(2025, 11, 20), survey.NewestDate);
            Assert.Equal("https://www.linkedin.com/in/owner-person", survey.Owner.ProfileUrl);
            Assert.Equal("Owner Person", survey.Owner.Name);
        }
    }

    [Fact]
    public void Of_OwnerOnlyInTheConversations_IsThePersonEveryOneShares()
    {
        var folder = Export("conversations",
            ("messages.csv", MessagesHeader + "\n"
                + "c-1,,Ana Lima,https://www.linkedin.com/in/ana-lima,Owner Person,https://www.linkedin.com/in/owner-person,2025-01-09 10:00:00 UTC,,Hi,INBOX\n"
                + "c-1,,Owner Person,https://www.linkedin.com/in/owner-person,Ana Lima,https://www.linkedin.com/in/ana-lima,2025-03-20 08:30:00 UTC,,Hello,INBOX\n"
                + "c-2,,Bo Diaz,https://www.linkedin.com/in/bo-diaz,Owner Person,https://www.linkedin.com/in/owner-person,2025-02-01 10:00:00 UTC,,Yo,INBOX\n"));

        using var export = LinkedInExport.Open(folder);
        var survey = ExportSurvey.Of(export);

        Assert.Equal(new DateOnly(2025, 3, 20), survey.NewestDate);
        Assert.Equal("https://www.linkedin.com/in/owner-person", survey.Owner.ProfileUrl);
        Assert.Equal("Owner Person", survey.Owner.Name);
    }

    public void Dispose() => _folder.Dispose();

    private string Export(string name, params (string File, string Text)[] files)
    {
        var folder = _folder.Folder(name);
        foreach (var (file, text) in files)
        {
            File.WriteAllText(Path.Combine(folder, file), text);
        }

        return folder;
    }

    private string Zipped(string folder)
    {
        var zip = Path.Combine(_folder.Path, Path.GetFileName(folder) + ".zip");
        ZipFile.CreateFromDirectory(folder, zip);
        return zip;
    }
}
