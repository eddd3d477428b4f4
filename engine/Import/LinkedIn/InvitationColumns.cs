using Playbook.Engine.Import.Csv;

namespace Playbook.Engine.Import.LinkedIn;

/// <summary>Where the columns of an Invitations.csv are; older files have no URL columns.</summary>
internal sealed record InvitationColumns(int From, int To, int SentAt, int Message, int Direction, int FromUrl, int ToUrl)
{
    public static InvitationColumns Of(CsvHeader header) => new(
        header.IndexOf("From"),
        header.IndexOf("To"),
        header.IndexOf("Sent At", "SentAt", "Date"),
        header.IndexOf("Message"),
        header.IndexOf("Direction"),
        header.IndexOf("inviterProfileUrl", "Inviter Profile Url", "From URL"),
        header.IndexOf("inviteeProfileUrl", "Invitee Profile Url", "To URL"));

    public InvitationRow Read(string[] fields) => new(
        CsvHeader.Cell(fields, From),
        CsvHeader.Cell(fields, To),
        CsvHeader.Cell(fields, SentAt),
        CsvHeader.Cell(fields, Message),
        CsvHeader.Cell(fields, Direction),
        CsvHeader.Cell(fields, FromUrl),
        CsvHeader.Cell(fields, ToUrl));
}
