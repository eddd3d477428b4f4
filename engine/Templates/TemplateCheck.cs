using System.Text;
using System.Text.RegularExpressions;
using Fluid;
using Fluid.Ast;
using Playbook.Engine.Text;

namespace Playbook.Engine.Templates;

/// <summary>
/// Finds what would silently render empty in a parsed template: a misspelt field (<c>contact.firstname</c>),
/// a misspelt variable (<c>contcat.company</c>) and an unknown filter (<c>| upcse</c>). Liquid renders all three
/// as nothing, which in a personal message is the worst kind of mistake, so <c>check</c> reports them.
/// Fields are checked through the model types (<c>me.positions.first.company</c>); what a loop variable or
/// <c>vars</c> holds is not known, so those are not checked. It also refuses <c>include</c> and <c>render</c>, which
/// would read other files: a template stands alone.
/// </summary>
internal sealed class TemplateCheck : AstVisitor
{
    /// <summary>Names Liquid itself provides inside loops.</summary>
    private static readonly string[] LiquidNames = ["forloop", "tablerowloop", "empty", "blank", "nil", "null", "true", "false"];

    private readonly TemplateShapes _shapes;
    private readonly IReadOnlyCollection<string> _filters;
    private readonly List<MemberExpression> _members = [];
    private readonly List<string> _filtersUsed = [];
    private readonly HashSet<string> _locals = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _unsupported = new(StringComparer.Ordinal);
    private readonly List<(decimal From, decimal To)> _ranges = [];

    private TemplateCheck(TemplateShapes shapes, IReadOnlyCollection<string> filters)
    {
        _shapes = shapes;
        _filters = filters;
    }

    /// <summary>Each finding: what is wrong, and a pattern that finds where it is written in the source.</summary>
    public static IReadOnlyList<(string Message, Regex Where)> Run(IFluidTemplate template, TemplateShapes shapes, IReadOnlyCollection<string> filters)
    {
        var check = new TemplateCheck(shapes, filters);
        check.VisitTemplate(template);
        return check.Findings();
    }

    public override Statement Visit(Statement statement)
    {
        switch (statement)
        {
            case null:
                return statement!;
            case AssignStatement assign:
                _locals.Add(assign.Identifier);
                break;
            case CaptureStatement capture:
                _locals.Add(capture.Identifier);
                break;
            case ForStatement loop:
                _locals.Add(loop.Identifier);
                break;
            case TableRowStatement row:
                _locals.Add(row.Identifier);
                break;
            case IncrementStatement increment:
                _locals.Add(increment.Identifier);
                break;
            case DecrementStatement decrement:
                _locals.Add(decrement.Identifier);
                break;
            case IncludeStatement:
                _unsupported.Add("include");
                break;
            case RenderStatement:
                _unsupported.Add("render");
                break;
        }

        return base.Visit(statement);
    }

    public override Expression Visit(Expression expression)
    {
        switch (expression)
        {
            case null:
                return expression!;
            case MemberExpression member:
                _members.Add(member);
                break;
            case FilterExpression filter:
                _filtersUsed.Add(filter.Name);
                break;
            case RangeExpression { From: LiteralExpression from, To: LiteralExpression to }:
                // A range written with numbers is known now: one too long would only fail every render.
                var (first, last) = (decimal.Truncate(from.Value.ToNumberValue()), decimal.Truncate(to.Value.ToNumberValue()));
                if (last - first + 1 > TemplateLimits.MaxItems)
                {
                    _ranges.Add((first, last));
                }

                break;
        }

        return base.Visit(expression);
    }

