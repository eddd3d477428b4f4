namespace Playbook.Engine.Runtime;

/// <summary>A script step that threw or ran out of time; the message names the script, the line, the step and the contact.</summary>
public sealed class ScriptStepException(string message, Exception? innerException = null) : Exception(message, innerException);
