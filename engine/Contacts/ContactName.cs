namespace Playbook.Engine.Contacts;

/// <summary>A contact as a list names it: the full name, and whether a profile has been read into the contact.</summary>
/// <param name="Id">The contact's id.</param>
/// <param name="FullName">The contact's full name.</param>
/// <param name="ProfileRead">Whether a profile (a saved PDF or a copied page) has been read into the contact.</param>
public sealed record ContactName(long Id, string FullName, bool ProfileRead);