    private List<(string Message, Regex Where)> Findings()
    {
        var findings = new List<(string Message, Regex Where)>();
        foreach (var tag in _unsupported)
        {
            findings.Add(($"'{{% {tag} %}}' is not supported: a template cannot read other templates or files; write the text in this one",
                new Regex(@"\{%-?\s*" + tag + @"\b", RegexOptions.CultureInvariant)));
        }

        foreach (var (from, to) in _ranges.Distinct())
        {
            findings.Add(($"the range ({from}..{to}) has {TemplateLimits.Show((long)Math.Min(to - from + 1, long.MaxValue))} numbers; a range may have at most {TemplateLimits.Show(TemplateLimits.MaxItems)}",
                new Regex(@"\(\s*" + Regex.Escape(from.ToString(System.Globalization.CultureInfo.InvariantCulture)) + @"(\.0*)?\s*\.\.", RegexOptions.CultureInvariant)));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in _members)
        {
            if (CheckMember(member) is { } finding && seen.Add(finding.Message))
            {
                findings.Add(finding);
            }
        }

        foreach (var name in _filtersUsed.Where(f => !_filters.Contains(f)).Distinct(StringComparer.Ordinal))
        {
            findings.Add((DidYouMean.Unknown("filter", name, _filters, null), new Regex(@"\|\s*" + Regex.Escape(name) + @"\b", RegexOptions.CultureInvariant)));
        }

        return findings;
    }

    private (string Message, Regex Where)? CheckMember(MemberExpression member)
    {
        if (member.Segments.Count == 0 || member.Segments[0] is not IdentifierSegment { Identifier: var root })
        {
            return null;
        }

        var path = new StringBuilder(root);
        var pattern = new StringBuilder(@"(?<![\w.])").Append(Regex.Escape(root));
        if (!_shapes.Roots.TryGetValue(root, out var type))
        {
            if (_locals.Contains(root) || LiquidNames.Contains(root, StringComparer.Ordinal))
            {
                return null;
            }

            // Only a near miss of a model name is reported: anything else may be set in ways the check cannot see.
            return DidYouMean.Suggest(root, _shapes.Roots.Keys) is { } suggestion
                ? ($"unknown variable '{root}'. Did you mean '{suggestion}'?", Pattern(pattern))
                : null;
        }

        foreach (var segment in member.Segments.Skip(1))
        {
            var element = TemplateShapes.ElementType(type);
            switch (segment)
            {
                case IndexerSegment when element is not null:
                    type = element;
                    pattern.Append(@"\s*\[[^\]]*\]");
                    path.Append("[…]");
                    continue;
                case IdentifierSegment { Identifier: "size" } when element is not null || type == typeof(string):
                    return null;
                case IdentifierSegment { Identifier: "first" or "last" } list when element is not null:
                    type = element;
                    pattern.Append(@"\s*\.\s*").Append(list.Identifier);
                    path.Append('.').Append(list.Identifier);
                    continue;
                case IdentifierSegment field when element is not null:
                    pattern.Append(@"\s*\.\s*").Append(Regex.Escape(field.Identifier));
                    return ($"'{path}' is a list: write '{path}.first.{field.Identifier}', or loop over it with for", Pattern(pattern));
                case IdentifierSegment field when _shapes.FieldsOf(type) is { } fields:
                    pattern.Append(@"\s*\.\s*").Append(Regex.Escape(field.Identifier));
                    if (!fields.TryGetValue(field.Identifier, out var fieldType))
                    {
                        return (UnknownField(path.ToString(), field.Identifier, fields.Keys), Pattern(pattern));
                    }

                    type = fieldType;
                    path.Append('.').Append(field.Identifier);
                    continue;
                default:
                    // Text, numbers, dates, dictionaries and open objects: nothing more is known.
                    return null;
            }
        }

        return null;
    }

    private static string UnknownField(string path, string name, IEnumerable<string> fields)
    {
        var known = fields.ToList();
        return DidYouMean.Suggest(name, known) is { } suggestion
            ? $"unknown field '{path}.{name}'. Did you mean '{path}.{suggestion}'?"
            : $"unknown field '{path}.{name}'; {path} has {DidYouMean.Quoted(known)}";
    }

    private static Regex Pattern(StringBuilder pattern) => new(pattern.Append(@"(?!\w)").ToString(), RegexOptions.CultureInvariant);
}
