namespace Playbook.Engine.Playbooks.Steps;

/// <summary>The step types of schema 1: the key that names what a step does.</summary>
public static class StepKinds
{
    public const string Analyse = "analyse";
    public const string Draft = "draft";
    public const string Wait = "wait";
    public const string Remind = "remind";
    public const string Tag = "tag";
    public const string Untag = "untag";
    public const string Stage = "stage";
    public const string Set = "set";
    public const string Stop = "stop";

    /// <summary>Every step type, in the order the documentation lists them.</summary>
    public static IReadOnlyList<string> All { get; } = [Analyse, Draft, Wait, Remind, Tag, Untag, Stage, Set, Stop];
}
