using System.Globalization;
using Playbook.Engine.Playbooks;
using Playbook.Engine.Playbooks.Loading;
using Playbook.Engine.Playbooks.Steps;
using Playbook.Engine.Scripting;

namespace Playbook.Engine.Catalog;

/// <summary>The C# conditions of a playbook, keyed by <see cref="ConditionKeys"/>, as the compiler takes them.</summary>
internal static class CatalogConditions
{
    /// <summary>
    /// The playbook's <c>when</c>, then each step's <c>if</c> and its <c>until</c> when that is a condition, in file order;
    /// a script's lambdas are code already and are not among them.
    /// </summary>
    public static IEnumerable<ConditionSource> Of(PlaybookDefinition playbook) => All(playbook).Where(s => s.Code is null).Select(s => s.Source);

    /// <summary>
    /// The conditions of files that have problems (see <see cref="RejectedParts"/>), compiled with the others so that
    /// their problems are reported in the same pass; each keyed <c>#rejected#N</c>, which no playbook's key can be
    /// (a key starts with the playbook's name).
    /// </summary>
    public static IEnumerable<ConditionSource> OfRejected(IEnumerable<RejectedParts> rejected) =>
        rejected.SelectMany(r => r.Conditions).Select((condition, n) => Source(string.Create(CultureInfo.InvariantCulture, $"#rejected#{n}"), condition).Item1);

    private static IEnumerable<(ConditionSource Source, Func<ConditionContext, bool>? Code)> All(PlaybookDefinition playbook)
    {
        if (playbook.When is { } when)
        {
            yield return Source(ConditionKeys.When(playbook.Name), when);
        }

        foreach (var step in playbook.Steps)
        {
            if (step.If is { } condition)
            {
                yield return Source(ConditionKeys.If(playbook.Name, step.Id), condition);
            }

            if (step is WaitStep { Until: { Kind: WaitUntilKind.Condition, Condition: { } until } })
            {
                yield return Source(ConditionKeys.Until(playbook.Name, step.Id), until);
            }
        }
    }

    private static (ConditionSource, Func<ConditionContext, bool>?) Source(string key, Expression expression) =>
        (new(key, expression.Source, expression.Location.File, expression.Location.Line, expression.Location.Column), expression.Code);
}
