using System.Reflection;
using System.Text;
using Playbook.Engine.Playbooks.Loading;
using Playbook.Engine.Templates;

namespace Playbook.Engine.Catalog;

/// <summary>
/// The playbooks and templates that ship with Playbook (<c>playbooks/</c> and <c>playbooks/templates/</c> in the
/// repository), carried inside the engine so that the executable works from any folder. Problems name them
/// <c>built-in/welcome.yaml</c> and <c>built-in/templates/welcome.es.liquid</c>. Read once, on first use.
/// </summary>
public static class BuiltInPlaybooks
{
    /// <summary>The folder the built-ins are reported in: <c>built-in/welcome.yaml</c>.</summary>
    public const string Folder = "built-in";

    private const string TemplatesPrefix = Folder + "/" + TemplateLibrary.FolderName + "/";
    private const string SchemaResource = Folder + "/playbook.schema.json";

    private static readonly Lazy<IReadOnlyList<PlaybookSource>> PlaybookSources = new(ReadPlaybooks);
    private static readonly Lazy<IReadOnlyList<PlaybookSource>> TestSources = new(ReadTests);
    private static readonly Lazy<IReadOnlyList<TemplateSource>> TemplateSources = new(ReadTemplates);
    private const string TestSchemaResource = Folder + "/playbook-test.schema.json";
    private static readonly Lazy<string> SchemaText = new(() => Text(ReadBytes(SchemaResource)));
    private static readonly Lazy<string> TestSchemaText = new(() => Text(ReadBytes(TestSchemaResource)));

    /// <summary>The built-in playbooks, in file name order, as the loader reads a folder.</summary>
    public static IReadOnlyList<PlaybookSource> Playbooks => PlaybookSources.Value;

    /// <summary>
    /// The built-in playbooks' tests (<c>playbooks/welcome.test.yaml</c>, reported as <c>built-in/welcome.test.yaml</c>),
    /// in file name order: what <c>playbook test</c> runs besides the user's.
    /// </summary>
    public static IReadOnlyList<PlaybookSource> Tests => TestSources.Value;

    /// <summary>The built-in templates, in file name order.</summary>
    public static IReadOnlyList<TemplateSource> Templates => TemplateSources.Value;

    /// <summary>
    /// The JSON Schema of the playbook format (<c>playbooks/playbook.schema.json</c>), for editors that check YAML
    /// against a schema. It describes the shape only: <c>playbook check</c> also compiles conditions and finds templates.
    /// </summary>
    public static string Schema => SchemaText.Value;

    /// <summary>
    /// The JSON Schema of playbook test files (<c>playbooks/playbook-test.schema.json</c>), for editors: the shape only;
    /// <c>playbook test</c> also checks the names, times and durations a test gives.
    /// </summary>
    public static string TestSchema => TestSchemaText.Value;

    private static Assembly Engine => typeof(BuiltInPlaybooks).Assembly;

    // Resource names are set in Playbook.Engine.csproj to the paths above.
    private static IEnumerable<string> ResourcesUnder(string prefix) =>
        Engine.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.IndexOf('/', prefix.Length) < 0)
            .Order(StringComparer.Ordinal);

    // The folder also holds the schema: only YAML files are playbooks, as when the loader reads a folder.
    private static List<PlaybookSource> ReadPlaybooks() =>
        [.. ResourcesUnder(Folder + "/").Where(n => IsYaml(n) && !PlaybookLoader.IsTestFile(n)).Select(name => new PlaybookSource(name, ReadBytes(name)))];

    private static List<PlaybookSource> ReadTests() =>
        [.. ResourcesUnder(Folder + "/").Where(PlaybookLoader.IsTestFile).Select(name => new PlaybookSource(name, ReadBytes(name)))];

    private static bool IsYaml(string name) =>
        name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    private static List<TemplateSource> ReadTemplates() =>
        [.. ResourcesUnder(TemplatesPrefix).Select(name => new TemplateSource(name, Text(ReadBytes(name))))];

    /// <summary>The text of a UTF-8 file without its byte order mark, as <see cref="File.ReadAllText(string)"/> reads a user's template.</summary>
    private static string Text(byte[] bytes)
    {
        var preamble = Encoding.UTF8.Preamble;
        return Encoding.UTF8.GetString(bytes.AsSpan().StartsWith(preamble) ? bytes.AsSpan(preamble.Length) : bytes);
    }

    private static byte[] ReadBytes(string name)
    {
        using var stream = Engine.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The built-in resource '{name}' is missing from {Engine.GetName().Name}.");
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }
}
