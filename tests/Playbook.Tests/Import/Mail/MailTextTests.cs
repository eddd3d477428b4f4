using Playbook.Engine.Events;
using Playbook.Engine.Import;
using Playbook.Engine.Import.Mail;
using Playbook.Engine.Import.Reports;
using Playbook.Tests.Support;

namespace Playbook.Tests.Import.Mail;

/// <summary>
/// Each encoding, quote and list rule of mail on a message of its own (the Takeout fixture has them together): what
/// the one message becomes, or why it is left out.
/// </summary>
public sealed class MailTextTests : IDisposable
{
    private const string Owner = "marta.soler@example.com";

    private readonly TestStore _test = new();
    private readonly long _ana;

    public MailTextTests()
    {
        _ana = _test.AddContact("Ana", "Ruiz", email: "ana.ruiz@example.es");
    }

    private ImportReport Import(params string[] paths) => new Importer(_test.Store).Import(new ImportRequest(ExportKind.Mail, paths) { OwnerEmails = [Owner] });

    private string Eml(string name, string headers, string body) =>
        _test.Write(name, $"From: Ana Ruiz <ana.ruiz@example.es>\nTo: {Owner}\nDate: Tue, 1 Dec 2026 10:00:00 +0100\nMessage-ID: <{name}@example.es>\n{headers}\n{body}");

    private IReadOnlyList<ContactEvent> Received => _test.Store.Events.List(_ana, EventKinds.MessageReceived);

    [Theory]
    [InlineData("List-Unsubscribe: <mailto:leave@list.example.es>")]
    [InlineData("List-Id: Ana's notes <notes.ana.example.es>")]
    [InlineData("Precedence: bulk")]
    [InlineData("Precedence: list")]
    public void Import_MailFromAContactWithAListHeader_IsLeftOutAsANewsletter(string header)
    {
        var eml = Eml("list.eml", $"Subject: This month\n{header}\n", "The notes of the month.\n");

        var file = Import(eml).Files.Single();

        Assert.Equal(1, file.Ignored[MailMessages.Newsletters]);
        Assert.Empty(Received);
    }

    [Fact]
    public void Import_SubjectInEncodedWordsSplitOverTwoLinesAndNoReplyAboveTheQuote_KeepsTheSubjectDecoded()
    {
        var eml = Eml("subject.eml",
            "Subject: =?windows-1252?Q?RE:_Propuesta_de_colaboraci=F3n_para_la?=\n =?windows-1252?Q?_campa=F1a_de_primavera?=\n",
            "> Hola Ana, te adjunto la propuesta.\n");

        Import(eml);

        Assert.Equal("RE: Propuesta de colaboración para la campaña de primavera", Assert.Single(Received).Body);
    }

    [Fact]
    public void Import_HtmlOnlyMailWithABlockquote_KeepsTheTextAboveIt()
    {
        var eml = Eml("html.eml", "Subject: Re: Intro\nMIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n",
            "<div>S&iacute;, el martes.<br>Ana</div><div>El lun, Marta escribi&oacute;:</div><blockquote type=\"cite\"><p>&iquest;Hablamos?</p></blockquote>\n");

        Import(eml);

        Assert.Equal("Sí, el martes.\nAna", Assert.Single(Received).Body);
    }

    [Theory]
    [InlineData("On Mon, Nov 30, 2026 at 9:00 AM Marta Soler <marta.soler@example.com> wrote:")]
    [InlineData("El lun, 30 nov 2026 a las 18:40, Marta Soler (<marta.soler@example.com>) escribió:")]
    [InlineData("El lun, 30 nov 2026 a las 18:40, Marta Soler (<marta.soler@example.com>)\nescribió:")]
    [InlineData("-----Original Message-----")]
    [InlineData("-----Mensaje original-----")]
    public void Import_ReplyAboveAnAttributionOrOriginalMessage_KeepsOnlyTheReply(string attribution)
    {
        var eml = Eml("quoted.eml", "Subject: Re: Intro\nContent-Type: text/plain; charset=utf-8\n",
            $"Sí, el martes me va bien.\n\n{attribution}\nDe: Marta Soler\n> ¿Hablamos el martes?\n");

        Import(eml);

        Assert.Equal("Sí, el martes me va bien.", Assert.Single(Received).Body);
    }

    [Fact]
    public void Import_OutOfOfficeByItsTextAlone_IsAuto()
    {
        var eml = Eml("ooo.eml", "Subject: Out of office\n", "I am out of the office until 14 December with limited access to email.\n");

        Import(eml);

        Assert.Equal("auto", Assert.Single(Received).Classification);
    }

    [Fact]
    public void Import_OwnersBccCopyInTheInboxAndTheSentMailInAnotherFile_IsOneSentMessageInEitherOrder()
    {
        const string Sent = "From: Marta Soler <marta.soler@example.com>\nTo: Ana Ruiz <ana.ruiz@example.es>\nDate: Mon, 30 Nov 2026 18:40:00 +0100\nMessage-ID: <bcc-1@mail.gmail.com>\nSubject: Café\n";
        var sent = _test.Write("sent/1.eml", Sent + "\nHola Ana, ¿un café?\n");
        var copy = _test.Write("inbox/1.eml", Sent + "Bcc: marta.soler@example.com\n\nHola Ana, ¿un café?\n");

        var first = Import(copy, sent);
        var again = Import(sent, copy);

        Assert.Equal((1, 1), (first.Files[0].Added, first.Files[1].Ignored[MailMessages.Copies]));
        Assert.All(again.Files, f => Assert.Equal(0, f.Added));
        Assert.Single(_test.Store.Events.List(_ana, EventKinds.MessageSent));
    }

    public void Dispose() => _test.Dispose();
}
