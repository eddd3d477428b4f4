using System.Text.RegularExpressions;
using RegexMatch = System.Text.RegularExpressions.Match;

namespace Playbook.Engine.Analysis.Notes;

/// <summary>
/// Reads the note of an invitation, by rules, in Spanish and English: why they write (a peer, a sales pitch, a
/// recruiter, a job seeker; see <see cref="NoteIntents"/>), with the words that said it, and what they do
/// (<c>trabajo en e-commerce de moda</c> gives <c>e-commerce de moda</c>, <c>I run a Shopify agency</c> gives
/// <c>a Shopify agency</c>). The rules look at the note without accents and in any case; what they find is cut
/// out of the note as written. Tested on a corpus of notes in tests/Playbook.Tests/Analysis/NoteCorpus.tsv.
/// </summary>
internal static partial class NoteReader
{
    /// <summary>The most characters looked at: an invitation's note is at most a few hundred.</summary>
    public const int MaxCharacters = 1_000;

    /// <summary>The most words a work phrase keeps.</summary>
    public const int MaxWorkWords = 10;

    /// <summary>The most cues kept for the evidence.</summary>
    private const int MaxCues = 3;

    // The part of a note that says what someone does: up to the end of the clause.
    private const string Rest = """(?<w>[^.,;:!?¡¿()\n"“”—–|/]{2,200})""";

    private static readonly string[] TrailingWords =
    [
        "de", "del", "la", "el", "los", "las", "y", "e", "en", "con", "para", "a", "al", "por", "un", "una", "mi", "tu",
        "of", "the", "an", "and", "in", "at", "with", "for", "to", "on", "my", "your", "our", "from", "as",
    ];

    /// <summary>The intents in the order they are looked for, each with its cues' patterns (see <see cref="FirstMatches"/>).</summary>
    private static readonly (string Intent, Regex[] Patterns)[] Intents =
    [
        (NoteIntents.JobSeeker, [JobSeekerCues()]), (NoteIntents.Recruiter, [RecruiterCues()]), (NoteIntents.Sales, [SalesCues(), MoreSalesCues()]),
        (NoteIntents.Peer, [PeerCues()]),
    ];

    /// <summary>What <paramref name="note"/> says, or null when it says nothing (no note, or only blanks).</summary>
    public static NoteReading? Read(string? note)
    {
        if (string.IsNullOrWhiteSpace(note))
        {
            return null;
        }

        var text = note.Length > MaxCharacters ? note[..MaxCharacters] : note;
        var folded = TextTerms.FoldAccents(text).Replace('’', '\'');
        var (intent, cues) = IntentOf(text, folded);
        var (work, kind, start, end) = WorkOf(text, folded);
        return new NoteReading(intent, cues, work, kind, start, end);
    }

    private static (string Intent, List<string> Cues) IntentOf(string text, string folded)
    {
        foreach (var (intent, patterns) in Intents)
        {
            var cues = FirstMatches(folded, patterns, MaxCues).ConvertAll(m => text.Substring(m.Index, m.Length).Trim());
            if (cues.Count > 0)
            {
                return (intent, cues);
            }
        }

        return (NoteIntents.Peer, []);
    }

    /// <summary>
    /// The first <paramref name="max"/> matches in <paramref name="folded"/> of the alternatives of
    /// <paramref name="patterns"/>, in that order, exactly as one pattern of them all would find them: at each place the
    /// leftmost match, the earlier pattern's where two start at the same character, and the next searched from its end.
    /// A list of cues is split in several patterns where one would compile to a method so large that the JIT leaves it
    /// unoptimized (the sales cues took eight times as long as the others).
    /// </summary>
    private static List<RegexMatch> FirstMatches(string folded, Regex[] patterns, int max)
    {
        var found = new List<RegexMatch>();
        var next = new RegexMatch?[patterns.Length];
        var at = 0;
        while (found.Count < max && at <= folded.Length)
        {
            RegexMatch? first = null;
            for (var i = 0; i < patterns.Length; i++)
            {
                if (next[i] is not { } ahead || ahead.Index < at)
                {
                    next[i] = ahead = patterns[i].Match(folded, at);
                }

                if (ahead.Success && (first is null || ahead.Index < first.Index))
                {
                    first = ahead;
                }
            }

            if (first is null)
            {
                break;
            }

            found.Add(first);
            at = first.Index + Math.Max(first.Length, 1);
        }

        return found;
    }

