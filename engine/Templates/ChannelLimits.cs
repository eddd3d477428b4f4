using System.Collections.ObjectModel;

namespace Playbook.Engine.Templates;

/// <summary>
/// How many characters each channel takes, so a draft that would not fit is flagged before the person pastes it.
/// The defaults: <c>linkedin-note</c> (the note on an invitation you send) 200 on a free account and 300 on
/// Premium, as LinkedIn allows; <c>linkedin</c> (a message) 8,000, LinkedIn's cap for a message; <c>x</c> (a direct
/// message) 10,000, X's cap for a DM; <c>facebook</c> (a Messenger message) 20,000, Messenger's cap; every other
/// channel, <c>email</c> included, no limit. <c>config.yaml</c> sets the account and any channel's limit:
/// <code>
/// limits:
///   linkedin_account: premium   # free (the default) or premium
///   channels:
///     linkedin: 1000            # a number of characters, or none
///     email: none
/// </code>
/// Channel names are compared in lower case with <c>_</c> and spaces read as <c>-</c>.
/// </summary>
public sealed record ChannelLimits
{
    /// <summary>A LinkedIn message.</summary>
    public const string LinkedIn = "linkedin";

    /// <summary>The note on a LinkedIn invitation.</summary>
    public const string LinkedInNote = "linkedin-note";

    /// <summary>An email.</summary>
    public const string Email = "email";

    /// <summary>A direct message on X.</summary>
    public const string X = "x";

    /// <summary>A Messenger message to a Facebook friend.</summary>
    public const string Facebook = "facebook";

    /// <summary>The characters of a direct message on X.</summary>
    public const int XMessage = 10_000;

    /// <summary>The characters of a Messenger message.</summary>
    public const int FacebookMessage = 20_000;

    /// <summary>The characters of an invitation note on a free LinkedIn account.</summary>
    public const int LinkedInNoteFree = 200;

    /// <summary>The characters of an invitation note on a Premium LinkedIn account.</summary>
    public const int LinkedInNotePremium = 300;

    /// <summary>The characters of a LinkedIn message.</summary>
    public const int LinkedInMessage = 8000;

    private readonly ReadOnlyDictionary<string, int?> _channels = new Dictionary<string, int?>().AsReadOnly();

    /// <summary>The defaults, for a free LinkedIn account: a note that fits a free account fits every account.</summary>
    public static ChannelLimits Default { get; } = new();

    /// <summary>The user's kind of LinkedIn account, which sets the limit of <c>linkedin-note</c>.</summary>
    public LinkedInAccount LinkedInAccount { get; init; } = LinkedInAccount.Free;

    /// <summary>
    /// The limits the user set, by channel; null for no limit. They win over the defaults and over
    /// <see cref="LinkedInAccount"/>. The names are normalized as they are set.
    /// </summary>
    public IReadOnlyDictionary<string, int?> Channels
    {
        get => _channels;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            _channels = value.ToDictionary(c => ChannelName(c.Key), c => c.Value, StringComparer.Ordinal).AsReadOnly();
        }
    }

    /// <summary>The most characters <paramref name="channel"/> takes, or null for no limit (or no channel).</summary>
    public int? LimitFor(string? channel)
    {
        if (string.IsNullOrWhiteSpace(channel))
        {
            return null;
        }

        var name = ChannelName(channel);
        if (_channels.TryGetValue(name, out var set))
        {
            return set;
        }

        return name switch
        {
            LinkedInNote => LinkedInAccount == LinkedInAccount.Premium ? LinkedInNotePremium : LinkedInNoteFree,
            LinkedIn => LinkedInMessage,
            X => XMessage,
            Facebook => FacebookMessage,
            _ => null,
        };
    }

    /// <summary><paramref name="rendered"/> measured against the limit of <paramref name="channel"/>.</summary>
    public RenderedDraft Measure(RenderedTemplate rendered, string? channel)
    {
        ArgumentNullException.ThrowIfNull(rendered);
        return new RenderedDraft
        {
            Template = rendered.Template,
            Text = rendered.Text,
            Language = rendered.Language,
            TemplateFile = rendered.TemplateFile,
            Channel = string.IsNullOrWhiteSpace(channel) ? null : ChannelName(channel),
            Limit = LimitFor(channel),
        };
    }

    /// <summary>A channel's name as limits compare it: trimmed, lower case, <c>_</c> and spaces as <c>-</c>.</summary>
    public static string ChannelName(string channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return channel.Trim().ToLowerInvariant().Replace('_', '-').Replace(' ', '-');
    }
}
