namespace Playbook.Engine.Templates;

/// <summary>
/// A render reached one of <see cref="TemplateLimits"/>: a range, a list or a text too long, too much work. Thrown
/// inside Fluid, it stops the render at once; <see cref="LiquidEnvironment.Render"/> turns it into the
/// <see cref="TemplateException"/> that fails the draft, with the template's file.
/// </summary>
internal sealed class TemplateLimitException(string message) : Exception(message);
