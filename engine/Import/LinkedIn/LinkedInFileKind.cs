namespace Playbook.Engine.Import.LinkedIn;

/// <summary>The files of a LinkedIn data export that the importer reads, in the order it reads them.</summary>
internal enum LinkedInFileKind
{
    Profile,
    Positions,
    Education,
    Skills,
    Languages,
    EmailAddresses,
    Connections,
    Invitations,
    Messages,
}
