namespace Playbook.Engine.Scripting;

/// <summary>Why an expression may not use something: what kind of power it gives (null when it is simply not on the list) and its name.</summary>
internal sealed record Refusal(string? Reason, string Name)
{
    /// <summary>What to write instead, when there is a better word than the general rule.</summary>
    public string? Hint { get; init; }

    /// <summary>Where to point, when it is not the refused node's start or name (the count of <c>new string('x', n)</c>).</summary>
    public Microsoft.CodeAnalysis.SyntaxNode? At { get; init; }

    /// <summary>The message of the <c>PB0001</c> problem.</summary>
    public string Message =>
        (Reason is null ? $"'{Name}' is not allowed in expressions" : $"{Reason} is not allowed in expressions: '{Name}'")
        + (Hint ?? "; a condition may only read the contact, the event, the me-profile, the history and the clock");
}
