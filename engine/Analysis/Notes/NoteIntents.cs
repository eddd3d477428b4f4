namespace Playbook.Engine.Analysis.Notes;

/// <summary>
/// Why someone wrote the note of their invitation, as <see cref="ContactAnalysis.Intent"/> says it: conditions read
/// <c>analysis.Intent == "sales"</c>, templates <c>analysis.intent</c>.
/// </summary>
public static class NoteIntents
{
    /// <summary>A peer who wants to connect or talk: the note has no pitch, no role on offer and no job search.</summary>
    public const string Peer = "peer";

    /// <summary>A sales pitch: <c>we help companies like yours</c>, <c>ofrecemos</c>, <c>¿te interesaría una demo?</c>.</summary>
    public const string Sales = "sales";

    /// <summary>A recruiter with a role: <c>we're hiring</c>, <c>an exciting opportunity</c>, <c>una vacante</c>.</summary>
    public const string Recruiter = "recruiter";

    /// <summary>Someone looking for a job: <c>open to work</c>, <c>busco trabajo</c>.</summary>
    public const string JobSeeker = "job-seeker";

    /// <summary>Every intent, in the order a note is tested for them: the first whose cues it has wins, else <see cref="Peer"/>.</summary>
    public static IReadOnlyList<string> All { get; } = [JobSeeker, Recruiter, Sales, Peer];
}
