using System.Security.Cryptography;
using System.Text;
using Fluid;

namespace Playbook.Engine.Templates;

/// <summary>
/// The template texts that passed their checks in an earlier process, kept on disk as one empty file per text, named
/// by a hash of the text, the engine build, Fluid's version and the analysis type (all that a check depends on). A
/// text found here is not parsed until it is rendered; anything else is checked as usual. Deleting the folder is safe.
/// </summary>
internal sealed class CheckedTemplates
{
    private readonly string? _folder;
    private readonly byte[] _salt;

    public CheckedTemplates(string? folder, Type? analysisType)
    {
        _folder = folder;
        _salt = Encoding.UTF8.GetBytes(string.Join('\n',
            typeof(CheckedTemplates).Assembly.ManifestModule.ModuleVersionId.ToString("N"),
            typeof(FluidParser).Assembly.GetName().Version?.ToString() ?? "",
            analysisType?.AssemblyQualifiedName ?? "",
            "\n"));
    }

    /// <summary>Whether <paramref name="text"/> passed its checks before.</summary>
    public bool Passed(string text) => _folder is not null && File.Exists(PathOf(text));

    /// <summary>Remembers that <paramref name="text"/> passed; a cache that cannot be written is simply not used.</summary>
    public void Remember(string text)
    {
        if (_folder is null)
        {
            return;
        }

        try
        {
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(_folder);
            }
            else
            {
                Directory.CreateDirectory(_folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }

            using (File.Open(PathOf(text), FileMode.OpenOrCreate, FileAccess.Write, FileShare.ReadWrite))
            {
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Checking again next time is the whole cost.
        }
    }

    private string PathOf(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var input = new byte[_salt.Length + bytes.Length];
        _salt.CopyTo(input, 0);
        bytes.CopyTo(input, _salt.Length);
        return Path.Combine(_folder!, Convert.ToHexStringLower(SHA256.HashData(input)) + ".ok");
    }
}
