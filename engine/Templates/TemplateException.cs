namespace Playbook.Engine.Templates;

/// <summary>A template could not be rendered: it does not exist, it has errors, or it failed while rendering.</summary>
public sealed class TemplateException(string template, string? file, string reason, Exception? inner = null)
    : Exception(file is null ? reason : $"{file}: {reason}", inner)
{
    /// <summary>The name of the template asked for.</summary>
    public string Template { get; } = template;

    /// <summary>The file of the variant that failed, or null when no file was found.</summary>
    public string? File { get; } = file;

    /// <summary>What went wrong, without the file.</summary>
    public string Reason { get; } = reason;
}
