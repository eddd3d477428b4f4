using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Playbook.Engine.Playbooks;
using Playbook.Engine.Scripting;

namespace Playbook.Engine.Runtime.Why;

/// <summary>
/// The values a condition read, found from its syntax: each chain of members it reads from a name of the context
/// (<c>contact.Company</c>, <c>event.Classification</c>, <c>analysis.Score</c>, <c>DaysSinceLastInteraction</c>), and each
/// <c>HasTag("...")</c> with a literal tag, read again from the same <see cref="ConditionContext"/> the condition saw.
/// </summary>
internal static class ConditionReadings
{
    private const int MaxReadings = 12;
    private const int MaxValueLength = 120;

    public static IReadOnlyList<ConditionReading> Read(string source, ConditionContext context)
    {
        var names = ContextNames.All.Select(n => n.Name).ToHashSet(StringComparer.Ordinal);
        var readings = new List<ConditionReading>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in SyntaxFactory.ParseExpression(Escaped(source)).DescendantNodesAndSelf().OfType<IdentifierNameSyntax>())
        {
            if (!names.Contains(id.Identifier.ValueText) || id.Parent is MemberAccessExpressionSyntax { Name: var name } && name == id)
            {
                continue;
            }

            ExpressionSyntax node = id;
            var path = new List<string> { id.Identifier.ValueText };
            // A member that is called (contact.Tags.Contains(...)) is not read: the chain stops before it.
            while (node.Parent is MemberAccessExpressionSyntax access && access.Expression == node
                   && !(access.Parent is InvocationExpressionSyntax invocation && invocation.Expression == access))
            {
                path.Add(access.Name.Identifier.ValueText);
                node = access;
            }

            string? value;
            if (node.Parent is InvocationExpressionSyntax call && call.Expression == node)
            {
                if (path is not ["HasTag"] || call.ArgumentList.Arguments is not [{ Expression: LiteralExpressionSyntax { Token.Value: string tag } }])
                {
                    continue;
                }

                node = call;
                value = Show(context.HasTag(tag));
            }
            else
            {
                value = Resolve(context, path);
            }

            var text = node.ToString().Replace("@event", "event", StringComparison.Ordinal);
            if (value is not null && seen.Add(text) && readings.Count < MaxReadings)
            {
                readings.Add(new ConditionReading(text, value));
            }
        }

        return readings;
    }

    /// <summary>The condition with <c>event</c> written <c>@event</c>, as the compiler sees it.</summary>
    private static string Escaped(string source)
    {
        var text = new StringBuilder(source.Length + 8);
        foreach (var token in SyntaxFactory.ParseTokens(source))
        {
            text.Append(token.LeadingTrivia.ToFullString());
            text.Append(token.IsKind(SyntaxKind.EventKeyword) ? "@event" : token.Text);
            text.Append(token.TrailingTrivia.ToFullString());
        }

        return text.ToString();
    }

    /// <summary>The value of <paramref name="path"/> read from <paramref name="context"/>, as text; null when it cannot be read.</summary>
    private static string? Resolve(ConditionContext context, List<string> path)
    {
        object? value = context;
        foreach (var (name, index) in path.Select((n, i) => (n, i)))
        {
            if (value is null)
            {
                return "null";
            }

            var property = value.GetType().GetProperty(index == 0 ? Pascal(name) : name, BindingFlags.Public | BindingFlags.Instance);
            if (property is null || property.GetIndexParameters().Length > 0)
            {
                return null;
            }

            try
            {
                value = property.GetValue(value);
            }
            catch (TargetInvocationException)
            {
                return null;
            }
        }

        return Show(value);
    }

    private static string Pascal(string name) => string.Concat(char.ToUpperInvariant(name[0]).ToString(), name[1..]);

    private static string Show(object? value)
    {
        var text = value switch
        {
            null => "null",
            string s => $"\"{s}\"",
            bool b => b ? "true" : "false",
            DateTimeOffset at => JournalText.Show(at),
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            IEnumerable items => "[" + string.Join(", ", items.Cast<object?>().Take(10).Select(i => i is string s ? $"\"{s}\"" : Show(i))) + "]",
            _ => value.ToString() ?? "",
        };
        return text.Length <= MaxValueLength ? text : string.Concat(text.AsSpan(0, MaxValueLength - 1), "…");
    }
}
