using System.Globalization;
using Playbook.Engine.Events;
using Playbook.Engine.Playbooks.Steps;
using Playbook.Engine.Problems;
using Playbook.Engine.Text;
using Playbook.Engine.Yaml;
using YamlDotNet.RepresentationModel;

namespace Playbook.Engine.Playbooks.Loading;

/// <summary>
/// Reads a draft step: <c>draft: welcome</c> (a template name) or
/// <c>draft: { template: welcome, channel: linkedin, variants: [...] }</c>; <c>channel: last</c> is the channel the
/// contact used last, resolved when the draft is written.
/// </summary>
internal static class DraftBody
{
    private static readonly string[] DraftKeys = ["template", "channel", "variants"];
    private static readonly string[] VariantKeys = ["template", "weight"];

    public static DraftStep? Read(YamlNode value, string label, SourceLocation location, ParseContext context)
    {
        YamlNode? templateNode = null;
        YamlNode? channelNode = null;
        YamlNode? variantsNode = null;
        switch (value)
        {
            case YamlScalarNode scalar when YamlReader.IsNull(scalar):
                context.Problems.Add(value, $"{label} has no 'template'; write draft: {{ template: welcome }}");
                return null;
            case YamlScalarNode:
                templateNode = value;
                break;
            case YamlMappingNode mapping:
                var keys = MappingKeys.Read(mapping, DraftKeys, "a draft's", context.Problems);
                keys.Require("template", $"{label} has no 'template'");
                (templateNode, channelNode, variantsNode) = (keys["template"], keys["channel"], keys["variants"]);
                break;
            default:
                context.Problems.Add(value, $"'draft' should be a template name or a mapping such as {{ template: welcome }}, not {YamlReader.Describe(value)}");
                return null;
        }

        var template = templateNode is null ? null : Template(templateNode, context);
        var channel = channelNode is null
            ? DraftStep.DefaultChannel
            : context.Name(channelNode, "channel", "channel", "a channel, such as linkedin");
        if (channel is not null && LastChannel.IsCalendar(channel))
        {
            context.Problems.Add(channelNode!,
                "a draft cannot be written for 'calendar': a calendar brings meetings, not messages; write channel: last (the channel the contact used last) or email");
            channel = null;
        }

        var variants = variantsNode is null ? [] : Variants(variantsNode, template, context);
        return template is null || channel is null || variants is null
            ? null
            : new DraftStep
            {
                Id = "",
                Location = location,
                Template = template,
                TemplateLocation = context.Locate(templateNode!),
                Channel = channel,
                Variants = variants,
            };
    }

    private static string? Template(YamlNode node, ParseContext context)
    {
        var template = context.Required(node, "template", "a template name, such as welcome");
        if (template is not null && !Names.IsTemplateName(template))
        {
            context.Problems.Add(node, Names.Problem(template));
            return null;
        }

        if (template is null || context.Templates is not { } known || known.Contains(template, StringComparer.Ordinal))
        {
            return template;
        }

        context.Problems.Add(node, DidYouMean.Unknown("template", template, known, null));
        return null;
    }

    private static List<DraftVariant>? Variants(YamlNode node, string? template, ParseContext context)
    {
        if (node is not YamlSequenceNode sequence)
        {
            context.Problems.Add(node, $"'variants' should be a list of templates, not {YamlReader.Describe(node)}");
            return null;
        }

        var variants = new List<DraftVariant>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (template is not null)
        {
            seen.Add(template);
        }

        var valid = true;
        foreach (var item in sequence.Children)
        {
            var variant = Variant(item, context);
            if (variant is not null && !seen.Add(variant.Template))
            {
                context.Problems.Add(item, $"template '{variant.Template}' is already a choice of this draft");
                variant = null;
            }

            valid &= variant is not null;
            if (variant is not null)
            {
                variants.Add(variant);
            }
        }

        return valid ? variants : null;
    }

    private static DraftVariant? Variant(YamlNode item, ParseContext context)
    {
        switch (item)
        {
            case YamlScalarNode:
                return Template(item, context) is { } name ? new DraftVariant(name, 1, context.Locate(item)) : null;
            case YamlMappingNode mapping:
                var keys = MappingKeys.Read(mapping, VariantKeys, "a variant's", context.Problems);
                keys.Require("template", "a variant has no 'template'");
                var template = keys["template"] is { } templateNode ? Template(templateNode, context) : null;
                var weight = keys["weight"] is { } weightNode ? Weight(weightNode, context) : 1;
                return template is not null && weight is { } w ? new DraftVariant(template, w, context.Locate(keys["template"]!)) : null;
            default:
                context.Problems.Add(item, $"a variant should be a template name or a mapping such as {{ template: welcome-short, weight: 2 }}, not {YamlReader.Describe(item)}");
                return null;
        }
    }

    private static int? Weight(YamlNode node, ParseContext context)
    {
        var text = context.Required(node, "weight", "a whole number of 1 or more");
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var weight) && weight >= 1)
        {
            return weight;
        }

        context.Problems.Add(node, $"'weight' should be a whole number of 1 or more, not '{text}'");
        return null;
    }
}
