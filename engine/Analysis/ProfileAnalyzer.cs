using System.Runtime.CompilerServices;
using Playbook.Engine.Analysis.Concepts;
using Playbook.Engine.Analysis.Notes;
using Playbook.Engine.Contacts;
using Playbook.Engine.Events;
using Playbook.Engine.Languages;

namespace Playbook.Engine.Analysis;

/// <summary>
/// Analyses contacts against one me-profile. Built once per profile: it indexes every skill, goal keyword and interest,
/// and the terms of the concepts they belong to (the built-in lexicon and <c>config.yaml</c>'s), and makes my companies'
/// and schools' names comparable, so one <see cref="Analyse"/> only splits the contact's texts, walks each once through
/// the index, and compares a few names.
/// </summary>
/// <remarks>
/// <para>
/// What is read: the contact's position, headline, company, the note of the invitation, the titles of their positions,
/// their skills, certifications and About, in that order (the first text that has a match gives its words), for my
/// skills, interests and goals' keywords; their positions' companies and their company for former colleagues (with
/// whether our years there overlapped), their schools for shared schools. A match is a whole phrase of my profile in
/// their text, or a term of the same concept (<c>tienda online</c> for my skill <c>E-commerce</c>); a skill or keyword
/// that is one generic word (<c>manager</c>, <c>digital</c>) is never matched. The note of a sales pitch or a recruiter
/// counts only for what they say they do: the rest is what they offer, not what we share.
/// </para>
/// <para>
/// Score = 0.35 for a former shared employer + 0.20 for a shared school + 0.25 per goal served (at most 2)
/// + 0.10 per skill (at most 2) + 0.05 per other keyword (at most 2) + 0.10 for the same location, capped at 1, so it
/// is always between 0 and 1. The weights follow the practice: a shared employer or a goal the contact serves is what a
/// reply can build on; a skill or a word in common is a weaker hook; a shared city alone is not common ground. A
/// contact with no common ground (a shared city at most), or too little data to judge (no text, position or school at
/// all; a note counts), is a low fit.
/// </para>
/// </remarks>
public sealed class ProfileAnalyzer
{
    private static readonly ConditionalWeakTable<MeProfile, ProfileAnalyzer> ByProfile = [];

    private readonly MeProfile _me;
    private readonly ConceptLexicon _lexicon;
    private readonly PhraseIndex _phrases = new(byStem: true);
    private readonly PhraseIndex _terms = new(byStem: false);
    private readonly List<int> _conceptOfTerm = [];
    private readonly MePhrase[] _skills;
    private readonly MePhrase[] _interests;
    private readonly (Goal Goal, MePhrase[] Keywords)[] _goals;
    private readonly List<MeOrganization> _companies;
    private readonly List<MeOrganization> _schools;
    private readonly string[] _place;

    /// <summary>Prepares the analysis of contacts against <paramref name="me"/>.</summary>
    public ProfileAnalyzer(MeProfile me)
    {
        ArgumentNullException.ThrowIfNull(me);
        _me = me;
        _lexicon = ConceptLexicon.BuiltIn.With(me.Concepts);
        _skills = Phrases(me.Skills);
        _interests = Phrases(me.Interests);
        _goals = [.. me.Goals.Select(g => (g, Phrases(g.Keywords)))];
        _companies = SharedOrganizations.Companies(me);
        _schools = SharedOrganizations.Schools(me);
        _place = FirstPart(me.Location);

        // Only the concepts of my own phrases can join anything: their terms alone are indexed.
        var mine = _skills.Concat(_interests).Concat(_goals.SelectMany(g => g.Keywords)).Select(p => p.Concept).Where(c => c >= 0).ToHashSet();
        foreach (var term in _lexicon.Terms.Where(t => mine.Contains(t.Concept)))
        {
            if (_terms.Add(term.Words) == _conceptOfTerm.Count)
            {
                _conceptOfTerm.Add(term.Concept);
            }
        }
    }

