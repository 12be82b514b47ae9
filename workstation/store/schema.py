"""Schema and migrations, keyed on `PRAGMA user_version`.

Each migration is a list of SQL statements run in one transaction. Later features add
columns or tables here (never edit a shipped migration). A file whose user_version is
above `SCHEMA_VERSION` is refused: it was written by a newer app.
"""

from __future__ import annotations

SCHEMA_VERSION = 7

# Accent-insensitive full-text search: "hopital" finds "hôpital".
FTS_TOKENIZE = "unicode61 remove_diacritics 2"

MIGRATIONS: dict[int, list[str]] = {
    1: [
        """CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        )""",
        """CREATE TABLE locations (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            timezone TEXT,
            country TEXT,
            hours_json TEXT,
            review_url TEXT,
            created_at TEXT NOT NULL
        )""",
        """CREATE TABLE sources (
            id INTEGER PRIMARY KEY,
            platform TEXT NOT NULL,
            name TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT 'file',          -- file | api
            base_url TEXT,
            location_id INTEGER REFERENCES locations(id),
            settings_json TEXT NOT NULL DEFAULT '{}',
            secret_key TEXT,                            -- keyring entry name, never the secret
            cursor TEXT,
            sync_interval_min INTEGER,
            last_synced_at TEXT,
            status TEXT NOT NULL DEFAULT 'ok',
            status_message TEXT,
            created_at TEXT NOT NULL,
            UNIQUE (platform, name)
        )""",
        """CREATE TABLE reviews (
            id INTEGER PRIMARY KEY,
            source_id INTEGER NOT NULL REFERENCES sources(id),
            external_id TEXT NOT NULL,
            location_id INTEGER REFERENCES locations(id),
            author TEXT,
            stars INTEGER CHECK (stars IS NULL OR stars BETWEEN 1 AND 5),
            title TEXT,
            text TEXT NOT NULL DEFAULT '',
            lang TEXT,
            url TEXT,
            created_at TEXT,                            -- platform publication time (UTC ISO)
            updated_at TEXT,
            first_seen_at TEXT NOT NULL,
            last_seen_at TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'open',        -- TriageStatus
            status_changed_at TEXT,
            reply_state TEXT NOT NULL DEFAULT 'none',   -- ReplyState of the latest reply
            removed_on_platform INTEGER NOT NULL DEFAULT 0,
            sentiment REAL,
            urgency REAL,
            level TEXT,
            analysis_json TEXT,
            analysis_version INTEGER,
            UNIQUE (source_id, external_id)
        )""",
        "CREATE INDEX reviews_created ON reviews (created_at DESC)",
        "CREATE INDEX reviews_status ON reviews (status, reply_state, created_at DESC)",
        # Covers the sidebar's per-view counts and the language list: index-only scans.
        "CREATE INDEX reviews_triage ON reviews (status, reply_state, removed_on_platform, level)",
        "CREATE INDEX reviews_lang ON reviews (lang)",
        "CREATE INDEX reviews_location ON reviews (location_id, created_at DESC)",
        "CREATE INDEX reviews_source ON reviews (source_id, created_at DESC)",
        """CREATE TABLE review_versions (
            id INTEGER PRIMARY KEY,
            review_id INTEGER NOT NULL REFERENCES reviews(id),
            author TEXT,
            stars INTEGER,
            title TEXT,
            text TEXT NOT NULL,
            updated_at TEXT,
            replaced_at TEXT NOT NULL
        )""",
        "CREATE INDEX review_versions_review ON review_versions (review_id)",
        """CREATE TABLE replies (
            id INTEGER PRIMARY KEY,
            review_id INTEGER NOT NULL REFERENCES reviews(id),
            text TEXT NOT NULL,
            state TEXT NOT NULL,                        -- ReplyState
            origin TEXT NOT NULL DEFAULT 'app',         -- app | platform | import
            external_id TEXT,                           -- remote reply id once posted
            template_id TEXT,
            posted_at TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )""",
        "CREATE INDEX replies_review ON replies (review_id)",
        """CREATE TABLE reply_versions (
            id INTEGER PRIMARY KEY,
            reply_id INTEGER NOT NULL REFERENCES replies(id),
            text TEXT NOT NULL,
            posted_at TEXT,
            replaced_at TEXT NOT NULL
        )""",
        """CREATE TABLE outbox (
            id INTEGER PRIMARY KEY,
            reply_id INTEGER NOT NULL REFERENCES replies(id),
            action TEXT NOT NULL DEFAULT 'post',        -- post | update | delete
            state TEXT NOT NULL DEFAULT 'queued',       -- queued | sending | sent | failed
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT,
            not_before TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )""",
        "CREATE INDEX outbox_state ON outbox (state, id)",
        """CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            action TEXT NOT NULL,
            review_id INTEGER,
            detail TEXT
        )""",
        """CREATE TABLE saved_views (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            filter_json TEXT NOT NULL
        )""",
        """CREATE TABLE import_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            path TEXT NOT NULL,
            imported INTEGER NOT NULL,
            updated INTEGER NOT NULL,
            unchanged INTEGER NOT NULL,
            errors INTEGER NOT NULL
        )""",
        f"""CREATE VIRTUAL TABLE reviews_fts USING fts5(
            title, text, author, content='reviews', content_rowid='id',
            tokenize='{FTS_TOKENIZE}'
        )""",
        """CREATE TRIGGER reviews_ai AFTER INSERT ON reviews BEGIN
            INSERT INTO reviews_fts (rowid, title, text, author)
            VALUES (new.id, new.title, new.text, new.author);
        END""",
        """CREATE TRIGGER reviews_ad AFTER DELETE ON reviews BEGIN
            INSERT INTO reviews_fts (reviews_fts, rowid, title, text, author)
            VALUES ('delete', old.id, old.title, old.text, old.author);
        END""",
        """CREATE TRIGGER reviews_au AFTER UPDATE OF title, text, author ON reviews BEGIN
            INSERT INTO reviews_fts (reviews_fts, rowid, title, text, author)
            VALUES ('delete', old.id, old.title, old.text, old.author);
            INSERT INTO reviews_fts (rowid, title, text, author)
            VALUES (new.id, new.title, new.text, new.author);
        END""",
    ],
    2: [
        # Analysis results that the inbox filters on: categories, topics (with their own
        # sentiment) and flags, one row each.
        """CREATE TABLE review_labels (
            review_id INTEGER NOT NULL REFERENCES reviews(id),
            kind TEXT NOT NULL,                         -- category | topic | flag
            label TEXT NOT NULL,
            sentiment REAL,
            PRIMARY KEY (review_id, kind, label)
        ) WITHOUT ROWID""",
        "CREATE INDEX review_labels_label ON review_labels (kind, label, review_id)",
        "CREATE INDEX reviews_analysis ON reviews (analysis_version)",
        "CREATE INDEX reviews_urgency ON reviews (status, reply_state, urgency DESC)",
        """CREATE TABLE crises (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,                   -- kind:label:window start, so re-detection updates
            kind TEXT NOT NULL,                         -- category | topic
            label TEXT NOT NULL,
            detected_at TEXT NOT NULL,
            window_start TEXT NOT NULL,
            window_end TEXT NOT NULL,
            count INTEGER NOT NULL,
            baseline_per_day REAL NOT NULL,
            review_ids TEXT NOT NULL,                   -- JSON list
            evidence TEXT NOT NULL,                     -- JSON list of shared phrases
            status TEXT NOT NULL DEFAULT 'open',        -- open | handled | dismissed
            notes TEXT NOT NULL DEFAULT ''
        )""",
    ],
    3: [
        # The outbox row keeps the exact text it sends, so a row found in 'sending'
        # after a crash is compared with what was in flight, not with a later edit.
        "ALTER TABLE outbox ADD COLUMN text TEXT",
        "ALTER TABLE outbox ADD COLUMN sent_at TEXT",
        "CREATE INDEX outbox_reply ON outbox (reply_id, state)",
    ],
    4: [
        # The crisis room's checklist (steps done, post-crisis review fields) lives with
        # its crisis, so re-detection (which updates the row by key) keeps it.
        "ALTER TABLE crises ADD COLUMN checklist_json TEXT NOT NULL DEFAULT '{}'",
        # Earliest sent reply per review, read by metrics for every review.
        "CREATE INDEX replies_sent ON replies (review_id, state, posted_at)",
    ],
    5: [
        # Reply deadline of each unanswered review (business hours of its location),
        # so the inbox can sort "Due soon / Overdue" without computing calendars.
        "ALTER TABLE reviews ADD COLUMN due_at TEXT",
        "CREATE INDEX reviews_due ON reviews (status, reply_state, due_at)",
        # The sidebar counts now group on due_at too: keep them index-only.
        "DROP INDEX reviews_triage",
        "CREATE INDEX reviews_triage ON reviews (status, reply_state, removed_on_platform, level, due_at)",
    ],
    6: [
        # Automatic replies (issue 18): the owner's rules, off until switched on, never below
        # four stars (the CHECK holds even if a caller forgets), and the mark on each reply
        # they queued. The mark keeps the text it queued: a reply a person edits afterwards
        # is no longer counted as automatic.
        """CREATE TABLE auto_reply_rules (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            enabled INTEGER NOT NULL DEFAULT 0 CHECK (enabled IN (0, 1)),
            enabled_at TEXT,                            -- only reviews arriving later are answered
            location_id INTEGER REFERENCES locations(id),  -- NULL: every location
            platforms_json TEXT NOT NULL DEFAULT '[]',
            languages_json TEXT NOT NULL DEFAULT '[]',
            min_stars INTEGER NOT NULL DEFAULT 4 CHECK (min_stars BETWEEN 4 AND 5),
            with_text INTEGER CHECK (with_text IS NULL OR with_text IN (0, 1)),
            delay_minutes INTEGER NOT NULL DEFAULT 60 CHECK (delay_minutes >= 0),
            previewed_at TEXT,                          -- tried on past reviews (after its last change)
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL                    -- its conditions last changed
        )""",
        """CREATE TABLE auto_replies (
            reply_id INTEGER PRIMARY KEY REFERENCES replies(id),
            rule_id INTEGER,
            rule_name TEXT NOT NULL,
            text TEXT NOT NULL,
            queued_at TEXT NOT NULL
        )""",
    ],
    7: [
        # Why a reply is not sent yet, as data beside its English `last_error`: the parts of
        # the sentence, each a kind and its values (store/refusals.parts_to_json), so a window
        # in French says it in French. Rows written before keep NULL and show their English.
        "ALTER TABLE outbox ADD COLUMN last_error_refusal TEXT",
    ],
}
