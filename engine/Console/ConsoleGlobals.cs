using Playbook.Engine.Analysis;
using Playbook.Engine.Catalog;
using Playbook.Engine.Contacts;
using Playbook.Engine.Events;
using Playbook.Engine.Languages;
using Playbook.Engine.Runs;
using Playbook.Engine.Store;
using Playbook.Engine.Templates;

namespace Playbook.Engine.Console;

/// <summary>
/// What an entry of <c>playbook console</c> sees by name: the store's tables as sequences LINQ queries
/// (<see cref="Contacts"/>, <see cref="Events"/>, <see cref="Drafts"/>, <see cref="Runs"/>, <see cref="Tasks"/>), the
/// me-profile, the clock, and the engine's own ways of looking at a contact: <see cref="Analyse"/>, <see cref="Eval"/>
/// (a <c>when:</c> as a playbook evaluates it) and <see cref="Render"/> (a template as a draft renders it). Nothing here
/// changes the store, which the console opens for reading only.
/// </summary>
public sealed class ConsoleGlobals
{
    private readonly ContactStore _store;
    private readonly Lazy<PlaybookCatalog> _catalog;
    private readonly ConditionTrial _conditions;

    /// <summary>
    /// The globals over <paramref name="store"/>, with the me-profile <paramref name="me"/> (config.yaml laid over the
    /// stored one) and the clock <paramref name="now"/>; <paramref name="catalog"/> loads the playbooks and templates
    /// the first time a template is rendered; <see cref="Eval"/> compiles its conditions in <paramref name="conditions"/>,
    /// which the caller disposes.
    /// </summary>
    public ConsoleGlobals(ContactStore store, MeProfile me, DateTimeOffset now, Func<PlaybookCatalog> catalog, ConditionTrial conditions)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(me);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(conditions);
        _store = store;
        _conditions = conditions;
        _catalog = new Lazy<PlaybookCatalog>(catalog);
        Me = me;
        Now = now;
        Contacts = new StoreTable<Contact>(nameof(Contacts), store.Contacts.All, store.Contacts.Count, store.Contacts.Find);
        Events = new StoreTable<ContactEvent>(nameof(Events), store.Events.All, store.Events.Count, id => Found(() => store.Events.Get(id)));
        Drafts = new StoreTable<Draft>(nameof(Drafts), store.Drafts.All, () => store.Drafts.Count(), id => Found(() => store.Drafts.Get(id)));
        Runs = new StoreTable<Run>(nameof(Runs), store.Runs.All, () => store.Runs.Count(), id => Found(() => store.Runs.Get(id)));
        Tasks = new StoreTable<Reminder>(nameof(Tasks), store.Tasks.All, store.Tasks.Count, id => Found(() => store.Tasks.Get(id)));
    }

    /// <summary>Every contact, by id: <c>Contacts.Where(c =&gt; c.Company == "Acme")</c>, <c>Contacts[15]</c>, <c>Contacts.Count</c>.</summary>
    public StoreTable<Contact> Contacts { get; }

    /// <summary>Every event, oldest first.</summary>
    public StoreTable<ContactEvent> Events { get; }

    /// <summary>Every draft, whatever its status, oldest first.</summary>
    public StoreTable<Draft> Drafts { get; }

    /// <summary>Every run, oldest first.</summary>
    public StoreTable<Run> Runs { get; }

    /// <summary>Every task, done or not, by due time.</summary>
    public StoreTable<Reminder> Tasks { get; }

    /// <summary>The me-profile: what exports brought, with config.yaml laid over it.</summary>
    public MeProfile Me { get; }

    /// <summary>The clock of the console (<c>--now</c>, else the time it started).</summary>
    public DateTimeOffset Now { get; }

    /// <summary>The contact named by an id or a LinkedIn profile URL, as the commands take it.</summary>
    /// <exception cref="NotFoundException">No such contact.</exception>
    public Contact Contact(string idOrUrl) => _store.Contacts.Get(idOrUrl);

    /// <summary>The events of <paramref name="contact"/>, oldest first: what conditions see as <c>History</c>.</summary>
    public IReadOnlyList<ContactEvent> History(Contact contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        return _store.Events.List(contact.Id);
    }

    /// <summary>
    /// The contact against the me-profile as an <c>analyse</c> step makes it: common ground, goals, score, language.
    /// <paramref name="trigger"/> is the event a run would start from; by default the contact's latest event.
    /// </summary>
    public ContactAnalysis Analyse(Contact contact, ContactEvent? trigger = null)
    {
        ArgumentNullException.ThrowIfNull(contact);
        var history = History(contact);
        return ProfileAnalyzer.For(Me).Analyse(contact, trigger ?? ConditionTrial.Latest(history), Now, history);
    }

    /// <summary>
    /// Evaluates <paramref name="condition"/> as a playbook's <c>when:</c> would, for <paramref name="contact"/> and the
    /// event <paramref name="trigger"/> (by default the contact's latest event): the same compiler, safety check and
    /// budget, seeing <c>contact</c>, <c>event</c>, <c>analysis</c>, <c>me</c>, <c>now</c>, <c>history</c>, <c>tags</c> and the
    /// helpers (<c>Replied</c>, <c>DaysSinceLastInteraction</c>, <c>HasTag</c>, ...).
    /// </summary>
    /// <exception cref="TrialException">The condition does not compile (every problem with its place), or it failed.</exception>
    public bool Eval(string condition, Contact contact, ContactEvent? trigger = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        return _conditions.Evaluate(condition, _store, contact, Me, Now, trigger);
    }

    /// <summary>
    /// Renders <paramref name="template"/> for <paramref name="contact"/> with the model a draft is rendered with
    /// (<c>contact</c>, <c>me</c>, <c>event</c>, <c>analysis</c>): the name of a template (<c>welcome</c>, in the language a
    /// draft would be written in) or a Liquid text (<c>Hi {{ contact.first_name }}</c>).
    /// </summary>
    /// <exception cref="TrialException">The text does not parse (every problem with its place).</exception>
    /// <exception cref="TemplateException">Rendering failed.</exception>
    public string Render(string template, Contact contact, ContactEvent? trigger = null)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(contact);
        var history = History(contact);
        var triggering = trigger ?? ConditionTrial.Latest(history);
        var model = new TemplateModel { Contact = contact, Me = Me, Event = triggering, Analysis = Analyse(contact, triggering) };
        var templates = _catalog.Value.Templates;
        if (templates.Exists(template.Trim()))
        {
            return templates.Render(template.Trim(), LanguageChooser.ChooseFor(contact, history, triggering, Me, Now).Code, model).Text;
        }

        var inline = templates.ParseInline(template, "template", 1, 1);
        if (inline.Problems.Count > 0)
        {
            throw new TrialException([.. inline.Problems.Select(p => p.ToString())], string.Join("\n", inline.Problems));
        }

        return inline.Render(model);
    }

    /// <summary>What the console offers, for <c>Help</c>.</summary>
    public string Help => """
        Contacts, Events, Drafts, Runs, Tasks   the store's tables: LINQ over them (Contacts.Where(c => c.Company == "Acme").Take(5)),
                                                Contacts[15] by id, Contacts.Count
        Contact("15" or a profile URL)          one contact, as the commands name it
        History(contact)                        the contact's events, oldest first
        Me, Now                                 the me-profile; the clock (--now)
        Analyse(contact)                        the analysis a playbook's analyse step makes
        Eval("when expression", contact)        a when: as a playbook evaluates it (true or false)
        Render("template or name", contact)     a Liquid text, or a template by name, as a draft renders it
        End with Ctrl+D.
        """ + $"\nThe store {_store.Path} is opened for reading only.";

    private static T? Found<T>(Func<T> get)
        where T : class
    {
        try
        {
            return get();
        }
        catch (NotFoundException)
        {
            return null;
        }
    }
}
