using YamlDotNet.Core;

namespace Playbook.Engine.Yaml;

/// <summary>
/// Stops reading a file at a limit past which going on would cost too much: <see cref="GuardedParser"/> throws it
/// at a node nested deeper than <see cref="YamlLimits.MaxDepth"/> (YamlDotNet's scanner slows with every level it is
/// inside), and <see cref="YamlReader"/> turns it into a problem at <see cref="At"/>, as it does invalid YAML.
/// </summary>
internal sealed class YamlLimitException(Mark at, string message) : Exception(message)
{
    /// <summary>Where the limit was passed.</summary>
    public Mark At { get; } = at;
}
