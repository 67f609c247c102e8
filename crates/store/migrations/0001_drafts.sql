-- Drafts and their outbox state. Personal data (title, Berater, status
-- details, form content, history payloads) only ever lands in the *_sealed
-- columns, encrypted by the application; the readable columns hold ids,
-- enums, counters and timestamps so listing, sorting and queueing work in SQL.

-- One sealed known value: lets `open` tell a wrong key apart from damage.
CREATE TABLE key_check (
    id     INTEGER PRIMARY KEY CHECK (id = 1),
    sealed BLOB NOT NULL
) STRICT;

CREATE TABLE drafts (
    id               TEXT PRIMARY KEY NOT NULL,
    kind             TEXT NOT NULL,
    environment      TEXT NOT NULL,
    state            TEXT NOT NULL,
    revision         INTEGER NOT NULL,
    created_at       INTEGER NOT NULL, -- microseconds since the Unix epoch, UTC
    updated_at       INTEGER NOT NULL,
    queue_seq        INTEGER,          -- position in the outbox queue
    client_reference TEXT,             -- reference of the latest send attempt
    meta_sealed      BLOB NOT NULL,    -- title, Berater, status details
    content_sealed   BLOB NOT NULL     -- the form content as JSON
) STRICT;

CREATE INDEX drafts_state_queue ON drafts (state, queue_seq);

CREATE TABLE draft_events (
    draft_id TEXT NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
    seq      INTEGER NOT NULL,
    at       INTEGER NOT NULL,
    kind     TEXT NOT NULL,
    sealed   BLOB NOT NULL,
    PRIMARY KEY (draft_id, seq)
) STRICT;
