using Playbook.Engine.Configuration;
using Playbook.Engine.Contacts;
using Playbook.Engine.Events;
using Playbook.Engine.Import.Writing;
using Playbook.Engine.Playbooks.Loading;
using Playbook.Engine.Text;
using Playbook.Engine.Time;
using Playbook.Engine.Yaml;
using YamlDotNet.RepresentationModel;

namespace Playbook.Engine.Testing;

/// <summary>
/// Reads a playbook test file (<c>NAME.test.yaml</c>) through the guarded YAML reader, reporting every mistake at its
/// line and column at once: an unknown key (with a did-you-mean), a contact the file never defined, a clock that goes
/// backwards, a duration or an instant that cannot be read.
/// </summary>
internal static class TestFileReader
{
    /// <summary>The instant a test starts at when neither it nor its file says: a Monday morning, the same for everyone.</summary>
    public static readonly DateTimeOffset DefaultStart = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    private static readonly string[] FileKeys = ["schema", "me", "start", "contacts", "tests"];
    private static readonly string[] MeProfileKeys = ["first_name", "last_name", "headline", "location", "skills", "positions", "schools"];
    private static readonly string[] MeConfigKeys = ["goals", "languages", "interests", "signature"];
    private static readonly string[] ContactKeys =
    [
        "first_name", "last_name", "headline", "company", "position", "location", "profile_url", "emails", "tags", "stage", "notes",
        "about", "skills", "languages", "positions", "schools",
    ];
    private static readonly string[] PositionKeys = ["company", "title", "start", "end", "location"];
    private static readonly string[] SchoolKeys = ["name", "degree", "start", "end"];
    private static readonly string[] LanguageKeys = ["name", "proficiency"];
    private static readonly string[] TestKeys = ["name", "start", "events", "steps"];
    private static readonly string[] EventKeys = ["contact", "kind", "at", "ago", "body", "channel"];

    /// <summary>Reads <paramref name="source"/>; its problems are in the result, never thrown.</summary>
    public static PlaybookTestFile Read(PlaybookSource source)
    {
        var yaml = YamlReader.Read(source.File, source.Content.Span);
        var read = new TestYaml(yaml.Problems);
        var me = new MeProfile();
        var contacts = new List<TestContact>();
        var tests = new List<PlaybookTestCase>();
        if (yaml.Root is { } root && read.Keys(root, FileKeys, "a test file") is { } keys)
        {
            if (keys["schema"] is { } schema && read.Text(schema, "'schema'") is { } version && version != "1")
            {
                read.Problems.Add(schema, $"schema {version} is not known to this build; write 'schema: 1'");
            }

            var start = keys["start"] is { } startNode ? read.Instant(startNode, "'start'") ?? DefaultStart : DefaultStart;
            if (keys["me"] is { } meNode)
            {
                me = ReadMe(meNode, read);
            }

            if (keys["contacts"] is { } contactsNode)
            {
                contacts.AddRange(ReadContacts(contactsNode, read));
            }

            keys.Require("tests", "a test file needs 'tests:', a list of tests; see 'playbook new test NAME' for a starter");
            if (keys["tests"] is { } testsNode && read.Sequence(testsNode, "'tests'") is { } list)
            {
                var names = contacts.Select(c => c.Key).ToList();
                var steps = new TestStepReader(read, names);
                foreach (var item in list.Children)
                {
                    if (ReadTest(item, read, steps, names, start, tests) is { } test)
                    {
                        tests.Add(test);
                    }
                }
            }
        }
        else if (yaml.IsRead && yaml.Root is null)
        {
            read.Problems.AddForFile("the file is empty; a test file needs 'contacts:' and 'tests:'; see 'playbook new test NAME' for a starter");
        }

        return new PlaybookTestFile(source.File, me, contacts, tests, yaml.Problems.InOrder());
    }

    private static MeProfile ReadMe(YamlNode node, TestYaml read)
    {
        if (read.Keys(node, [.. MeProfileKeys, .. MeConfigKeys], "'me'") is not { } keys)
        {
            return new MeProfile();
        }

        var me = new MeProfile
        {
            FirstName = Optional(keys["first_name"], read, "'first_name'"),
            LastName = Optional(keys["last_name"], read, "'last_name'"),
            Headline = Optional(keys["headline"], read, "'headline'"),
            Location = Optional(keys["location"], read, "'location'"),
            Skills = [.. read.Texts(keys["skills"], "a skill").Select(s => s.Value)],
            Positions = keys["positions"] is { } positions ? ReadPositions(positions, read) : [],
            Schools = keys["schools"] is { } schools ? ReadSchools(schools, read) : [],
        };

        // Goals, languages, interests and the signature are written as in config.yaml, and read by its reader.
        var settings = new YamlMappingNode();
        foreach (var (key, value) in keys.Node.Children)
        {
            if (key is YamlScalarNode { Value: { } name } && MeConfigKeys.Contains(name, StringComparer.Ordinal))
            {
                settings.Add(key, value);
            }
        }

        return ConfigLoader.ParseMe(settings, read.Problems, PlaybookConfig.Empty).ApplyTo(me);
    }