    /// <summary>The first place the note says what they do, cut at the end of its clause.</summary>
    private static (string? Work, string? Kind, int Start, int End) WorkOf(string text, string folded)
    {
        (int Start, int End)? best = null;
        string? kind = null;
        foreach (var (candidate, pattern) in new (string, Regex)[]
        {
            (WorkKinds.Role, RoleWork()), (WorkKinds.Employer, EmployerWork()), (WorkKinds.Field, FieldWork()), (WorkKinds.Business, BusinessWork()),
        })
        {
            foreach (RegexMatch match in pattern.Matches(folded))
            {
                var group = match.Groups["w"];
                if (best is { } found && group.Index >= found.Start)
                {
                    break;
                }

                if (Cut(folded, group.Index, group.Index + group.Length) is { } span)
                {
                    best = span;
                    kind = candidate;
                    break;
                }
            }
        }

        return best is { } work
            ? (SecondPerson().Replace(text[work.Start..work.End], Possessive), kind, work.Start, work.End)
            : (null, null, -1, -1);
    }

    /// <summary>The span of <paramref name="folded"/> between <paramref name="start"/> and <paramref name="end"/> cut at the next clause, without trailing small words and at most <see cref="MaxWorkWords"/> words; null when nothing is left.</summary>
    private static (int Start, int End)? Cut(string folded, int start, int end)
    {
        var phrase = folded[start..end];
        if (ClauseEnd().Match(phrase) is { Success: true } clause)
        {
            end = start + clause.Index;
        }

        var words = Words().Matches(folded[start..end]).ToList();
        if (words.Count > MaxWorkWords)
        {
            words = words.GetRange(0, MaxWorkWords);
        }

        while (words.Count > 0 && TrailingWords.Contains(words[^1].Value.ToLowerInvariant(), StringComparer.Ordinal))
        {
            words.RemoveAt(words.Count - 1);
        }

        // A role on offer ("a Head of Marketplace role", "una vacante") is what they bring, not what they do.
        if (words.Count == 0 || !words.Any(w => w.Value.Count(char.IsLetter) >= 2) || Offer().IsMatch(folded[start..end]))
        {
            return null;
        }

        return (start + words[0].Index, start + words[^1].Index + words[^1].Length);
    }

    /// <summary><c>mi tienda</c> said back is <c>tu tienda</c>; <c>our agency</c>, <c>your agency</c>.</summary>
    private static string Possessive(RegexMatch match)
    {
        var word = match.Value;
        var said = word.ToLowerInvariant() switch
        {
            "mi" => "tu",
            "mis" => "tus",
            "my" or "our" => "your",
            var other when other.StartsWith("nuestr", StringComparison.Ordinal) => "vuestr" + other["nuestr".Length..],
            _ => word,
        };
        return char.IsUpper(word[0]) ? char.ToUpperInvariant(said[0]) + said[1..] : said;
    }

