using System.Runtime.CompilerServices;
using Playbook.Engine.Contacts;
using Playbook.Engine.Events;
using Playbook.Engine.Languages;

namespace Playbook.Engine.Analysis;

/// <summary>
/// Analyses contacts against one me-profile. Built once per profile: it stems every company, school, skill, goal
/// keyword and interest up front, so one <see cref="Analyse"/> only splits the contact's few texts and compares.
/// </summary>
/// <remarks>
/// Score = 0.35 for a former shared employer + 0.20 for a shared school + 0.25 per goal served (at most 2)
/// + 0.10 per skill (at most 2) + 0.05 per other keyword (at most 2) + 0.10 for the same location, capped at 1.
/// The weights follow the practice: a shared employer or a goal the contact serves is what a reply can build on;
/// a skill or a word in common is a weaker hook; a shared city alone is not common ground. A contact with no common
/// ground (a shared city at most), or too little data to judge, is a low fit.
/// </remarks>
public sealed class ProfileAnalyzer
{
    private static readonly ConditionalWeakTable<MeProfile, ProfileAnalyzer> ByProfile = [];

    private readonly MeProfile _me;
    private readonly List<(string Name, string[] Stems)> _companies;
    private readonly List<(string Name, string[] Stems)> _schools;
    private readonly List<(string Name, string[] Stems)> _skills;
    private readonly List<(string Name, string[] Stems)> _interests;
    private readonly List<(Goal Goal, List<(string Name, string[] Stems)> Keywords)> _goals;
    private readonly string[] _place;

    /// <summary>Prepares the analysis of contacts against <paramref name="me"/>.</summary>
    public ProfileAnalyzer(MeProfile me)
    {
        ArgumentNullException.ThrowIfNull(me);
        _me = me;
        _companies = Terms(me.Positions.Select(p => p.Company));
        _schools = Terms(me.Schools.Select(s => s.Name));
        _skills = Terms(me.Skills);
        _interests = Terms(me.Interests);
        _goals = [.. me.Goals.Select(g => (g, Terms(g.Keywords)))];
        _place = FirstPart(me.Location);
    }

    /// <summary>The analyzer of <paramref name="me"/>, built on first use and kept as long as that profile is.</summary>
    public static ProfileAnalyzer For(MeProfile me)
    {
        ArgumentNullException.ThrowIfNull(me);
        return ByProfile.GetValue(me, profile => new ProfileAnalyzer(profile));
    }

    /// <summary>
    /// Analyses <paramref name="contact"/>, reading also the text of <paramref name="trigger"/> when it is an
    /// invitation (the note that came with it).
    /// </summary>
    public ContactAnalysis Analyse(Contact contact, ContactEvent? trigger)
    {
        ArgumentNullException.ThrowIfNull(contact);
        var language = LanguageChooser.Choose(trigger, contact, _me).Code;
        var fields = new List<(string Field, string Text, List<TextTerms.Term> Terms)>(4);
        Add(fields, "position", contact.Position);
        Add(fields, "headline", contact.Headline);
        Add(fields, "company", contact.Company);
        Add(fields, "invitation", trigger?.Kind == EventKinds.InvitationReceived ? trigger.Body : null);
        var evidence = new List<Match>();
        var colleagues = Find(fields, _companies, "former-colleague", evidence, f => f is "company" or "headline" or "position");
        var schools = Find(fields, _schools, "school", evidence, _ => true);
        var skills = Find(fields, _skills, "skill", evidence, _ => true);
        var interests = Find(fields, _interests, "keyword", evidence, _ => true);
        var goals = new List<(GoalMatch Match, int Order)>();
        var goalKeywords = new List<string>();
        for (var g = 0; g < _goals.Count; g++)
        {
            var before = evidence.Count;
            var found = Find(fields, _goals[g].Keywords, "goal", evidence, _ => true, _goals[g].Goal.Name);
            if (found.Count > 0)
            {
                goalKeywords.AddRange(found);
                goals.Add((new GoalMatch(_goals[g].Goal.Name, _goals[g].Goal.ProposeIn(language), [.. evidence.Skip(before).Select(m => m.Words)]), g));
            }
        }

        var sameLocation = _place.Length > 0 && FirstPart(contact.Location) is { Length: > 0 } there && there.SequenceEqual(_place);
        if (sameLocation)
        {
            evidence.Add(new Match("location", "location", contact.Location!.Split(',')[0].Trim(), _me.Location!));
        }

        // One word said twice (the interest "marketplaces", the goal keyword "marketplace", the skill "Marketplaces") is one keyword.
        var said = new HashSet<string>(skills.Select(SameWords), StringComparer.Ordinal);
        var keywords = goalKeywords.Concat(interests).Where(k => said.Add(SameWords(k))).ToList();
        var score = Math.Min(1.0,
            (colleagues.Count > 0 ? 0.35 : 0) + (schools.Count > 0 ? 0.20 : 0) + (0.25 * Math.Min(goals.Count, 2))
            + (0.10 * Math.Min(skills.Count, 2)) + (0.05 * Math.Min(interests.Count, 2)) + (sameLocation ? 0.10 : 0));
        score = Math.Round(score, 2);
        var tooLittle = fields.Count == 0;
        List<string> common = [.. colleagues.Concat(schools).Concat(skills).Concat(keywords).Distinct(StringComparer.Ordinal)];
        return new ContactAnalysis
        {
            FormerColleagues = colleagues,
            SharedSchools = schools,
            Skills = skills,
            Keywords = keywords,
            SameLocation = sameLocation,
            Language = language,
            Goals = [.. goals.OrderByDescending(g => g.Match.Words.Count).ThenBy(g => g.Order).Select(g => g.Match)],
            Score = score,
            Evidence = evidence,
            CommonGround = common,
            TooLittleData = tooLittle,
            IsLowFit = tooLittle || common.Count == 0,
        };
    }

    private static void Add(List<(string, string, List<TextTerms.Term>)> fields, string field, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            fields.Add((field, text, TextTerms.Split(text)));
        }
    }

    /// <summary>The names of <paramref name="wanted"/> found in the fields; one match each, in the first field that has it.</summary>
    private static List<string> Find(
        List<(string Field, string Text, List<TextTerms.Term> Terms)> fields, List<(string Name, string[] Stems)> wanted, string kind,
        List<Match> evidence, Func<string, bool> fieldAllowed, string? detail = null)
    {
        var found = new List<string>();
        foreach (var (name, stems) in wanted)
        {
            foreach (var (field, text, terms) in fields)
            {
                if (!fieldAllowed(field) || TextTerms.Find(terms, stems) is not (>= 0 and var at))
                {
                    continue;
                }

                var words = text[terms[at].Start..terms[at + stems.Length - 1].End];
                evidence.Add(new Match(kind, field, words, detail ?? name));
                found.Add(name);
                break;
            }
        }

        return found;
    }

    private static List<(string Name, string[] Stems)> Terms(IEnumerable<string> names) =>
        [.. names.Where(n => !string.IsNullOrWhiteSpace(n)).Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(n => (n.Trim(), TextTerms.Stems(n))).Where(t => t.Item2.Length > 0)];

    private static string SameWords(string name) => string.Join(' ', TextTerms.Stems(name));

    private static string[] FirstPart(string? location) =>
        string.IsNullOrWhiteSpace(location) ? [] : TextTerms.Stems(location.Split(',')[0]);
}
