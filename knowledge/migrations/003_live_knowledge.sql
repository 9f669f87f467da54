-- Search moves into each server instance's memory (knowledge/index.go):
-- the instances load the published knowledge and reload it when it changes.
-- PostgreSQL tells them when through LISTEN/NOTIFY: a notification is sent
-- only when the changing transaction commits, in commit order, and takes no
-- lock that writers could wait on (a version counter in a row would make
-- every writer queue behind the one before).
CREATE FUNCTION notify_knowledge_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- Equal notifications of one transaction are delivered once.
    PERFORM pg_notify('citizenbot_knowledge', '');
    RETURN NULL;
END
$$;

CREATE TRIGGER entries_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON entries
    FOR EACH STATEMENT EXECUTE FUNCTION notify_knowledge_changed();
CREATE TRIGGER chunks_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON chunks
    FOR EACH STATEMENT EXECUTE FUNCTION notify_knowledge_changed();
CREATE TRIGGER embedder_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON embedder
    FOR EACH STATEMENT EXECUTE FUNCTION notify_knowledge_changed();

-- The word statistics that full-text search in SQL needed: the in-memory
-- index counts its own.
DROP TABLE lexeme_stats;
DROP TABLE corpus_stats;

-- Nearest chunks are found by an exact scan in memory, faster for a city's
-- catalogue than the approximate HNSW index, which only cost ingestion time.
DROP INDEX IF EXISTS chunks_embedding_idx;
