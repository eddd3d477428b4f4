namespace Playbook.Engine.Scripting;

/// <summary>
/// The ids of Playbook's own checks on C#, beside Roslyn's (<c>CS1002</c>): <c>PB00xx</c> for playbook conditions,
/// <c>PB01xx</c> for playbook scripts. A problem carries its id as <see cref="Problems.Problem.Code"/>.
/// </summary>
public static class ProblemCodes
{
    /// <summary>A condition uses something conditions may not: files, processes, the network, reflection, ...</summary>
    public const string NotAllowed = "PB0001";

    /// <summary>A condition whose value is not a <c>bool</c>.</summary>
    public const string NotBoolean = "PB0002";

    /// <summary>Condition text that is not one C# expression: empty, several statements, preprocessor directives.</summary>
    public const string NotAnExpression = "PB0003";

    /// <summary>A script that loads itself through its <c>#load</c> lines.</summary>
    public const string LoadCycle = "PB0101";

    /// <summary>A script, or a file it loads, that cannot be read.</summary>
    public const string LoadMissing = "PB0102";

    /// <summary>A script directive Playbook does not take (<c>#r</c> of anything but the engine).</summary>
    public const string DirectiveRefused = "PB0103";

    /// <summary>A script reaches for what scripts may not: the store's internals, SQLite, files.</summary>
    public const string ScriptNotAllowed = "PB0104";

    /// <summary>
    /// A script file that is not read: a <c>#load</c> of anything but a <c>.csx</c> file inside the script's folder, or
    /// a file larger than a script may be.
    /// </summary>
    public const string LoadRefused = "PB0105";
}
