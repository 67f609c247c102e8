-- Document uploads to a Vorgang, one row per file the user handed over: kept so an upload
-- interrupted by a crash or restart is offered again, and a finished one stays in the
-- Vorgang's history. Path, file name and server messages are sealed (a file name often names
-- the customer); the state and times stay readable for listing and crash recovery.
CREATE TABLE dokument_uploads (
    id             TEXT PRIMARY KEY,
    environment    TEXT NOT NULL,
    vorgangsnummer TEXT NOT NULL,
    created_at     INTEGER NOT NULL, -- microseconds since the Unix epoch, UTC
    updated_at     INTEGER NOT NULL,
    state          TEXT NOT NULL,    -- see DokumentUploadState
    sealed         BLOB NOT NULL     -- the caller's record as JSON
) STRICT;

CREATE INDEX dokument_uploads_by_vorgang ON dokument_uploads (environment, vorgangsnummer, created_at);
