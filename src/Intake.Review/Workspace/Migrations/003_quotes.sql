-- Quotes marked for publication: a passage of a testimony's narrative (offsets plain, as
-- they say nothing without the sealed narrative) and the reviewer's redacted wording of it,
-- sealed like every testimony-derived value. A resolution records that the reviewer judged
-- one checker flag acceptable; the flag is named by kind, offset and length, never by the
-- matched text, and the reason is sealed since it may quote the text.

CREATE TABLE quotes (
    id               INTEGER NOT NULL PRIMARY KEY,
    testimony_id     TEXT    NOT NULL REFERENCES testimonies (id),
    passage_start    INTEGER NOT NULL CHECK (passage_start >= 0),
    passage_end      INTEGER NOT NULL CHECK (passage_end > passage_start),
    redacted_sealed  BLOB    NOT NULL,
    note_sealed      BLOB    NULL,
    added_day        TEXT    NOT NULL
);

CREATE INDEX quotes_by_testimony ON quotes (testimony_id, id);

CREATE TABLE quote_resolutions (
    quote_id      INTEGER NOT NULL REFERENCES quotes (id),
    flag_kind     TEXT    NOT NULL CHECK (flag_kind IN ('name', 'phone', 'email', 'document_number', 'date')),
    flag_offset   INTEGER NOT NULL CHECK (flag_offset >= 0),
    flag_length   INTEGER NOT NULL CHECK (flag_length > 0),
    reason_sealed BLOB    NOT NULL,
    resolved_day  TEXT    NOT NULL,
    PRIMARY KEY (quote_id, flag_kind, flag_offset, flag_length)
) WITHOUT ROWID;
