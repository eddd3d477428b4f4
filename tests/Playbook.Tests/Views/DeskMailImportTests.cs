using Playbook.Engine.Events;
using Playbook.Engine.Store;

namespace Playbook.Tests.Views;

[Collection(DeskTests.Name)]
public sealed class DeskMailImportTests
{
    [Fact]
    public void ImportAsync_EmlFromAContact_StoresTheReplyTellingTheOwnerByConfigsEmails()
    {
        using var desk = new DeskHarness();
        var eml = Path.Combine(Path.GetDirectoryName(desk.DatabasePath)!, "irene.eml");
        File.WriteAllText(eml,
            "From: Irene Castaño <irene.castano@example.com>\r\nTo: Ana <ana@example.com>\r\nDate: Mon, 30 Nov 2026 10:00:00 +0100\r\n"
            + "Message-ID: <irene-1@example.com>\r\nSubject: Re: hola\r\n\r\nMe encantaría hablar, ¿el jueves?\r\n");

        var report = desk.Wait(desk.Session.ImportAsync(eml));

        Assert.Equal(1, Assert.Single(report.Files).Added);
        using var store = ContactStore.Open(desk.DatabasePath, desk.Clock);
        var irene = store.Contacts.Get("https://www.linkedin.com/in/irene-castano-2e3f4a");
        Assert.Contains(store.Events.List(irene.Id, EventKinds.MessageReceived), e => e.Channel == "email" && e.Body == "Me encantaría hablar, ¿el jueves?");
    }
}
