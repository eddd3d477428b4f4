using System.Globalization;
using System.Reflection;
using Fluid;

namespace Playbook.Engine.Templates;

/// <summary>
/// The model types templates may read and, for each, its fields by snake_case name: <see cref="TemplateModel"/>,
/// the contact, me-profile and event records, the analysis type when one is given, and every record those hold
/// (positions, schools, languages, goals). Built once per library: it registers the types with Fluid, whose
/// accessors are compiled once and cached, and it tells the template check which fields exist.
/// </summary>
internal sealed class TemplateShapes
{
    private readonly Dictionary<Type, IReadOnlyDictionary<string, Type>> _fields = [];

    public TemplateShapes(Type? analysisType)
    {
        Add(typeof(TemplateModel));
        var roots = new Dictionary<string, Type>(_fields[typeof(TemplateModel)], StringComparer.Ordinal);
        if (analysisType is not null)
        {
            Add(analysisType);
            roots[MemberNameStrategies.SnakeCase(typeof(TemplateModel).GetProperty(nameof(TemplateModel.Analysis))!)] = analysisType;
        }

        Roots = roots;
    }

    /// <summary>The names at the top of a template (<c>contact</c>, <c>me</c>, …) and the type each holds.</summary>
    public IReadOnlyDictionary<string, Type> Roots { get; }

    /// <summary>Every type whose fields templates may read.</summary>
    public IEnumerable<Type> Types => _fields.Keys;

    /// <summary>The fields of <paramref name="type"/> by snake_case name, when it is a model type.</summary>
    public IReadOnlyDictionary<string, Type>? FieldsOf(Type type) => _fields.GetValueOrDefault(type);

    /// <summary>The options every render of the library shares: snake_case members of the model types only, within <see cref="TemplateLimits"/>.</summary>
    public TemplateOptions CreateOptions(TemplateLibraryOptions settings)
    {
        var strategy = new DefaultMemberAccessStrategy { MemberNameStrategy = MemberNameStrategies.SnakeCase };
        foreach (var type in Types)
        {
            strategy.Register(type);
        }

        var time = settings.Time;
        var options = new TemplateOptions
        {
            MemberAccessStrategy = strategy,
            CultureInfo = CultureInfo.InvariantCulture,
            MaxSteps = settings.MaxSteps,
            MaxRecursion = TemplateLimits.MaxRecursion,
            Now = time.GetUtcNow,
            TimeZone = time.LocalTimeZone,
        };

        // A day without a time reads as one, 2026-01-30, and still works with the date filter.
        options.ValueConverters.Add(value => value is DateOnly day ? day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null);
        FilterGuard.Wrap(options);
        return options;
    }

    /// <summary>The element type of a list (any <see cref="IEnumerable{T}"/> but text and dictionaries), or null.</summary>
    public static Type? ElementType(Type type)
    {
        if (type == typeof(string) || IsDictionary(type))
        {
            return null;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>))
        {
            return type.GetGenericArguments()[0];
        }

        return type.GetInterfaces()
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            ?.GetGenericArguments()[0];
    }

    private void Add(Type type)
    {
        if (_fields.ContainsKey(type))
        {
            return;
        }

        var fields = new Dictionary<string, Type>(StringComparer.Ordinal);
        _fields[type] = fields;
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            fields[MemberNameStrategies.SnakeCase(property)] = propertyType;
            var inner = ElementType(propertyType) ?? propertyType;
            if (IsModelType(inner))
            {
                Add(inner);
            }
        }
    }

    /// <summary>Our own records and classes, not the framework's (strings, dates, lists, object).</summary>
    private static bool IsModelType(Type type) =>
        (type.IsClass || (type.IsValueType && !type.IsPrimitive && !type.IsEnum))
        && type.Namespace is { } ns && !ns.StartsWith("System", StringComparison.Ordinal) && !ns.StartsWith("Microsoft", StringComparison.Ordinal);

    private static bool IsDictionary(Type type) =>
        type.GetInterfaces().Append(type).Any(i => i.IsGenericType
            && (i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>) || i.GetGenericTypeDefinition() == typeof(IDictionary<,>)));
}
