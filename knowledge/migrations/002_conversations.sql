-- Conversations between citizens and the bot: what was asked, what was
-- answered, and every frame the chat server sent, so that a client can
-- resume a dropped conversation on any server instance.

-- What the widget offers as first questions, per language.
ALTER TABLE tenants
    ADD COLUMN suggestions_de text[] NOT NULL DEFAULT '{}',
    ADD COLUMN suggestions_en text[] NOT NULL DEFAULT '{}';

UPDATE tenants SET
    suggestions_de = '{"Wohnung anmelden","Personalausweis beantragen","Kindergeld beantragen"}',
    suggestions_en = '{"Register my address","Apply for an ID card","Apply for child benefit"}'
WHERE id = 'demo';

-- English entries name the German entry they translate in extra; the bot
-- looks translations up by it.
CREATE INDEX entries_translation_of_idx ON entries ((extra->>'translation_of'))
    WHERE extra ? 'translation_of';

-- One row per conversation. resume_hash is the SHA-256 of the secret half of
-- the resume token: the token itself is never stored. epoch fences a
-- conversation to one connection: resuming increments it, and a connection
-- holding an older epoch can no longer write. last_seq is the seq of the
-- last stored frame. topic is the entry under discussion, choices the
-- entries offered by a pending clarifying question.
CREATE TABLE conversations (
    id          text PRIMARY KEY,
    tenant_id   text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    lang        text NOT NULL,
    resume_hash bytea NOT NULL,
    epoch       integer NOT NULL DEFAULT 0,
    last_seq    bigint NOT NULL DEFAULT 0,
    topic       text NOT NULL DEFAULT '',
    choices     text[] NOT NULL DEFAULT '{}',
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL
);

-- Retention deletes by last activity.
CREATE INDEX conversations_updated_idx ON conversations (updated_at);

-- Every server frame of a conversation, as sent, for replay on resume.
CREATE TABLE frames (
    conversation_id text NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    seq             bigint NOT NULL,
    body            jsonb NOT NULL,
    PRIMARY KEY (conversation_id, seq)
);

-- One row per question and its answer: the transcript, with personal data
-- masked, and the citizen's feedback. message_id is the client's id of the
-- question; a question sent twice (after a reconnect) is answered once.
CREATE TABLE turns (
    answer_id       text PRIMARY KEY,
    conversation_id text NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    tenant_id       text NOT NULL,
    message_id      text NOT NULL,
    question        text NOT NULL,
    lang            text NOT NULL,
    status          text NOT NULL CHECK (status IN ('answered', 'clarify', 'no_answer')),
    answer          text NOT NULL,
    sources         text[] NOT NULL DEFAULT '{}',
    mode            text NOT NULL,
    created_at      timestamptz NOT NULL,
    rating          text CHECK (rating IN ('up', 'down')),
    comment         text NOT NULL DEFAULT '',
    UNIQUE (conversation_id, message_id)
);

CREATE INDEX turns_tenant_created_idx ON turns (tenant_id, created_at);