    private static List<TestContact> ReadContacts(YamlNode node, TestYaml read)
    {
        var contacts = new List<TestContact>();
        if (node is not YamlMappingNode mapping)
        {
            read.Problems.Add(node, $"'contacts' should be a mapping of names to contacts (maria: {{ first_name: María }}), not {YamlReader.Describe(node)}");
            return contacts;
        }

        foreach (var (keyNode, value) in mapping.Children)
        {
            if (read.Text(keyNode, "a contact's name") is not { } key || read.Keys(value, ContactKeys, $"contact '{key}'") is not { } keys)
            {
                continue;
            }

            var stage = Optional(keys["stage"], read, "'stage'");
            if (stage is not null && !Stages.IsKnown(stage))
            {
                read.Problems.Add(keys["stage"]!, DidYouMean.Unknown("stage", stage, Stages.All, "stages are"));
                stage = null;
            }

            var facts = new ContactFacts
            {
                FirstName = Optional(keys["first_name"], read, "'first_name'"),
                LastName = Optional(keys["last_name"], read, "'last_name'"),
                Headline = Optional(keys["headline"], read, "'headline'"),
                Company = Optional(keys["company"], read, "'company'"),
                Position = Optional(keys["position"], read, "'position'"),
                Location = Optional(keys["location"], read, "'location'"),
                ProfileUrl = Optional(keys["profile_url"], read, "'profile_url'"),
                Notes = Optional(keys["notes"], read, "'notes'"),
                Emails = [.. read.Texts(keys["emails"], "an email").Select(e => e.Value)],
                Tags = [.. read.Texts(keys["tags"], "a tag").Select(t => t.Value)],
                Stage = stage,
            };
            if (!facts.IdentifiesSomeone)
            {
                read.Problems.Add(value, $"contact '{key}' needs a first_name, a profile_url or an email");
            }

            var about = Optional(keys["about"], read, "'about'");
            var skills = read.Texts(keys["skills"], "a skill").Select(s => s.Value).ToList();
            var languages = keys["languages"] is { } languageNode ? ReadLanguages(languageNode, read) : [];
            var positions = keys["positions"] is { } positionNode ? ReadPositions(positionNode, read) : [];
            var schools = keys["schools"] is { } schoolNode ? ReadSchools(schoolNode, read) : [];
            var profile = about is null && skills.Count == 0 && languages.Count == 0 && positions.Count == 0 && schools.Count == 0
                ? null
                : new Profile
                {
                    FullName = facts.FullName.Length > 0 ? facts.FullName : key,
                    Headline = facts.Headline,
                    Location = facts.Location,
                    About = about,
                    ProfileUrl = facts.ProfileUrl,
                    Emails = facts.Emails,
                    Positions = positions,
                    Schools = schools,
                    Skills = skills,
                    Languages = languages,
                };
            contacts.Add(new TestContact(key, read.At(keyNode), facts, profile));
        }

        return contacts;
    }

    private static List<Position> ReadPositions(YamlNode node, TestYaml read)
    {
        var positions = new List<Position>();
        foreach (var item in read.Sequence(node, "'positions'")?.Children ?? [])
        {
            if (read.Keys(item, PositionKeys, "a position") is not { } keys)
            {
                continue;
            }

            keys.Require("company", "a position needs a 'company'");
            if (keys["company"] is { } company && read.Text(company, "'company'") is { } name)
            {
                positions.Add(new Position(name, Optional(keys["title"], read, "'title'"), Date(keys["start"], read), Date(keys["end"], read), Optional(keys["location"], read, "'location'")));
            }
        }

        return positions;
    }

    private static List<School> ReadSchools(YamlNode node, TestYaml read)
    {
        var schools = new List<School>();
        foreach (var item in read.Sequence(node, "'schools'")?.Children ?? [])
        {
            if (read.Keys(item, SchoolKeys, "a school") is not { } keys)
            {
                continue;
            }

            keys.Require("name", "a school needs a 'name'");
            if (keys["name"] is { } nameNode && read.Text(nameNode, "'name'") is { } name)
            {
                schools.Add(new School(name, Optional(keys["degree"], read, "'degree'"), Date(keys["start"], read)?.Year, Date(keys["end"], read)?.Year));
            }
        }

        return schools;
    }

    private static List<Language> ReadLanguages(YamlNode node, TestYaml read)
    {
        var languages = new List<Language>();
        foreach (var item in read.Sequence(node, "'languages'")?.Children ?? [])
        {
            if (item is YamlScalarNode && read.Text(item, "a language") is { } name)
            {
                languages.Add(new Language(name, null));
            }
            else if (item is not YamlScalarNode && read.Keys(item, LanguageKeys, "a language") is { } keys)
            {
                keys.Require("name", "a language needs a 'name'");
                if (keys["name"] is { } nameNode && read.Text(nameNode, "'name'") is { } named)
                {
                    languages.Add(new Language(named, Optional(keys["proficiency"], read, "'proficiency'")));
                }
            }
        }

        return languages;
    }

