using Playbook.Engine.Events;
using Playbook.Engine.Runs;
using Playbook.Engine.Text;
using Playbook.Engine.Time;
using Playbook.Engine.Yaml;
using YamlDotNet.RepresentationModel;

namespace Playbook.Engine.Testing;

/// <summary>Reads a test's steps and their expectations, following the clock so that a step going back in time is a problem.</summary>
internal sealed class TestStepReader(TestYaml read, IReadOnlyList<string> contacts)
{
    private static readonly string[] StepKeys = ["after", "at", .. TestActions.All, "expect"];
    private static readonly string[] SelectorKeys = ["playbook", "step", "contact"];
    private static readonly string[] ReplyKeys = ["contact", "body", "channel"];
    private static readonly string[] ExpectKeys = ["drafts", "tasks", "contacts", "runs"];
    private static readonly string[] DraftKeys = ["playbook", "step", "contact", "template", "variant", "language", "channel", "contains", "not_contains"];
    private static readonly string[] TaskKeys = ["playbook", "contact", "contains", "due_in"];
    private static readonly string[] ContactKeys = ["tags", "not_tags", "stage"];
    private static readonly string[] RunKeys = ["playbook", "contact", "state", "step", "wake_in"];
    private static readonly string[] States = [.. RunStates.All, RunExpectation.None];

    public List<TestStep> Read(YamlNode node, DateTimeOffset start)
    {
        var steps = new List<TestStep>();
        var clock = start;
        foreach (var item in read.Sequence(node, "'steps'")?.Children ?? [])
        {
            if (Step(item, ref clock) is { } step)
            {
                steps.Add(step);
            }
        }

        return steps;
    }

    private TestStep? Step(YamlNode node, ref DateTimeOffset clock)
    {
        if (read.Keys(node, StepKeys, "a step") is not { } keys)
        {
            return null;
        }

        var step = new TestStep { Where = read.At(node) };
        if (keys["after"] is { } after && read.Duration(after, "'after'") is { } span)
        {
            step = step with { After = span };
            clock = Instants.Plus(clock, span);
        }

        if (keys["at"] is { } atNode && read.Instant(atNode, "'at'") is { } at)
        {
            if (keys.Has("after"))
            {
                read.Problems.Add(atNode, "a step moves the clock by 'after:' or to 'at:', not both");
            }
            else if (at < clock)
            {
                read.Problems.Add(atNode, $"time goes backwards: {TestYaml.Instant(at)} is before the clock's time here ({TestYaml.Instant(clock)}); a test's clock only moves on");
            }
            else
            {
                step = step with { At = at };
                clock = at;
            }
        }

        var actions = TestActions.All.Where(keys.Has).ToList();
        foreach (var extra in actions.Skip(1))
        {
            read.Problems.Add(keys.KeyNode(extra)!, $"a step does one thing, and this one does '{actions[0]}' already; give '{extra}' a step of its own");
        }

        if (actions.Count > 0)
        {
            var action = actions[0];
            var value = keys[action]!;
            step = step with { Action = action, ActionAt = read.At(keys.KeyNode(action)!) };
            switch (action)
            {
                case TestActions.Run:
                    step = step with { Playbooks = Playbooks(value) };
                    break;
                case TestActions.Tick:
                    Nothing(value, action);
                    break;
                case TestActions.Sent or TestActions.Discard:
                    step = step with { Draft = Selector(value, action) };
                    break;
                case TestActions.Event:
                    step = step with { Event = TestFileReader.ReadEvent(value, read, contacts, clock, logged: true) };
                    break;
                default:
                    step = step with { Event = Reply(value) };
                    break;
            }
        }

        if (keys["expect"] is { } expect)
        {
            step = step with { Expect = Expectations(expect) };
        }

        // A step whose only key is misspelt ('tik') has had its problem said.
        if (actions.Count == 0 && !keys.Has("expect") && !keys.Has("after") && !keys.Has("at") && !StepKeys.Any(keys.WasSuggested))
        {
            read.Problems.Add(node, $"a step should do something ({TestYaml.Join(TestActions.All)}), move the clock (after, at) or 'expect:'");
        }

        return step;
    }

    private void Nothing(YamlNode value, string action)
    {
        if (value is not YamlScalarNode scalar || !YamlReader.IsNull(scalar))
        {
            read.Problems.Add(value, $"'{action}:' takes nothing; write '- {action}:' alone");
        }
    }

    private List<string> Playbooks(YamlNode value) =>
        value is YamlScalarNode scalar && YamlReader.IsNull(scalar) ? [] : [.. read.Texts(value, "a playbook's name").Select(p => p.Value)];

    /// <summary><c>sent: nudge</c>, <c>sent: welcome/nudge</c> or <c>sent: { playbook: welcome, step: nudge, contact: maria }</c>.</summary>
    private DraftSelector? Selector(YamlNode value, string action)
    {
        if (value is YamlScalarNode scalar && YamlReader.IsNull(scalar))
        {
            return new DraftSelector(read.At(value), null, null, null);
        }

        if (value is YamlScalarNode)
        {
            if (read.Text(value, $"'{action}'") is not { } text)
            {
                return null;
            }

            var slash = text.IndexOf('/', StringComparison.Ordinal);
            return slash < 0
                ? new DraftSelector(read.At(value), null, text, null)
                : new DraftSelector(read.At(value), text[..slash], text[(slash + 1)..], null);
        }

        if (read.Keys(value, SelectorKeys, $"'{action}'") is not { } keys)
        {
            return null;
        }

        return new DraftSelector(
            read.At(value),
            keys["playbook"] is { } playbook ? read.Text(playbook, "'playbook'") : null,
            keys["step"] is { } step ? read.Text(step, "'step'") : null,
            TestFileReader.Contact(keys["contact"], read, contacts));
    }

