-- The reviewers' workspace. Every value derived from a testimony's content is sealed
-- (XChaCha20-Poly1305 under the workspace key, bound to its table, column and row) in the
-- columns named *_sealed. The rest holds only ids, days, sizes, statuses, public keys and
-- bundle bookkeeping. Testimony tables are WITHOUT ROWID, like the server's: a rowid would
-- record the order in which testimonies arrived.

-- One row: how to turn the passphrase into the key that unwraps the workspace key.
CREATE TABLE workspace_key (
    id                 INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    argon_salt         BLOB    NOT NULL CHECK (length(argon_salt) = 16),
    argon_operations   INTEGER NOT NULL,
    argon_memory_bytes INTEGER NOT NULL,
    scrypt_work_factor INTEGER NOT NULL,
    wrapped_key        BLOB    NOT NULL,
    created_day        TEXT    NOT NULL
);

-- The secret keys themselves are in identities/NAME.age, protected by the passphrase.
CREATE TABLE identities (
    name       TEXT NOT NULL PRIMARY KEY,
    recipients TEXT NOT NULL,
    label      TEXT NULL,
    added_day  TEXT NOT NULL
);

CREATE TABLE trusted_servers (
    key_id     TEXT NOT NULL PRIMARY KEY,
    public_key TEXT NOT NULL UNIQUE,
    added_day  TEXT NOT NULL
);

CREATE TABLE bundles (
    bundle_id          TEXT    NOT NULL PRIMARY KEY,
    server_key_id      TEXT    NOT NULL REFERENCES trusted_servers (key_id),
    sequence           INTEGER NOT NULL CHECK (sequence >= 1),
    previous_bundle_id TEXT    NULL,
    manifest_sha256    BLOB    NOT NULL CHECK (length(manifest_sha256) = 32),
    created_day        TEXT    NOT NULL,
    UNIQUE (server_key_id, sequence)
) WITHOUT ROWID;

CREATE TABLE testimonies (
    id               TEXT    NOT NULL PRIMARY KEY,
    day              TEXT    NOT NULL,
    status           TEXT    NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'in_review', 'done')),
    attachment_count INTEGER NOT NULL CHECK (attachment_count >= 0),
    answers_sealed   BLOB    NOT NULL,
    language_sealed  BLOB    NOT NULL,
    country_sealed   BLOB    NOT NULL,
    sector_sealed    BLOB    NOT NULL
) WITHOUT ROWID;

-- Which bundles delivered which testimonies, for the acknowledgement.
CREATE TABLE bundle_testimonies (
    bundle_id    TEXT NOT NULL REFERENCES bundles (bundle_id),
    testimony_id TEXT NOT NULL REFERENCES testimonies (id),
    PRIMARY KEY (bundle_id, testimony_id)
) WITHOUT ROWID;

-- Every part as the server's manifest described it (its ciphertext's size and SHA-256), and
-- for attachments the file name and type the source's answers document gives.
CREATE TABLE parts (
    testimony_id      TEXT    NOT NULL REFERENCES testimonies (id),
    part_index        INTEGER NOT NULL CHECK (part_index >= 0),
    ciphertext_size   INTEGER NOT NULL CHECK (ciphertext_size >= 0),
    ciphertext_sha256 BLOB    NOT NULL CHECK (length(ciphertext_sha256) = 32),
    name_sealed       BLOB    NULL,
    type_sealed       BLOB    NULL,
    PRIMARY KEY (testimony_id, part_index),
    CHECK ((part_index = 0) = (name_sealed IS NULL) AND (part_index = 0) = (type_sealed IS NULL))
) WITHOUT ROWID;

-- An attachment's original age ciphertext, in order of seq; decrypted only on request.
CREATE TABLE attachment_chunks (
    testimony_id TEXT    NOT NULL,
    part_index   INTEGER NOT NULL CHECK (part_index >= 1),
    seq          INTEGER NOT NULL CHECK (seq >= 0),
    data         BLOB    NOT NULL,
    PRIMARY KEY (testimony_id, part_index, seq),
    FOREIGN KEY (testimony_id, part_index) REFERENCES parts (testimony_id, part_index)
) WITHOUT ROWID;

CREATE TABLE notes (
    id           INTEGER NOT NULL PRIMARY KEY,
    testimony_id TEXT    NOT NULL REFERENCES testimonies (id),
    day          TEXT    NOT NULL,
    text_sealed  BLOB    NOT NULL
);

CREATE INDEX notes_by_testimony ON notes (testimony_id, id);
