using System.Globalization;
using System.IO.Hashing;
using System.Text;
using Playbook.Engine.Playbooks.Steps;

namespace Playbook.Engine.Runtime;

/// <summary>
/// Which template of a draft step with variants (an A/B test) a contact gets: chosen by a stable hash of the playbook
/// and the contact, weighted as declared. The same contact always gets the same variant of a playbook, and the choice
/// does not depend on run ids, on the order runs start in or on what else runs that day, so the groups an A/B test
/// compares are fair.
/// </summary>
internal static class VariantChoice
{
    public static string Of(DraftStep step, string playbook, long contactId)
    {
        if (step.Variants.Count == 0)
        {
            return step.Template;
        }

        var choices = step.Choices;
        var total = (ulong)choices.Sum(c => (long)c.Weight);
        var key = string.Create(CultureInfo.InvariantCulture, $"{playbook}\n{step.Id}\n{contactId}");
        var slot = XxHash3.HashToUInt64(Encoding.UTF8.GetBytes(key)) % total;
        foreach (var choice in choices)
        {
            if (slot < (ulong)choice.Weight)
            {
                return choice.Template;
            }

            slot -= (ulong)choice.Weight;
        }

        return step.Template;
    }
}
