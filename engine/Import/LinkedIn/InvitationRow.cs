namespace Playbook.Engine.Import.LinkedIn;

/// <summary>One row of Invitations.csv, cells trimmed, empty cells null.</summary>
internal sealed record InvitationRow(string? From, string? To, string? SentAt, string? Message, string? Direction, string? FromUrl, string? ToUrl);
