namespace Playbook.Engine.Languages;

/// <summary>Which rule of the language rule decided the language to write in, in the order they are tried.</summary>
public enum LanguageRule
{
    /// <summary>The invitation's or last message's text.</summary>
    Conversation,

    /// <summary>The contact's location.</summary>
    Location,

    /// <summary>The me-profile's first language.</summary>
    MeProfile,

    /// <summary>No rule decided.</summary>
    None,
}
