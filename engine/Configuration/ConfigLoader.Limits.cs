using System.Globalization;
using Playbook.Engine.Problems;
using Playbook.Engine.Templates;
using Playbook.Engine.Yaml;
using YamlDotNet.RepresentationModel;

namespace Playbook.Engine.Configuration;

/// <summary>The <c>limits</c> section of <c>config.yaml</c>: the LinkedIn account and the channels' lengths.</summary>
public static partial class ConfigLoader
{
    /// <summary>
    /// <c>limits: { linkedin_account: free|premium, channels: { NAME: CHARACTERS|none, ... } }</c>; a channel named
    /// twice (<c>LinkedIn</c> and <c>linkedin</c>, <c>linkedin_note</c> and <c>linkedin-note</c>) is a mistake.
    /// </summary>
    private static ChannelLimits ParseLimits(YamlMappingNode limits, ProblemList problems)
    {
        var result = ChannelLimits.Default;
        foreach (var (keyNode, value) in limits.Children)
        {
            switch (Key(keyNode, problems, LimitsKeys, "'limits'"))
            {
                case "linkedin_account" when ParseAccount(value, problems) is { } account:
                    result = result with { LinkedInAccount = account };
                    break;
                case "channels" when Mapping(value, problems, "'channels'") is { } channels:
                    result = result with { Channels = ParseChannels(channels, problems) };
                    break;
            }
        }

        return result;
    }

    private static LinkedInAccount? ParseAccount(YamlNode node, ProblemList problems)
    {
        if (!Scalar(node, problems, "'linkedin_account'", out var text))
        {
            return null;
        }

        switch (text?.ToLowerInvariant())
        {
            case "free":
                return LinkedInAccount.Free;
            case "premium":
                return LinkedInAccount.Premium;
            default:
                problems.Add(node, $"'linkedin_account' should be 'free' or 'premium'{(text is null ? "" : $", not '{text}'")}");
                return null;
        }
    }

    private static Dictionary<string, int?> ParseChannels(YamlMappingNode channels, ProblemList problems)
    {
        var limits = new Dictionary<string, int?>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in channels.Children)
        {
            if (!Scalar(keyNode, problems, "a channel's name", out var name))
            {
                continue;
            }

            if (name is null)
            {
                problems.Add(keyNode, "a channel needs a name");
                continue;
            }

            if (limits.ContainsKey(ChannelLimits.ChannelName(name)))
            {
                problems.Add(keyNode, $"the channel '{name}' is set twice (as '{ChannelLimits.ChannelName(name)}'); keep one");
            }
            else if (TryLimit(value, problems, name, out var limit))
            {
                limits.Add(ChannelLimits.ChannelName(name), limit);
            }
        }

        return limits;
    }

    /// <summary>A number of characters above 0, or <c>none</c> for no limit (null); false, with a problem, for anything else.</summary>
    private static bool TryLimit(YamlNode node, ProblemList problems, string channel, out int? limit)
    {
        limit = null;
        if (!Scalar(node, problems, $"the limit of '{channel}'", out var text))
        {
            return false;
        }

        if (string.Equals(text, "none", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var characters) && characters > 0)
        {
            limit = characters;
            return true;
        }

        problems.Add(node, $"the limit of '{channel}' should be a number of characters above 0, or 'none'{(text is null ? "" : $"; not '{text}'")}");
        return false;
    }
}
