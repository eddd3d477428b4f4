namespace Playbook.Engine.Import.Facebook;

/// <summary>A photo, video, sticker or shared link of a message: only that it is there matters, not what it holds.</summary>
internal sealed record FacebookAttachment;
