namespace Playbook.Engine.Playbooks.Steps;

/// <summary>The step types of schema 1: the key that names what a step does.</summary>
public static class StepKinds
{
    /// <summary>Analyses the contact against the me-profile: common ground, goals served, score, language.</summary>
    public const string Analyse = "analyse";

    /// <summary>Writes a draft from a template for the person to review; the run waits until it is sent or discarded.</summary>
    public const string Draft = "draft";

    /// <summary>Waits a time, ending early when what <c>until</c> names happens.</summary>
    public const string Wait = "wait";

    /// <summary>Creates a task for the person, due after <c>in</c>.</summary>
    public const string Remind = "remind";

    /// <summary>Adds tags to the contact.</summary>
    public const string Tag = "tag";

    /// <summary>Removes tags from the contact.</summary>
    public const string Untag = "untag";

    /// <summary>Moves the contact to a stage.</summary>
    public const string Stage = "stage";

    /// <summary>Stores values on the run, for later conditions and templates.</summary>
    public const string Set = "set";

    /// <summary>Ends the run, with a reason.</summary>
    public const string Stop = "stop";

    /// <summary>Every step type, in the order the documentation lists them.</summary>
    public static IReadOnlyList<string> All { get; } = [Analyse, Draft, Wait, Remind, Tag, Untag, Stage, Set, Stop];
}
