-- Export bundles: the chain of signed bundles this server has written. The manifest and
-- its signature are kept while any of the bundle's submissions remain, so a lost or damaged
-- copy can be written again byte for byte; purging the last of them clears both, leaving
-- only what the chain needs (id, sequence, day, manifest hash).

CREATE TABLE export_bundles (
    id              BLOB    NOT NULL PRIMARY KEY CHECK (length(id) = 16),
    sequence        INTEGER NOT NULL UNIQUE CHECK (sequence >= 1),
    created_day     TEXT    NOT NULL CHECK (created_day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    manifest_sha256 BLOB    NOT NULL CHECK (length(manifest_sha256) = 32),
    manifest        BLOB    NULL,
    signature       BLOB    NULL CHECK (signature IS NULL OR length(signature) = 64)
) WITHOUT ROWID;

-- Which bundle carried a submission; NULL while export_state is 'pending'.
ALTER TABLE submissions ADD COLUMN export_bundle BLOB NULL REFERENCES export_bundles (id);