    private TestEvent? Reply(YamlNode value)
    {
        if (read.Keys(value, ReplyKeys, "a reply") is not { } keys)
        {
            return null;
        }

        keys.Require("contact", "a reply needs the 'contact' who wrote it");
        var contact = TestFileReader.Contact(keys["contact"], read, contacts);
        var body = keys["body"] is { } bodyNode ? read.Text(bodyNode, "'body'") : null;
        var channel = keys["channel"] is { } channelNode ? read.Text(channelNode, "'channel'") : null;
        return contact is null ? null : new TestEvent(read.At(value), contact, EventKinds.MessageReceived, null, body, channel ?? "linkedin");
    }

    private TestExpectations? Expectations(YamlNode node)
    {
        if (read.Keys(node, ExpectKeys, "'expect'") is not { } keys)
        {
            return null;
        }

        var expect = new TestExpectations();
        if (keys["drafts"] is { } drafts)
        {
            expect = expect with { Drafts = List(drafts, "'drafts'", Draft), DraftsAt = read.At(keys.KeyNode("drafts")!) };
        }

        if (keys["tasks"] is { } tasks)
        {
            expect = expect with { Tasks = List(tasks, "'tasks'", Task), TasksAt = read.At(keys.KeyNode("tasks")!) };
        }

        if (keys["runs"] is { } runs)
        {
            expect = expect with { Runs = List(runs, "'runs'", Run) };
        }

        if (keys["contacts"] is { } contactsNode)
        {
            expect = expect with { Contacts = Contacts(contactsNode) };
        }

        return expect;
    }

    private List<T> List<T>(YamlNode node, string what, Func<YamlNode, T?> item)
        where T : class =>
        [.. (read.Sequence(node, what)?.Children ?? []).Select(item).OfType<T>()];

    private DraftExpectation? Draft(YamlNode node)
    {
        if (read.Keys(node, DraftKeys, "an expected draft") is not { } keys)
        {
            return null;
        }

        return new DraftExpectation
        {
            At = read.At(node),
            Playbook = read.Located(keys["playbook"], "'playbook'"),
            Step = read.Located(keys["step"], "'step'"),
            Contact = LocatedContact(keys["contact"]),
            Template = read.Located(keys["template"], "'template'"),
            Variant = read.Located(keys["variant"], "'variant'"),
            Language = read.Located(keys["language"], "'language'"),
            Channel = read.Located(keys["channel"], "'channel'"),
            Contains = read.Texts(keys["contains"], "'contains'"),
            NotContains = read.Texts(keys["not_contains"], "'not_contains'"),
        };
    }

    private TaskExpectation? Task(YamlNode node)
    {
        if (read.Keys(node, TaskKeys, "an expected task") is not { } keys)
        {
            return null;
        }

        return new TaskExpectation
        {
            At = read.At(node),
            Playbook = read.Located(keys["playbook"], "'playbook'"),
            Contact = LocatedContact(keys["contact"]),
            Contains = read.Texts(keys["contains"], "'contains'"),
            DueIn = read.LocatedDuration(keys["due_in"], "'due_in'"),
        };
    }

    private RunExpectation? Run(YamlNode node)
    {
        if (read.Keys(node, RunKeys, "an expected run") is not { } keys)
        {
            return null;
        }

        keys.Require("playbook", "an expected run needs the 'playbook' it is of");
        var state = read.Located(keys["state"], "'state'");
        if (state is not null && !States.Contains(state.Value, StringComparer.Ordinal))
        {
            read.Problems.Add(keys["state"]!, DidYouMean.Unknown("run state", state.Value, States, "states are"));
            state = null;
        }

        return read.Located(keys["playbook"], "'playbook'") is { } playbook
            ? new RunExpectation
            {
                At = read.At(node),
                Playbook = playbook,
                Contact = LocatedContact(keys["contact"]),
                State = state,
                Step = read.Located(keys["step"], "'step'"),
                WakeIn = read.LocatedDuration(keys["wake_in"], "'wake_in'"),
            }
            : null;
    }

    private List<ContactExpectation> Contacts(YamlNode node)
    {
        var expected = new List<ContactExpectation>();
        if (node is not YamlMappingNode mapping)
        {
            read.Problems.Add(node, $"'contacts' should map contacts' names to what they must be (maria: {{ tags: [low-fit] }}), not {YamlReader.Describe(node)}");
            return expected;
        }

        foreach (var (keyNode, value) in mapping.Children)
        {
            if (LocatedContact(keyNode) is not { } contact || read.Keys(value, ContactKeys, $"what contact '{contact.Value}' must be") is not { } keys)
            {
                continue;
            }

            expected.Add(new ContactExpectation
            {
                Contact = contact,
                Tags = read.Texts(keys["tags"], "a tag"),
                NotTags = read.Texts(keys["not_tags"], "a tag"),
                Stage = read.Located(keys["stage"], "'stage'"),
            });
        }

        return expected;
    }

    private Located<string>? LocatedContact(YamlNode? node) =>
        node is not null && TestFileReader.Contact(node, read, contacts) is { } name ? new Located<string>(name, read.At(node)) : null;
}
