-- Entries an editor deleted. Ingestion does not add them again while the
-- source still delivers them; an editor brings one back by restoring it
-- from its history or by creating an entry with its id, which removes the
-- row here.
CREATE TABLE deleted_entries (
    id         text PRIMARY KEY,
    deleted_by text NOT NULL,
    deleted_at timestamptz NOT NULL DEFAULT now()
);
