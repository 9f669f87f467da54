-- The editor console: accounts, their login sessions and API tokens, every
-- version of every entry, the audit log, and which groups of unanswered
-- questions editors have dealt with.

-- An account belongs to one tenant. An editor curates the knowledge of its
-- tenant's regions; an admin manages tenants, accounts and all knowledge.
-- password_hash is an argon2id hash in the PHC string format.
CREATE TABLE users (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id     text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    name          text NOT NULL UNIQUE CHECK (name ~ '^[A-Za-z0-9][A-Za-z0-9._@-]{0,99}$'),
    role          text NOT NULL CHECK (role IN ('editor', 'admin')),
    password_hash text NOT NULL,
    disabled      boolean NOT NULL DEFAULT false,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now()
);

-- A login session. token_hash is the SHA-256 of the cookie's value: the
-- value itself is never stored, so a copy of the database logs no one in.
-- csrf is the session's anti-forgery token, sent back by the console with
-- every change.
CREATE TABLE login_sessions (
    token_hash bytea PRIMARY KEY,
    user_id    bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    csrf       text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL
);

CREATE INDEX login_sessions_expires_idx ON login_sessions (expires_at);

-- An API token for integrations, shown once when created; only its SHA-256
-- is kept (tokens are 256 random bits, so a fast hash is enough).
CREATE TABLE api_tokens (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    token_hash   bytea NOT NULL UNIQUE,
    tenant_id    text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    role         text NOT NULL CHECK (role IN ('editor', 'admin')),
    name         text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    created_at   timestamptz NOT NULL DEFAULT now(),
    created_by   text NOT NULL DEFAULT '',
    last_used_at timestamptz,
    revoked_at   timestamptz
);

-- Every version of every entry, as the row was after the change: the
-- history editors read, compare and restore. Triggers write it, so no
-- path that changes an entry (console, API, ingestion) can skip it. It has
-- no foreign key: the history of a deleted entry stays and can be restored.
CREATE TABLE entry_versions (
    entry_id   text NOT NULL,
    version    integer NOT NULL,
    status     text NOT NULL,
    content    jsonb NOT NULL,
    changed_at timestamptz NOT NULL,
    changed_by text NOT NULL,
    PRIMARY KEY (entry_id, version)
);

-- An entry created again under the id of a deleted one continues its
-- version numbers, so its history stays one sequence.
CREATE FUNCTION entries_continue_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.version := coalesce((SELECT max(version) FROM entry_versions WHERE entry_id = NEW.id), 0) + 1;
    RETURN NEW;
END
$$;

CREATE TRIGGER entries_version_start BEFORE INSERT ON entries
    FOR EACH ROW EXECUTE FUNCTION entries_continue_version();

CREATE FUNCTION entries_keep_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO entry_versions (entry_id, version, status, content, changed_at, changed_by)
    VALUES (NEW.id, NEW.version, NEW.status, to_jsonb(NEW), NEW.updated_at, NEW.updated_by)
    ON CONFLICT (entry_id, version) DO UPDATE
        SET status = EXCLUDED.status, content = EXCLUDED.content,
            changed_at = EXCLUDED.changed_at, changed_by = EXCLUDED.changed_by;
    RETURN NULL;
END
$$;

CREATE TRIGGER entries_history AFTER INSERT OR UPDATE ON entries
    FOR EACH ROW EXECUTE FUNCTION entries_keep_version();

-- The versions the entries have now start their history.
INSERT INTO entry_versions (entry_id, version, status, content, changed_at, changed_by)
SELECT id, version, status, to_jsonb(entries), updated_at, updated_by FROM entries;

-- Who did what and when: entry changes, publishing, logins, account
-- changes. Written in the same transaction as the change it records.
CREATE TABLE audit_log (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at        timestamptz NOT NULL DEFAULT now(),
    tenant_id text NOT NULL DEFAULT '',
    actor     text NOT NULL,
    action    text NOT NULL,
    target    text NOT NULL DEFAULT '',
    detail    text NOT NULL DEFAULT ''
);

CREATE INDEX audit_log_at_idx ON audit_log (at DESC);

-- Groups of unanswered questions an editor marked done. A group is keyed by
-- its questions' word stems (see knowledge/insight.go); it shows again when
-- a question of it arrives after done_at.
CREATE TABLE question_groups_done (
    tenant_id text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    group_key text NOT NULL,
    done_at   timestamptz NOT NULL DEFAULT now(),
    done_by   text NOT NULL,
    PRIMARY KEY (tenant_id, group_key)
);

-- The console's filters read turns by tenant and status.
CREATE INDEX turns_tenant_status_idx ON turns (tenant_id, status, created_at);
