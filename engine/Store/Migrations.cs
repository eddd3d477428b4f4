namespace Playbook.Engine.Store;

/// <summary>
/// The store's schema, as an ordered list of migrations. The file records the version it is at in
/// <c>PRAGMA user_version</c>; opening a file upgrades it in place, one migration per transaction.
/// Never edit a migration that has shipped: add a new one.
/// </summary>
internal static class Migrations
{
    /// <summary>The schema version this build writes.</summary>
    public static int Latest => Steps.Count;

    /// <summary>
    /// The first schema version whose files carry <see cref="ContactStore.ApplicationId"/>: a file at an earlier
    /// version is recognised by its tables instead.
    /// </summary>
    public const int MarkedSince = 8;

    /// <summary>Migration N (1-based) brings a file from version N-1 to N.</summary>
    public static IReadOnlyList<string> Steps { get; } =
    [
        """
        CREATE TABLE contacts (
            id            INTEGER PRIMARY KEY,
            first_name    TEXT,
            last_name     TEXT,
            full_name     TEXT NOT NULL,
            name_key      TEXT NOT NULL,
            headline      TEXT,
            company       TEXT,
            position      TEXT,
            location      TEXT,
            profile_url   TEXT,
            profile_key   TEXT UNIQUE,
            stage         TEXT NOT NULL DEFAULT 'new',
            notes         TEXT,
            connected_on  TEXT,
            as_of         TEXT NOT NULL,
            created_at    TEXT NOT NULL,
            updated_at    TEXT NOT NULL,
            -- Copies of the lists below, kept by DerivedData so that a read is one row.
            emails_json   TEXT NOT NULL DEFAULT '[]',
            phones_json   TEXT NOT NULL DEFAULT '[]',
            tags_json     TEXT NOT NULL DEFAULT '[]',
            sources_json  TEXT NOT NULL DEFAULT '[]',
            urls_json     TEXT NOT NULL DEFAULT '[]'
        );
        CREATE INDEX contacts_name_key ON contacts(name_key);
        CREATE INDEX contacts_name_key_unlinked ON contacts(name_key) WHERE profile_key IS NULL;
        CREATE INDEX contacts_stage ON contacts(stage);

        CREATE TABLE contact_emails (
            contact_id  INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
            email       TEXT NOT NULL,
            email_key   TEXT NOT NULL UNIQUE,
            position    INTEGER NOT NULL
        );
        CREATE INDEX contact_emails_contact ON contact_emails(contact_id);

        CREATE TABLE contact_phones (
            contact_id  INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
            phone       TEXT NOT NULL,
            position    INTEGER NOT NULL,
            UNIQUE (contact_id, phone)
        );

        CREATE TABLE contact_urls (
            contact_id  INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
            url         TEXT NOT NULL,
            position    INTEGER NOT NULL,
            UNIQUE (contact_id, url)
        );

        CREATE TABLE contact_tags (
            contact_id  INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
            tag         TEXT NOT NULL,
            PRIMARY KEY (contact_id, tag)
        ) WITHOUT ROWID;
        CREATE INDEX contact_tags_tag ON contact_tags(tag);

        CREATE TABLE contact_sources (
            contact_id  INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
            source      TEXT NOT NULL,
            first_seen  TEXT NOT NULL,
            PRIMARY KEY (contact_id, source)
        ) WITHOUT ROWID;

        -- source says where an event came from (for people); source_hash, a 64-bit hash of it, is what
        -- keeps a re-import from adding an event twice (an integer index is much cheaper to keep than text).
        CREATE TABLE events (
            id               INTEGER PRIMARY KEY,
            contact_id       INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
            kind             TEXT NOT NULL,
            at               TEXT NOT NULL,
            at_ticks         INTEGER NOT NULL,
            channel          TEXT,
            direction        TEXT,
            body             TEXT,
            classification   TEXT,
            conversation_id  TEXT,
            source           TEXT NOT NULL,
            source_hash      INTEGER NOT NULL UNIQUE,
            created_at       TEXT NOT NULL
        );
        CREATE INDEX events_contact_at ON events(contact_id, at_ticks);
        CREATE INDEX events_kind_at ON events(kind, at_ticks);

        CREATE TABLE me_profile (
            id           INTEGER PRIMARY KEY CHECK (id = 1),
            first_name   TEXT,
            last_name    TEXT,
            profile_url  TEXT,
            headline     TEXT,
            summary      TEXT,
            industry     TEXT,
            location     TEXT,
            as_of        TEXT NOT NULL
        );

        CREATE TABLE me_positions (
            ordinal      INTEGER PRIMARY KEY,
            company      TEXT NOT NULL,
            title        TEXT,
            location     TEXT,
            started_on   TEXT,
            finished_on  TEXT
        );

        CREATE TABLE me_schools (
            ordinal      INTEGER PRIMARY KEY,
            name         TEXT NOT NULL,
            degree       TEXT,
            started_on   TEXT,
            finished_on  TEXT
        );

        CREATE TABLE me_skills (
            ordinal  INTEGER PRIMARY KEY,
            name     TEXT NOT NULL
        );

        CREATE TABLE me_languages (
            ordinal      INTEGER PRIMARY KEY,
            name         TEXT NOT NULL,
            proficiency  TEXT
        );

        CREATE TABLE me_sections (
            section  TEXT PRIMARY KEY,
            as_of    TEXT NOT NULL
        ) WITHOUT ROWID;

        CREATE VIRTUAL TABLE contact_search USING fts5(
            name, company, position, headline, location, emails, tags, notes,
            tokenize = 'unicode61 remove_diacritics 2'
        );
        """,
            // 2: the runtime's tables. A run is one playbook working on one contact for one event; a draft or task
        // is keyed by (run, step), so a step that is run again after a crash finds its effect instead of adding it.
        """
        CREATE TABLE runs (
            id           INTEGER PRIMARY KEY,
            playbook     TEXT NOT NULL,
            version      TEXT NOT NULL,
            contact_id   INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
            event_id     INTEGER REFERENCES events(id) ON DELETE SET NULL,
            state        TEXT NOT NULL,
            step         TEXT,
            wake_at      TEXT,
            wake_ticks   INTEGER,
            wait_from    INTEGER,
            held_by      INTEGER,
            vars_json    TEXT NOT NULL DEFAULT '{}',
            started_at   TEXT NOT NULL,
            started_ticks INTEGER NOT NULL,
            updated_at   TEXT NOT NULL,
            reason       TEXT,
            UNIQUE (playbook, contact_id, event_id)
        );
        CREATE INDEX runs_active ON runs(state) WHERE state IN ('running', 'waiting');
        CREATE INDEX runs_contact ON runs(contact_id);

        CREATE TABLE journal (
            id       INTEGER PRIMARY KEY,
            run_id   INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            at       TEXT NOT NULL,
            step     TEXT,
            action   TEXT NOT NULL,
            message  TEXT NOT NULL
        );
        CREATE INDEX journal_run ON journal(run_id);

        CREATE TABLE drafts (
            id           INTEGER PRIMARY KEY,
            run_id       INTEGER REFERENCES runs(id) ON DELETE CASCADE,
            contact_id   INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
            playbook     TEXT NOT NULL,
            step         TEXT NOT NULL,
            channel      TEXT NOT NULL,
            template     TEXT NOT NULL,
            variant      TEXT,
            language     TEXT,
            body         TEXT NOT NULL,
            length_limit INTEGER,
            status       TEXT NOT NULL DEFAULT 'pending',
            created_at   TEXT NOT NULL,
            decided_at   TEXT,
            event_id     INTEGER REFERENCES events(id) ON DELETE SET NULL,
            UNIQUE (run_id, step)
        );
        CREATE INDEX drafts_status ON drafts(status);
        CREATE INDEX drafts_contact ON drafts(contact_id);

        CREATE TABLE tasks (
            id          INTEGER PRIMARY KEY,
            run_id      INTEGER REFERENCES runs(id) ON DELETE CASCADE,
            contact_id  INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
            playbook    TEXT,
            step        TEXT,
            text        TEXT NOT NULL,
            due_at      TEXT NOT NULL,
            due_ticks   INTEGER NOT NULL,
            done        INTEGER NOT NULL DEFAULT 0,
            done_at     TEXT,
            created_at  TEXT NOT NULL,
            UNIQUE (run_id, step)
        );
        CREATE INDEX tasks_open ON tasks(done, due_ticks);
        CREATE INDEX tasks_contact ON tasks(contact_id);
        """,
        """
        -- The analysis a draft was written with (JSON: score, common ground, goals, evidence), shown beside it.
        ALTER TABLE drafts ADD COLUMN analysis TEXT;

        -- Contacts whose full-text row is behind their tags: a batch run records them with its writes and rewrites
        -- their rows once at its end, since a full-text write inside every step's savepoint costs a segment flush.
        CREATE TABLE search_stale (contact_id INTEGER PRIMARY KEY);

        -- Why a received message got its classification: the cues of the rules that decided it.
        ALTER TABLE events ADD COLUMN classification_reason TEXT;
        """,
        """
        -- The funnel finds the draft a personal reply was sent from by the message.sent event it recorded.
        CREATE INDEX drafts_event ON drafts(event_id) WHERE event_id IS NOT NULL;
        """,
        """
        -- Lists of contacts by name (the desk's, filtered as you type) walk this index instead of sorting the table.
        CREATE INDEX contacts_full_name ON contacts(full_name COLLATE NOCASE, id);
        """,
        """
        -- One- and two-letter prefixes get an index of their own: the first letter typed in a contact filter matches
        -- half the store, and reading that many from the words' index alone is five times slower.
        CREATE VIRTUAL TABLE contact_search_prefixed USING fts5(
            name, company, position, headline, location, emails, tags, notes,
            tokenize = 'unicode61 remove_diacritics 2',
            prefix = '1 2'
        );
        INSERT INTO contact_search_prefixed (rowid, name, company, position, headline, location, emails, tags, notes)
            SELECT rowid, name, company, position, headline, location, emails, tags, notes FROM contact_search;
        DROP TABLE contact_search;
        ALTER TABLE contact_search_prefixed RENAME TO contact_search;
        """,
        """
        -- A profile read into a contact (LinkedIn's "Save to PDF", or the copied text of a profile page): what an
        -- export does not carry, as JSON copies on the row so that a contact is still read in one row. A profile
        -- replaces the one stored unless that one was saved later (profile_saved_at).
        ALTER TABLE contacts ADD COLUMN about TEXT;
        ALTER TABLE contacts ADD COLUMN positions_json TEXT NOT NULL DEFAULT '[]';
        ALTER TABLE contacts ADD COLUMN schools_json TEXT NOT NULL DEFAULT '[]';
        ALTER TABLE contacts ADD COLUMN skills_json TEXT NOT NULL DEFAULT '[]';
        ALTER TABLE contacts ADD COLUMN languages_json TEXT NOT NULL DEFAULT '[]';
        ALTER TABLE contacts ADD COLUMN certifications_json TEXT NOT NULL DEFAULT '[]';
        ALTER TABLE contacts ADD COLUMN profile_saved_at TEXT;
        ALTER TABLE contacts ADD COLUMN profile_read_at TEXT;

        -- A draft the person edited keeps their text when the analysis changes; the note says that it did.
        ALTER TABLE drafts ADD COLUMN edited_at TEXT;
        ALTER TABLE drafts ADD COLUMN note TEXT;
        """,
        $"""
        -- Playbook marks its stores ("PlBk" in ASCII), so that another application's database given as one is
        -- refused rather than written into. Stores of earlier builds are recognised by their tables, and marked here.
        PRAGMA application_id = {ContactStore.ApplicationId};
        """,
        """
        -- The owner's own email addresses, from a LinkedIn export's Email Addresses.csv: they tell the mail the owner
        -- sent from the mail they received.
        CREATE TABLE me_emails (
            ordinal  INTEGER PRIMARY KEY,
            email    TEXT NOT NULL
        );
        """,
        """
        -- Who a contact is on a network that has no profile URL or email to go by: their X id, or a Facebook friend
        -- (name and the time of the friendship). A contact may hold several (after a merge); one identity is one
        -- contact. handle is what the network shows (@handle), for display only.
        CREATE TABLE contact_identities (
            network     TEXT NOT NULL,
            key         TEXT NOT NULL,
            contact_id  INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
            handle      TEXT,
            PRIMARY KEY (network, key)
        ) WITHOUT ROWID;
        CREATE INDEX contact_identities_contact ON contact_identities(contact_id);
        """,
        """
        -- What a received message asks of the practice: the day to write again (an out-of-office's return, or the day a
        -- "later" reply names, as YYYY-MM-DD) and the person it refers to ("talk to Marta Vidal"; '' when it names
        -- nobody). Filled in when the message is classified, and again by 'playbook reclassify'.
        ALTER TABLE events ADD COLUMN follow_up_on TEXT;
        ALTER TABLE events ADD COLUMN referral TEXT;

        -- A task a reply asked for ("write me in January", "talk to Marta Vidal") names that reply, and the contact
        -- it sends the practice to when that person is one already.
        ALTER TABLE tasks ADD COLUMN event_id INTEGER REFERENCES events(id) ON DELETE SET NULL;
        ALTER TABLE tasks ADD COLUMN linked_contact_id INTEGER REFERENCES contacts(id) ON DELETE SET NULL;
        """,
        """
        -- Whether a draft answers a new invitation (the first draft of a run an invitation started), kept on the row
        -- as it is written: the desk's Today counts the pending drafts of each kind from this partial index alone,
        -- instead of looking up each draft's run and event. Drafts written before are told apart here, once.
        ALTER TABLE drafts ADD COLUMN answers_invitation INTEGER NOT NULL DEFAULT 0;
        UPDATE drafts SET answers_invitation = 1
        WHERE (SELECT r.event_id FROM runs r WHERE r.id = drafts.run_id) IN (SELECT e.id FROM events e WHERE e.kind = 'invitation.received')
          AND NOT EXISTS (SELECT 1 FROM drafts earlier WHERE earlier.run_id = drafts.run_id AND earlier.id < drafts.id);
        CREATE INDEX drafts_pending ON drafts(answers_invitation, id) WHERE status = 'pending';
        """,
        """
        -- A batch run no longer rewrites a contact's wide row at each tag it gives (its copy of its tags and its time of
        -- change): it records the time beside the contact in search_stale, and the rows are brought up to date with the
        -- full-text rows, once, when its batches are done (or when the store is next opened, after a crash).
        ALTER TABLE search_stale ADD COLUMN tagged_at TEXT;

        -- A run's journal entries of one pass are kept in one row (a welcome writes five): the first in the row's columns,
        -- the others in 'more' as JSON ([at or null when the row's, step, action, message]). The entries keep the ids they
        -- had as rows of their own: a row's id is its last entry's, and its n entries are the n ids up to it, so that a row
        -- added without them follows on. 'journal' reads the entries one per row, as the table did.
        ALTER TABLE journal RENAME TO journal_rows;
        ALTER TABLE journal_rows ADD COLUMN more TEXT;
        CREATE VIEW journal (id, run_id, at, step, action, message) AS
            SELECT id - coalesce(json_array_length(more), 0), run_id, at, step, action, message FROM journal_rows
            UNION ALL
            SELECT j.id - json_array_length(j.more) + e.key + 1, j.run_id, coalesce(json_extract(e.value, '$[0]'), j.at),
                   json_extract(e.value, '$[1]'), json_extract(e.value, '$[2]'), json_extract(e.value, '$[3]')
            FROM journal_rows j, json_each(j.more) e
            WHERE j.more IS NOT NULL;
        -- Deleting an entry deletes the row that holds it, with the run's other entries of that pass.
        CREATE TRIGGER journal_delete INSTEAD OF DELETE ON journal
        BEGIN
            DELETE FROM journal_rows WHERE id = (SELECT min(id) FROM journal_rows WHERE id >= old.id);
        END;
        """,
        """
        -- A contact's tags get a full-text table of their own (rowid = contact id), out of the contact's full-text row: a
        -- batch run that tags most of its contacts then rewrites, at its end, their tags' short rows rather than each
        -- tagged contact's whole row (its names, company, headline and the rest, each word written three times with its
        -- one- and two-letter prefixes). A search still finds a contact by a word of its tags (SearchSyntax).
        CREATE VIRTUAL TABLE contact_search_untagged USING fts5(
            name, company, position, headline, location, emails, notes,
            tokenize = 'unicode61 remove_diacritics 2',
            prefix = '1 2'
        );
        INSERT INTO contact_search_untagged (rowid, name, company, position, headline, location, emails, notes)
            SELECT rowid, name, company, position, headline, location, emails, notes FROM contact_search;
        DROP TABLE contact_search;
        ALTER TABLE contact_search_untagged RENAME TO contact_search;
        CREATE VIRTUAL TABLE contact_tag_search USING fts5(
            tags,
            tokenize = 'unicode61 remove_diacritics 2',
            prefix = '1 2'
        );
        INSERT INTO contact_tag_search (rowid, tags)
            SELECT contact_id, group_concat(tag, ' ') FROM (SELECT contact_id, tag FROM contact_tags ORDER BY contact_id, tag) GROUP BY contact_id;
        """,
        """
        -- A contact's tags are read from contact_tags alone, with nothing derived from them to bring up to date after a pass
        -- that tagged: no copy on the contact's row, no full-text row a contact. A tag's time of change is kept beside the
        -- contact (contact_tagged) and read as the contact's when later than its row's. A search finds a tag by its words
        -- in tag_search, one row per tag name (tag_names, kept by the trigger), and the contacts through contact_tags.
        UPDATE contacts SET updated_at = max(updated_at, coalesce((SELECT s.tagged_at FROM search_stale s WHERE s.contact_id = contacts.id), updated_at))
        WHERE id IN (SELECT contact_id FROM search_stale);
        DROP TABLE search_stale;
        DROP TABLE contact_tag_search;
        ALTER TABLE contacts DROP COLUMN tags_json;
        CREATE TABLE contact_tagged (contact_id INTEGER PRIMARY KEY REFERENCES contacts(id) ON DELETE CASCADE, tagged_at TEXT NOT NULL);
        CREATE TABLE tag_names (id INTEGER PRIMARY KEY, tag TEXT NOT NULL UNIQUE);
        CREATE VIRTUAL TABLE tag_search USING fts5(tag, content = '', tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2');
        INSERT INTO tag_names (tag) SELECT DISTINCT tag FROM contact_tags ORDER BY tag;
        INSERT INTO tag_search (rowid, tag) SELECT id, tag FROM tag_names;
        CREATE TRIGGER contact_tags_named AFTER INSERT ON contact_tags WHEN NOT EXISTS (SELECT 1 FROM tag_names WHERE tag = new.tag)
        BEGIN
            INSERT INTO tag_names (tag) VALUES (new.tag);
            INSERT INTO tag_search (rowid, tag) SELECT id, tag FROM tag_names WHERE tag = new.tag;
        END;
        """,
];
}
