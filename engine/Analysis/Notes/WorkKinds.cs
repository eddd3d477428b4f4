namespace Playbook.Engine.Analysis.Notes;

/// <summary>
/// How a note said what the person does (<see cref="ContactAnalysis.TheirWorkKind"/>), so a reply can say it back in
/// a sentence that fits: <c>trabajo en e-commerce de moda</c> is a field, <c>soy diseñadora UX</c> a role.
/// </summary>
public static class WorkKinds
{
    /// <summary>The field they work in: <c>trabajo en …</c>, <c>me dedico a …</c>, <c>I work in …</c>; said back as "you work in …".</summary>
    public const string Field = "field";

    /// <summary>Where they work, in English: <c>I work at …</c>, <c>I work for …</c>; said back as "you work at …".</summary>
    public const string Employer = "employer";

    /// <summary>What they are: <c>soy …</c>, <c>trabajo como …</c>, <c>I'm a …</c>; said back as "you're …".</summary>
    public const string Role = "role";

    /// <summary>What they run: <c>tengo …</c>, <c>dirijo …</c>, <c>somos …</c>, <c>I run …</c>, <c>we are …</c>; said back as "you run …".</summary>
    public const string Business = "business";
}
