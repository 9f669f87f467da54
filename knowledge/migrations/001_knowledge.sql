-- The knowledge base: tenants, entries, their searchable chunks, the
-- embedder that produced the vectors, and ingestion runs.

-- A tenant is a city or portal embedding the bot. It sees the entries of its
-- regions (an empty list means every region) and decides what the widget
-- says and where citizens are sent when the bot cannot help.
CREATE TABLE tenants (
    id              text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9_-]*$'),
    name            text NOT NULL,
    regions         text[] NOT NULL DEFAULT '{}',
    allowed_origins text[] NOT NULL DEFAULT '{}',
    greeting_de     text NOT NULL DEFAULT '',
    greeting_en     text NOT NULL DEFAULT '',
    fallback_phone  text NOT NULL DEFAULT '115',
    fallback_hours  text NOT NULL DEFAULT 'Mo–Fr 8–18 Uhr',
    fallback_url    text NOT NULL DEFAULT '',
    privacy_url     text NOT NULL DEFAULT '',
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);

INSERT INTO tenants (id, name, greeting_de, greeting_en)
VALUES ('demo', 'Demo', 'Guten Tag! Wobei kann ich Ihnen helfen?', 'Hello! How can I help you?');

-- One row per service description. id is the catalogue's stable id.
-- content_hash covers the whole content: ingestion skips entries whose hash
-- is unchanged. source_hash is the hash of the content as the source last
-- delivered it; when an editor changes an entry the two differ, which is how
-- ingestion knows not to overwrite an editor's work.
-- version counts every change and is the token for optimistic locking.
CREATE TABLE entries (
    id              text PRIMARY KEY,
    title           text NOT NULL,
    language        text NOT NULL DEFAULT 'de',
    region          text NOT NULL DEFAULT '',
    source          text NOT NULL DEFAULT '',
    info_url        text NOT NULL DEFAULT '',
    summary         text NOT NULL DEFAULT '',
    description     text NOT NULL DEFAULT '',
    prerequisites   text NOT NULL DEFAULT '',
    documents       text NOT NULL DEFAULT '',
    fees            text NOT NULL DEFAULT '',
    processing_time text NOT NULL DEFAULT '',
    deadlines       text NOT NULL DEFAULT '',
    responsible     text NOT NULL DEFAULT '',
    online_services jsonb NOT NULL DEFAULT '[]',
    appointment_url text NOT NULL DEFAULT '',
    forms           jsonb NOT NULL DEFAULT '[]',
    legal_basis     jsonb NOT NULL DEFAULT '[]',
    links           jsonb NOT NULL DEFAULT '[]',
    keywords        text[] NOT NULL DEFAULT '{}',
    leika_key       text NOT NULL DEFAULT '',
    ozg_id          text NOT NULL DEFAULT '',
    topics          text[] NOT NULL DEFAULT '{}',
    source_updated  date,
    extra           jsonb NOT NULL DEFAULT '{}',
    content_hash    text NOT NULL,
    source_hash     text NOT NULL DEFAULT '',
    status          text NOT NULL DEFAULT 'published' CHECK (status IN ('draft', 'published')),
    version         integer NOT NULL DEFAULT 1,
    created_at      timestamptz NOT NULL DEFAULT now(),
    created_by      text NOT NULL DEFAULT '',
    updated_at      timestamptz NOT NULL DEFAULT now(),
    updated_by      text NOT NULL DEFAULT ''
);

-- Search filters on status and region; ingestion and pruning look up by source.
CREATE INDEX entries_status_region_idx ON entries (status, region);
CREATE INDEX entries_source_idx ON entries (source);

-- Chunks are what search ranks. The head chunk holds title and keywords, the
-- others one section of text each. tsv is derived from the text so it can
-- never disagree with it: heading words (title, keywords) weigh most (A), the
-- summary next (B), the other sections least (C), so that a word in the
-- title outranks the same word deep in the body.
-- embedding has no fixed dimension here: the store sets it to the configured
-- embedder's dimension and builds the HNSW index for it (see embedderstate.go).
CREATE TABLE chunks (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    entry_id  text NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
    ord       integer NOT NULL,
    section   text NOT NULL,
    heading   text NOT NULL DEFAULT '',
    body      text NOT NULL DEFAULT '',
    embed     text NOT NULL,
    tsv       tsvector GENERATED ALWAYS AS (
                  setweight(to_tsvector('german', heading), 'A') ||
                  setweight(to_tsvector('german', body), CASE WHEN section = 'summary' THEN 'B' ELSE 'C' END::"char")
              ) STORED,
    embedding vector,
    UNIQUE (entry_id, ord)
);

-- GIN is the index for tsvector matching (@@); it answers "which chunks
-- contain any of these lexemes" without reading the table.
CREATE INDEX chunks_tsv_idx ON chunks USING gin (tsv);

-- How many chunks contain each lexeme, refreshed after every write. Search
-- drops query words found in a large share of all chunks ("berlin" in a
-- Berlin catalogue, "antrag"): they say nothing about which service is
-- meant, and matching them would rank thousands of chunks for nothing.
CREATE TABLE lexeme_stats (
    lexeme text PRIMARY KEY,
    chunks integer NOT NULL
);

CREATE TABLE corpus_stats (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    chunks    integer NOT NULL
);
INSERT INTO corpus_stats (chunks) VALUES (0);

-- Which embedder produced the vectors in chunks.embedding: one row at most.
CREATE TABLE embedder (
    singleton  boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    name       text NOT NULL,
    dim        integer NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);

-- One row per `citizenbot ingest` run, for the operator and the editor console.
CREATE TABLE ingest_runs (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    files       text[] NOT NULL,
    started_at  timestamptz NOT NULL DEFAULT now(),
    finished_at timestamptz,
    status      text NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'succeeded', 'failed')),
    added       integer NOT NULL DEFAULT 0,
    updated     integer NOT NULL DEFAULT 0,
    unchanged   integer NOT NULL DEFAULT 0,
    removed     integer NOT NULL DEFAULT 0,
    failed      integer NOT NULL DEFAULT 0,
    error       text NOT NULL DEFAULT ''
);
