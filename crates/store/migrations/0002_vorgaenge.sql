-- Vorgänge the app follows: sent from a draft or opened by number. What Europace said about
-- them (names, amounts, documents) is sealed; the number, times and the news flag stay
-- readable for listing.
CREATE TABLE vorgaenge (
    environment    TEXT NOT NULL,
    vorgangsnummer TEXT NOT NULL,
    opened_at      INTEGER NOT NULL, -- microseconds since the Unix epoch, UTC
    fetched_at     INTEGER,          -- last successful read from Europace
    news           INTEGER NOT NULL DEFAULT 0, -- changed since the user last looked
    sealed         BLOB NOT NULL,    -- the caller's record as JSON
    PRIMARY KEY (environment, vorgangsnummer)
) STRICT;
