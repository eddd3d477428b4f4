namespace Playbook.Engine.Runtime;

/// <summary>A request the runtime cannot carry out as asked: an unknown playbook, a draft already sent.</summary>
public sealed class RuntimeException(string message) : Exception(message);
