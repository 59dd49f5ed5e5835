-- Coding (issue 7). A code applied by a coder to a testimony, whole (no passage) or to
-- characters [passage_start, passage_end) of its narrative. Code ids, offsets, coder names
-- and the adjudicated flag are plain; a value (country, percent…) and a memo are sealed,
-- bound to the application's natural key so they cannot be moved to another one.
CREATE TABLE code_applications (
    testimony_id     TEXT    NOT NULL REFERENCES testimonies (id),
    code_id          TEXT    NOT NULL,
    coder            TEXT    NOT NULL,
    passage_start    INTEGER NULL CHECK (passage_start >= 0),
    passage_end      INTEGER NULL,
    adjudicated      INTEGER NOT NULL CHECK (adjudicated IN (0, 1)),
    codebook_version INTEGER NOT NULL CHECK (codebook_version >= 1),
    value_sealed     BLOB    NULL,
    memo_sealed      BLOB    NULL,
    CHECK ((passage_start IS NULL AND passage_end IS NULL) OR (passage_start IS NOT NULL AND passage_end > passage_start))
);

-- One application per testimony, code, coder, passage and kind; -1 stands for the whole testimony.
CREATE UNIQUE INDEX code_applications_key ON code_applications
    (testimony_id, code_id, coder, coalesce(passage_start, -1), coalesce(passage_end, -1), adjudicated);

-- Small settings of this workspace's coding, such as the name its coder codes under.
CREATE TABLE coding_settings (
    name  TEXT NOT NULL PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