    /// <summary>The analyzer of <paramref name="me"/>, built on first use and kept as long as that profile is.</summary>
    public static ProfileAnalyzer For(MeProfile me)
    {
        ArgumentNullException.ThrowIfNull(me);
        return ByProfile.GetValue(me, profile => new ProfileAnalyzer(profile));
    }

    /// <summary>
    /// Analyses <paramref name="contact"/>, reading also the note of <paramref name="trigger"/> when it is an invitation.
    /// <paramref name="now"/> is the caller's clock: a position or school without an end runs until then. The language
    /// to write in follows <see cref="LanguageChooser.ChooseFor"/> over <paramref name="history"/> (the contact's events),
    /// as drafts do.
    /// </summary>
    public ContactAnalysis Analyse(Contact contact, ContactEvent? trigger, DateTimeOffset now, IEnumerable<ContactEvent>? history = null)
    {
        ArgumentNullException.ThrowIfNull(contact);
        var language = LanguageChooser.ChooseFor(contact, history ?? [], trigger, _me, now).Code;
        var note = trigger?.Kind == EventKinds.InvitationReceived ? NoteReader.Read(trigger.Body) : null;
        var texts = Texts(contact, trigger, note);
        var evidence = new List<Match>();
        var employers = SharedOrganizations.Employers(_companies, contact, DateOnly.FromDateTime(now.DateTime), evidence);
        var schools = SharedOrganizations.Schools(_schools, contact, evidence);
        var hits = new ContactHits(texts, _phrases, _terms, _conceptOfTerm, _lexicon);
        var skills = hits.Find(_skills, MatchKinds.Skill, evidence);
        var interests = hits.Find(_interests, MatchKinds.Keyword, evidence);
        var goals = new List<(GoalMatch Match, int Order)>();
        var goalKeywords = new List<FoundPhrase>();
        for (var g = 0; g < _goals.Length; g++)
        {
            var (goal, goalPhrases) = _goals[g];
            var found = hits.Find(goalPhrases, MatchKinds.Goal, evidence, goal.Name);
            if (found.Count > 0)
            {
                goalKeywords.AddRange(found);
                goals.Add((new GoalMatch(goal.Name, goal.ProposeIn(language), [.. found.Select(f => f.Words)]) { Keywords = [.. found.Select(f => f.Phrase.Name)] }, g));
            }
        }

        var sameLocation = _place.Length > 0 && FirstPart(contact.Location) is { Length: > 0 } there && there.SequenceEqual(_place);
        if (sameLocation)
        {
            evidence.Add(new Match(MatchKinds.Location, MatchFields.Location, contact.Location!.Split(',')[0].Trim(), _me.Location!) { MeWords = _me.Location });
        }

        if (note is not null)
        {
            evidence.AddRange(note.Cues.Select(cue => new Match(MatchKinds.Intent, MatchFields.Invitation, cue, note.Intent)));
            if (note.Work is not null)
            {
                evidence.Add(new Match(MatchKinds.Work, MatchFields.Invitation, trigger!.Body![note.WorkStart..note.WorkEnd], note.WorkKind!));
            }
        }

        // One thing said twice (the interest "marketplaces", the goal keyword "marketplace", the skill "Marketplaces"; the
        // keyword "tienda online" and the skill "E-commerce", one concept) is one keyword.
        var said = new HashSet<string>(skills.Select(s => s.Phrase.Same), StringComparer.Ordinal);
        var keywords = goalKeywords.Concat(interests).Where(k => said.Add(k.Phrase.Same)).Select(k => k.Phrase.Name).Distinct(StringComparer.Ordinal).ToList();
        var colleagues = employers.Select(e => e.Company).ToList();
        var score = Math.Min(1.0,
            (colleagues.Count > 0 ? 0.35 : 0) + (schools.Count > 0 ? 0.20 : 0) + (0.25 * Math.Min(goals.Count, 2))
            + (0.10 * Math.Min(skills.Count, 2)) + (0.05 * Math.Min(interests.Count, 2)) + (sameLocation ? 0.10 : 0));
        var tooLittle = texts.Count == 0 && contact.Positions.Count == 0 && contact.Schools.Count == 0;
        List<string> common = [.. colleagues.Concat(schools).Concat(skills.Select(s => s.Phrase.Name)).Concat(keywords).Distinct(StringComparer.Ordinal)];
        return new ContactAnalysis
        {
            FormerColleagues = colleagues,
            SharedEmployers = employers,
            SharedSchools = schools,
            Skills = [.. skills.Select(s => s.Phrase.Name)],
            Keywords = keywords,
            SameLocation = sameLocation,
            Language = language,
            Goals = [.. goals.OrderByDescending(g => g.Match.Words.Count).ThenBy(g => g.Order).Select(g => g.Match)],
            Score = Math.Round(score, 2),
            Evidence = evidence,
            CommonGround = common,
            Intent = note?.Intent,
            TheirWork = note?.Work,
            TheirWorkKind = note?.WorkKind,
            TheirWorkInCommon = skills.Concat(interests).Concat(goalKeywords).Any(f => f.InWork),
            TooLittleData = tooLittle,
            IsLowFit = tooLittle || common.Count == 0,
        };
    }

