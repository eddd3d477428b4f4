using Playbook.Engine.Contacts;
using Playbook.Engine.Templates;
using Playbook.Engine.Text;

namespace Playbook.Engine.Configuration;

/// <summary>
/// The user's settings from <c>config.yaml</c>. The <c>me</c> section adds to the me-profile what exports
/// do not carry (goals, languages, interests, signature) and wins where both speak; the <c>concepts</c> section adds
/// the user's own concepts to the analysis' lexicon; the <c>limits</c> section sets how long a draft may be on each
/// channel.
/// </summary>
public sealed record PlaybookConfig
{
    /// <summary>Settings when there is no file.</summary>
    public static PlaybookConfig Empty { get; } = new();

    /// <summary>The user's networking goals.</summary>
    public IReadOnlyList<Goal> Goals { get; init; } = [];

    /// <summary>The languages the user writes in, most used first.</summary>
    public IReadOnlyList<Language> Languages { get; init; } = [];

    /// <summary>Topics the user cares about, matched in contacts' texts.</summary>
    public IReadOnlyList<string> Interests { get; init; } = [];

    /// <summary>How the user signs messages.</summary>
    public string? Signature { get; init; }

    /// <summary>The user's own email addresses (<c>me: emails:</c>): mail from them was sent, mail to them received.</summary>
    public IReadOnlyList<string> Emails { get; init; } = [];

    /// <summary>The user's own concepts (the <c>concepts</c> section), added to the built-in lexicon the analysis matches through.</summary>
    public IReadOnlyList<Concept> Concepts { get; init; } = [];

    /// <summary>The characters each channel takes (the <c>limits</c> section), over the defaults.</summary>
    public ChannelLimits Limits { get; init; } = ChannelLimits.Default;

    /// <summary>When a thread is a real conversation besides an engaged reply (the <c>conversations</c> section).</summary>
    public Analysis.Replies.ConversationSettings Conversations { get; init; } = Analysis.Replies.ConversationSettings.Default;

    /// <summary>
    /// How many working days (Monday to Friday) after an out-of-office's return date a wait for the contact ends
    /// (<c>replies: back_after_working_days</c>, default 2), so a follow-up is drafted once they are back.
    /// </summary>
    public int BackAfterWorkingDays { get; init; } = 2;

    /// <summary>The me-profile of <paramref name="fromExports"/> with these settings laid over it.</summary>
    public MeProfile ApplyTo(MeProfile fromExports)
    {
        ArgumentNullException.ThrowIfNull(fromExports);
        return fromExports with
        {
            Goals = Goals.Count > 0 ? Goals : fromExports.Goals,
            Languages = Languages.Count > 0 ? Languages : fromExports.Languages,
            Interests = Interests.Count > 0 ? Interests : fromExports.Interests,
            Signature = Signature ?? fromExports.Signature,
            Concepts = Concepts.Count > 0 ? Concepts : fromExports.Concepts,
        };
    }
}
