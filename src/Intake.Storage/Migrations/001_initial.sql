-- The whole schema, and nothing more than DESIGN.md section 3 allows: no timestamps,
-- no addresses, no file names. Days are ISO 'YYYY-MM-DD' text, never a time of day.
-- The submission tables are WITHOUT ROWID: an implicit rowid grows with every insert
-- and would record the order in which submissions arrived.

CREATE TABLE recipients (
    id         INTEGER PRIMARY KEY,
    public_key TEXT    NOT NULL UNIQUE,
    label      TEXT    NULL,
    added_day  TEXT    NOT NULL CHECK (added_day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')
);

CREATE TABLE submissions (
    id           BLOB    NOT NULL PRIMARY KEY CHECK (length(id) = 16),
    source_id    BLOB    NULL,
    received_day TEXT    NOT NULL CHECK (received_day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    part_count   INTEGER NULL CHECK (part_count >= 1),
    state        TEXT    NOT NULL DEFAULT 'receiving' CHECK (state IN ('receiving', 'complete')),
    export_state TEXT    NOT NULL DEFAULT 'pending',
    CHECK (state = 'receiving' OR part_count IS NOT NULL)
) WITHOUT ROWID;

-- size stays NULL while the part is being written; the commit records it.
CREATE TABLE parts (
    submission_id BLOB    NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
    part_index    INTEGER NOT NULL CHECK (part_index >= 0),
    size          INTEGER NULL CHECK (size >= 0),
    PRIMARY KEY (submission_id, part_index)
) WITHOUT ROWID;

-- A part's ciphertext, in order of seq; every chunk but the last is full-size.
CREATE TABLE part_chunks (
    submission_id BLOB    NOT NULL,
    part_index    INTEGER NOT NULL,
    seq           INTEGER NOT NULL CHECK (seq >= 0),
    data          BLOB    NOT NULL,
    PRIMARY KEY (submission_id, part_index, seq),
    FOREIGN KEY (submission_id, part_index) REFERENCES parts (submission_id, part_index) ON DELETE CASCADE
) WITHOUT ROWID;