    /// <summary>The contact's texts in the order they are read; of a sales pitch's or a recruiter's note, only what they say they do.</summary>
    private static List<ContactText> Texts(Contact contact, ContactEvent? trigger, NoteReading? note)
    {
        var texts = new List<ContactText>(8);
        Add(texts, MatchFields.Position, contact.Position);
        Add(texts, MatchFields.Headline, contact.Headline);
        Add(texts, MatchFields.Company, contact.Company);
        if (note is not null && trigger?.Body is { } body)
        {
            if (note.Intent is NoteIntents.Sales or NoteIntents.Recruiter)
            {
                // What a pitch or a recruiter offers is not common ground; what they say they do is.
                if (note.Work is not null)
                {
                    var work = body[note.WorkStart..note.WorkEnd];
                    texts.Add(new ContactText(MatchFields.Invitation, work, TextTerms.Split(work), 0, work.Length));
                }
            }
            else
            {
                texts.Add(new ContactText(MatchFields.Invitation, body, TextTerms.Split(body), note.WorkStart, note.WorkEnd));
            }
        }

        foreach (var position in contact.Positions)
        {
            if (!string.Equals(position.Title?.Trim(), contact.Position?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                Add(texts, MatchFields.Positions, position.Title);
            }
        }

        foreach (var skill in contact.Skills)
        {
            Add(texts, MatchFields.Skills, skill);
        }

        foreach (var certification in contact.Certifications)
        {
            Add(texts, MatchFields.Certifications, certification);
        }

        Add(texts, MatchFields.About, contact.About);
        return texts;
    }

    private static void Add(List<ContactText> texts, string field, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            texts.Add(new ContactText(field, text, TextTerms.Split(text)));
        }
    }

    /// <summary>The phrases of <paramref name="names"/>, each once, without those that are one generic word.</summary>
    private MePhrase[] Phrases(IEnumerable<string> names)
    {
        var phrases = new List<MePhrase>();
        foreach (var name in names.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim()).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var split = TextTerms.Split(name);
            var words = split.Select(t => t.Word).ToArray();
            if (words.Length == 0 || _lexicon.Generic.IsGeneric(words))
            {
                continue;
            }

            var stems = split.Select(t => t.Stem).ToArray();
            var concept = _lexicon.IndexOf(words, stems);
            phrases.Add(new MePhrase(name, _phrases.Add(stems), concept, concept >= 0 ? $"concept {concept}" : string.Join(' ', stems)));
        }

        return [.. phrases];
    }

    private static string[] FirstPart(string? location) =>
        string.IsNullOrWhiteSpace(location) ? [] : TextTerms.Stems(location.Split(',')[0]);
}