    private static PartialDate? Date(YamlNode? node, TestYaml read)
    {
        if (node is null || read.Text(node, "a date") is not { } text)
        {
            return null;
        }

        if (PartialDate.Parse(text) is { } date)
        {
            return date;
        }

        read.Problems.Add(node, $"'{text}' is not a year or a month such as 2019 or 2019-03");
        return null;
    }

    private static PlaybookTestCase? ReadTest(YamlNode node, TestYaml read, TestStepReader steps, IReadOnlyList<string> contacts, DateTimeOffset fileStart, List<PlaybookTestCase> earlier)
    {
        if (read.Keys(node, TestKeys, "a test") is not { } keys)
        {
            return null;
        }

        keys.Require("name", "a test needs a 'name' that says what it shows, such as 'a welcome to an invitation with a note'");
        var name = keys["name"] is { } nameNode ? read.Text(nameNode, "'name'") : null;
        if (name is not null && earlier.Any(t => t.Name == name))
        {
            read.Problems.Add(keys["name"]!, $"another test of this file is named '{name}'; give each test its own name");
        }

        var start = keys["start"] is { } startNode ? read.Instant(startNode, "'start'") ?? fileStart : fileStart;
        var events = new List<TestEvent>();
        foreach (var item in keys["events"] is { } eventsNode ? read.Sequence(eventsNode, "'events'")?.Children ?? [] : [])
        {
            if (ReadEvent(item, read, contacts, start, logged: false) is { } added)
            {
                events.Add(added);
            }
        }

        keys.Require("steps", "a test needs 'steps:', such as '- run:' with an 'expect:'");
        var list = keys["steps"] is { } stepsNode ? steps.Read(stepsNode, start) : [];
        return name is null ? null : new PlaybookTestCase(name, read.At(node), start, events, list);
    }

    /// <summary>
    /// An event: before the test's steps (<paramref name="logged"/> false: at its <c>at</c>, <c>ago</c> before the start,
    /// or the start) or logged by a step (at the clock's time; <c>at</c> and <c>ago</c> are not allowed).
    /// </summary>
    internal static TestEvent? ReadEvent(YamlNode node, TestYaml read, IReadOnlyList<string> contacts, DateTimeOffset start, bool logged)
    {
        if (read.Keys(node, EventKeys, "an event") is not { } keys)
        {
            return null;
        }

        keys.Require("contact", "an event needs the 'contact' it happened with, by its name under 'contacts:'");
        keys.Require("kind", $"an event needs a 'kind': one of {TestYaml.Join(EventKinds.Loggable)}");
        var contact = Contact(keys["contact"], read, contacts);
        var kind = keys["kind"] is { } kindNode ? read.Text(kindNode, "'kind'") : null;
        if (kind is not null && !EventKinds.Loggable.Contains(kind, StringComparer.Ordinal))
        {
            read.Problems.Add(keys["kind"]!, DidYouMean.Unknown("event kind", kind, EventKinds.Loggable, "kinds are"));
            kind = null;
        }

        DateTimeOffset? at = start;
        if (logged && (keys.KeyNode("at") ?? keys.KeyNode("ago")) is { } timed)
        {
            read.Problems.Add(timed, "an event a step logs happens at the clock's time; move the clock with 'after:' or 'at:' on the step");
        }
        else if (keys["at"] is { } atNode && read.Instant(atNode, "'at'") is { } instant)
        {
            at = instant;
            if (instant > start)
            {
                read.Problems.Add(atNode, $"this event is after the test starts ({TestYaml.Instant(start)}); log it with an 'event:' step once the clock is there");
            }
        }
        else if (keys["ago"] is { } agoNode && read.Duration(agoNode, "'ago'") is { } ago)
        {
            at = Instants.Minus(start, ago);
        }

        var body = Optional(keys["body"], read, "'body'");
        var channel = Optional(keys["channel"], read, "'channel'") ?? (kind is not null && EventKinds.DirectionOf(kind) is not null ? "linkedin" : null);
        return contact is null || kind is null ? null : new TestEvent(read.At(node), contact, kind, logged ? null : at, body, channel);
    }

    /// <summary>A contact named under <c>contacts:</c>; any other name is a problem with a did-you-mean.</summary>
    internal static string? Contact(YamlNode? node, TestYaml read, IReadOnlyList<string> contacts)
    {
        if (node is null || read.Text(node, "'contact'") is not { } name)
        {
            return null;
        }

        if (contacts.Contains(name, StringComparer.Ordinal))
        {
            return name;
        }

        read.Problems.Add(node, contacts.Count == 0
            ? $"unknown contact '{name}': the file defines none; define it under 'contacts:'"
            : DidYouMean.Suggest(name, contacts) is { } suggestion
                ? $"unknown contact '{name}'. Did you mean '{suggestion}'?"
                : $"unknown contact '{name}'; define it under 'contacts:' (the file's contacts are {DidYouMean.Quoted(contacts)})");
        return null;
    }

    private static string? Optional(YamlNode? node, TestYaml read, string what) => node is null ? null : read.Text(node, what);
}