    [GeneratedRegex(@"\b(?:mi|mis|my|our|nuestr[oa]s?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecondPerson();

    [GeneratedRegex(@"\b(?:role|roles|position|positions|opening|openings|vacancy|vacancies|search|vacante|vacantes|posicion|puesto|proceso)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Offer();

    [GeneratedRegex(@"[\w'&+-]+", RegexOptions.CultureInvariant)]
    private static partial Regex Words();

    // Where the clause that says what they do ends: another clause ("y me encantaría", "and I'd love"), a reason, a time.
    [GeneratedRegex("""
        \s+(?:
          (?:y|e)\s+(?:me|te|nos|os|le|les|quiero|queria|quisiera|queremos|estoy|estamos|busco|buscamos|he|hemos|vi|veo|creo|pienso
            |tengo|tenemos|llevo|llevamos|soy|somos|trabajo|trabajamos|ando|estaria|seria|mi|mis|vamos|acabo|acabamos|ahora|por|desde
            |hace|ya|si|tambien|justo|podemos|puedo|ofrecemos|ayudamos|hago|hacemos|estaba|tenia|sigo|seguimos|colaboro|colaboramos
            |dirijo|gestiono|lidero|queremos|necesito|necesitamos)
          |and\s+(?:i|we|i'd|i'm|we're|we'd|i've|we've|would|thought|saw|noticed|love|loved|am|are|was|have|has|your|you|my|our|it
            |looking|so|now|also|just|came|found|follow|enjoyed|help|can|want|will|i'll|we'll|need|wanted|really|often|usually|always
            |sometimes|mostly|mainly|currently|work|run|build|lead|manage|write|teach|advise|support)
          |(?:y|e)\s+(?:asesoro|asesoramos|ayudo|ayudamos|escribo|doy|damos|imparto|organizo|colaboro|trabajo|llevo|gestiono|dirijo)
          |but|pero|so|asi\s+que|porque|because|que|that|who|which|where|donde|since|desde|durante|hace|looking|buscando|moving|during
          |researching|seeking|specialising|specializing|especializad[oa]s?|helping|working|currently|actualmente|exploring|studying
          |if|si|for\s+(?:the\s+)?(?:last|past|over|more\s+than|\d+)|con\s+(?:mas\s+de\s+)?\d+|with\s+(?:over\s+|more\s+than\s+)?\d+|-
        )(?=\W|$)
        """, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex ClauseEnd();

    // "trabajo en …", "me dedico a …", "llevo diez años en …", "I work in …", "I specialise in …".
    [GeneratedRegex("""
        (?:
          \b(?<!\b(?:busco|buscando|buscar|encontrar|un|nuevo|de|mi|tu|el|buen|sin|primer)\s)trabaj(?:o|amos)\s+(?:en|dentro\s+de)\s+
          |\b(?:estoy|estamos)\s+trabajando\s+en\s+
          |\bllev(?:o|amos)\s+(?:mas\s+de\s+)?(?:\w+\s+)?(?:anos|meses)\s+(?:trabajando\s+)?en\s+
          |\b(?:me|nos)\s+dedic(?:o|amos)\s+(?:al\s+|a\s+)
          |\b(?:i|we)\s+(?:currently\s+|mainly\s+|mostly\s+)?work\s+(?:in|on)\s+
          |\bi(?:'m|\s+am|'ve\s+been|\s+have\s+been)\s+working\s+(?:in|on)\s+
          |\bi\s+speciali[sz]e\s+in\s+
          |\bmy\s+(?:background|field|area)\s+is(?:\s+in)?\s+
        )
        """ + Rest, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex FieldWork();

    // "I work at …", "I work for …", "trabajo para …".
    [GeneratedRegex("""
        (?:
          \b(?:i|we)\s+(?:currently\s+)?work\s+(?:at|for)\s+
          |\bi(?:'m|\s+am)\s+(?:currently\s+)?working\s+(?:at|for)\s+
          |\btrabaj(?:o|amos)\s+para\s+
        )
        """ + Rest, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex EmployerWork();

    // "soy …" (not "soy Laura" nor "soy de Madrid"), "soy Laura, …", "trabajo como …", "I'm a …", "I'm Tom, a …", "I work as …".
    [GeneratedRegex("""
        (?:
          \bsoy\s+(?-i:\p{Lu}\p{Ll}+)(?:\s+(?-i:\p{Lu}\p{Ll}+)){0,2}\s*,\s*(?:y\s+)?(?:soy\s+)?
          |\bsoy\s+(?!(?-i:\p{Lu}\p{Ll}+)(?:\s+(?-i:\p{Lu}\p{Ll}+)){0,2}(?:\s*[,.!]|\s+y\s|\s*$))
            (?!(?:de|del|muy|tu|yo|un\s+gran|una\s+gran|gran|fan|seguidor|seguidora|nuev[oa]|la\s+persona|el\s+que|quien|consciente|parte|muchos|varios|todos)\b)
          |\btrabaj(?:o|amos)\s+(?:como|de)\s+(?!\d)
          |\bejerzo\s+(?:como|de)\s+
          |\bi(?:'m|\s+am)\s+(?-i:\p{Lu}\p{Ll}+)(?:\s+(?-i:\p{Lu}\p{Ll}+))?\s*,\s*(?=(?:a|an|the)\s)
          |\bi(?:'m|\s+am)\s+(?=(?:a|an|the)\s+(?!(?:big|huge|long-?time|great|massive)\s+(?:fan|admirer)|fan\b|follower\b|bit\b|little\b|pleasure\b|lot\b|person\s+who\b))
          |\bi(?:'m|\s+am)\s+(?=(?:founder|co-?founder|owner|ceo|cto|cmo|coo|head|director|partner)\s+(?:of|at)\s)
          |\bi\s+work\s+as\s+
          |\bas\s+(?=a\s+fellow\s)
          |\bsomos\s+(?=(?-i:\p{Ll})\w+s\s)(?!(?:muchos|pocos|varios|todos|vecinos|amigos)\b)
        )
        """ + Rest, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex RoleWork();

    // "tengo una tienda …", "dirijo una agencia …", "somos una agencia …", "I run a …", "we are an agency …".
    [GeneratedRegex("""
        (?:
          \b(?:dirijo|dirigimos|tengo|tenemos|llevo|llevamos|gestiono|gestionamos|funde|he\s+fundado|hemos\s+fundado|cofunde|lidero
            |lideramos|coordino|regento|monte|hemos\s+montado|he\s+montado)\s+
            (?=(?:un|una|unos|unas|el|la|los|las|mi|mis|nuestr[oa]s?)\s+
               (?!(?:pregunta|duda|propuesta|idea|consulta|oferta|oportunidad|vacante|posicion|puesto|tiempo|rato|ano|anos|mes|meses
                  |semana|semanas|dia|dias|momento|metodo|sistema|servicio|solucion|herramienta|plataforma|producto|par|poco|perfil)\b))
          |\bsomos\s+(?=(?:un|una|unos|unas)\s+(?!(?:gran|grupo\s+de\s+personas|poco)\b))
          |\b(?:i|we)\s+(?:run|own|manage|lead|head|operate|founded|co-?founded|started|built|launched|have)\s+
            (?=(?:a|an|the|my|our)\s+
               (?!(?:question|quick|proposal|idea|offer|opportunity|opening|role|position|vacancy|few|couple|lot|great|solution|product
                  |tool|platform|service|services|client|customer|chance|exciting|interesting|amazing|open|new\s+(?:role|position))\b))
          |\bwe(?:'re|\s+are)\s+(?=(?:a|an)\s+(?!(?:team\s+of|group\s+of|bit|little|lot)\b))
        )
        """ + Rest, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex BusinessWork();

    [GeneratedRegex("""
        \b(?:i'm|i\s+am|i've\s+been|currently|actively|now)\s+(?:\w+\s+)?(?:looking|searching|seeking|hunting)\s+for\s+
            (?:a\s+|an\s+|my\s+(?:first\s+|next\s+)?|new\s+|some\s+)?(?:[\w-]+\s+){0,3}?(?:job|jobs|role|roles|position|positions|opportunit(?:y|ies)|work|employment|internship)\b
        |\blooking\s+for\s+my\s+(?:first|next)\s+(?:[\w-]+\s+)?(?:job|role|position|opportunity)\b
        |\b(?:exploring|seeking|on\s+the\s+lookout\s+for)\s+(?:new\s+|junior\s+|senior\s+)?(?:roles|opportunities|positions|jobs)\b
        |\bformar\s+parte\s+de\s+tu\s+equipo\b|\b(?:disponible|incorporacion)\s+(?:de\s+)?inmediat[oa]\b|\bavailable\s+immediately\b
        |\b(?:i'm|i\s+am)\s+(?:\w+\s+)?open\s+to\s+(?:work|new\s+(?:roles|opportunities|positions))\b
        |\#?\bopen\s*to\s*work\b
        |\bjob\s+(?:hunting|search(?:ing)?|seeker)\b
        |\bbetween\s+jobs\b|\b(?:recently|just\s+been|was|been)\s+(?:recently\s+)?laid\s+off\b|\blost\s+my\s+job\b
        |\bbusc(?:o|ando)\s+(?:[\w-]+\s+){0,2}?(?:trabajo|empleo|oportunidades|oportunidad|reto|retos|puesto|practicas)\b(?!\s+de\s+(?:negocio|colaboracion))
        |\ben\s+(?:busqueda|busca)\s+(?:activa\s+)?(?:de\s+)?(?:empleo|trabajo|oportunidades)\b
        |\bdesemplead[oa]\b|\ben\s+paro\b|\bme\s+he\s+quedado\s+sin\s+(?:trabajo|empleo)\b
        |\b(?:alguna|algun)\s+(?:vacante|oferta|puesto|oportunidad)\b
        |\b(?:any|some)\s+(?:openings|vacancies|job\s+leads)\b|\bif\s+you\s+hear\s+of\s+anything\b
        """, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex JobSeekerCues();

    [GeneratedRegex("""
        \b(?:recruiter|recruiters|recruiting|reclutador(?:a|es)?|reclutamiento|headhunter|head\s+hunter|headhunting|talent\s+(?:acquisition|partner|scout)
            |seleccion\s+de\s+personal|tecnic[oa]\s+de\s+seleccion|consultor[a]?\s+de\s+seleccion|proceso\s+de\s+seleccion)\b
        |\b(?:we're|we\s+are|i'm|i\s+am|estamos)\s+(?:currently\s+)?(?:hiring|contratando|incorporando)\b|\bhiring\s+(?:for|a|an)\b
        |\b(?:a|an|the|this|one|open|new|exciting|senior|junior)\s+(?:[\w-]+\s+){0,4}?(?:role|roles|position|positions|opening|openings|vacancy|vacancies)\b(?!\s+of\b)
        |\b(?:job|career|exciting|role)\s+opportunit(?:y|ies)\b
        |\b(?:vacante|vacantes|oferta\s+de\s+(?:empleo|trabajo)|posicion\s+de|puesto\s+de|una\s+posicion|nueva\s+posicion)\b
        |\boportunidad(?:es)?\s+(?:laboral(?:es)?|profesional(?:es)?|de\s+empleo|de\s+trabajo)\b
        |\bnuevos?\s+retos?\s+profesional(?:es)?\b
        |\b(?:tu|your)\s+(?:perfil|profile|background|experience)\s+(?:\w+\s+){0,3}?(?:encaja|encajaria|fits?|matches|match|is\s+a\s+(?:great|perfect|good)\s+fit|looks\s+like\s+a\s+(?:great|perfect|good)\s+fit)\b
        |\bun\s+perfil\s+como\s+el\s+tuyo\b|\bsomeone\s+with\s+your\s+(?:profile|background|experience)\b
        |\bare\s+you\s+(?:currently\s+)?open\s+to\b|\b(?:estarias|estas)\s+abiert[oa]\s+a\b
        |\bjoin\s+(?:our|the)\s+team\b|\b(?:unirte|incorporarte)\s+a\s+(?:nuestro|un)\s+equipo\b
        |\b(?:salary|salario|banda\s+salarial|compensation\s+package)\b
        |\b(?:sourcer|sourcing\s+partner)\b|\b(?:confidential|retained|executive)\s+search\b|\b(?:our|nuestro)\s+client[e]?\b
        |\bequipo\s+de\s+talento\b|\bproceso\s+abierto\b|\bcontar\s+contigo\s+para\b
        |\b(?:tu|your)\s+(?:perfil|profile|background|experience)\s+(?:stood\s+out|caught\s+my\s+eye|me\s+ha\s+llamado)\b
        """, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex RecruiterCues();

    // The cues of a sales pitch, in two patterns (see FirstMatches): "we help brands like yours", "ofrecemos", a demo ...
    [GeneratedRegex("""
        \bwe\s+help\s+(?:[\w-]+\s+){0,3}?(?:companies|brands|businesses|stores|shops|teams|agencies|retailers|founders|merchants|sellers)\b
        |\b(?:companies|brands|businesses|stores|shops|retailers)\s+like\s+yours\b
        |\b(?:empresas|marcas|tiendas|negocios|comercios)\s+como\s+(?:la\s+|el\s+)?tuy[oa]\b
        |\bour\s+(?:agency|team|platform|solution|software|tool|app|service|services|company|product|studio)\s+(?:\w+\s+){0,2}?(?:can|helps?|offers?|will|allows?|lets?|makes?|delivers?|builds?|handles?|creates?|gets?)\b
        |\bwe\s+(?:offer|provide)\b|\b(?:ofrecemos|ofrezco)\b
        |\bnuestr[oa]s?\s+(?:servicios?|solucion(?:es)?|plataforma|herramienta|agencia|software|producto|equipo)\s+(?:\w+\s+){0,2}?(?:puede|pueden|ayuda|ayudan|ofrece|permite)\b
        |\b(?:te|le|os)\s+(?:puedo|podemos|podria|podriamos)\s+ayudar\b|\b(?:podemos|puedo|podriamos)\s+ayudar(?:te|os|le)\b
        |\bayudamos\s+a\s+(?:[\w-]+\s+){0,2}?(?:empresas|marcas|tiendas|negocios|ecommerce|e-commerce|comercios)\b
        |\b(?:una|a|quick|short|free|personali[sz]ed|\d+[-\s]?min(?:ute)?s?)\s+demo\b|\b(?:book|schedule|set\s+up)\s+(?:a|an|\d+)\s|\bcan\s+i\s+book\b
        |\b(?:te|le|os)\s+interesaria\s+(?:una\s+demo|conocer|saber|probar|mejorar|recibir|una\s+auditoria|una\s+propuesta|nuestr)
        """, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex SalesCues();

    // ... a free audit, more sales, a case study, pricing.
    [GeneratedRegex("""
        \bwould\s+you\s+be\s+interested\s+in\b|\binterested\s+in\s+a\s+(?:free|quick|short|demo)\b
        |\b(?:free|gratuitas?|gratis)\s+(?:audit|audits|auditoria|auditorias|trial|prueba|consultation|consulta|analisis|report|strategy\s+session|session)\b
        |\b(?:auditoria|auditorias|analisis|consulta|demo)\s+(?:seo\s+)?(?:gratuitas?|gratis|sin\s+compromiso)\b
        |\b(?:increase|boost|grow|double|triple|improve)\s+your\s+(?:sales|revenue|traffic|conversions?|leads|roas|email\s+revenue|results)\b
        |\b(?:aumentar|mejorar|multiplicar|disparar|duplicar)\s+(?:tus|sus|vuestras?|vuestros)\s+(?:ventas|conversiones|leads|resultados|ingresos)\b
        |\b(?:show\s+you\s+how|te\s+cuento\s+como|te\s+cuente\s+como|mostrarte\s+como|ensenarte\s+como)\b
        |\bcase\s+study\b|\bcaso\s+de\s+exito\b|\bpartners\s+oficiales\b|\bofficial\s+partners?\b
        |\b(?:te|os)\s+propongo\s+una\s+llamada\b|\b(?:te|os)\s+ayudamos\b|\bworth\s+a\s+(?:quick\s+)?\d+[-\s]?min|\bcan\s+we\s+show\s+you\b
        |\b(?:send|share)\s+(?:you\s+)?(?:pricing|our\s+rates|a\s+proposal)\b|\bquick\s+wins\b
        |\bwe\s+(?:automate|build|design|create|manage|handle|run|grow|scale)\s+(?:[\w$+-]+\s+){0,3}?for\s+(?:brands|companies|stores|businesses|agencies|shops|retailers|merchants)\b|\bcut\s+(?:your\s+)?(?:shipping\s+)?costs\b|\breducir\s+(?:tus|vuestros)\s+costes\b
        """, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex MoreSalesCues();

    [GeneratedRegex("""
        \bme\s+(?:gustaria|encantaria)\s+conectar\b|\bencantad[oa]\s+de\s+conectar\b|\bun\s+placer\s+conectar\b|\blet's\s+connect\b
        |\b(?:would|i'd)\s+love\s+to\s+(?:connect|meet|chat|stay\s+in\s+touch)\b|\b(?:happy|great)\s+to\s+connect\b
        |\bte\s+sigo\b|\bsigo\s+tus?\b|\bi\s+follow\s+your\b
        |\b(?:loved|enjoyed|read|liked|saw)\s+your\s+(?:post|article|talk|webinar|newsletter)\b
        |\b(?:lei|vi|escuche)\s+tu\s+(?:charla|post|articulo|publicacion|webinar|newsletter)\b
        |\bintercambiar\s+(?:ideas|experiencias)\b|\bexchange\s+ideas\b|\bfellow\b|\bcoincidimos\b|\bnos\s+conocimos\b
        |\bgreat\s+meeting\s+you\b|\bsigamos\s+en\s+contacto\b|\bstay\s+in\s+touch\b|\bhablamos\b
        """, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex PeerCues();
}
