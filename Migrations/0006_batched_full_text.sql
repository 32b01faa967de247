-- Morgue's archive schema: the writer fills the full-text indexes once a batch, not once a row.

-- FTS5 writes the words it holds in memory to a new index segment whenever a statement opens or
-- releases a savepoint on it. With a trigger indexing each story and quote as it is inserted, every
-- later INSERT of the batch (which SQLite wraps in a statement savepoint) wrote the previous story's
-- words as a segment of their own, and FTS5 then spent most of the writer's time merging those
-- segments. Morgue's writer now sets `is_deferred` at the start of its transaction, inserts the
-- batch's stories and quotes, indexes them in one statement each (`INSERT INTO article_fts …
-- SELECT … WHERE id BETWEEN …`), and clears the flag before committing: other connections only ever
-- see 0, so rows inserted by anyone else (sqlite3, Datasette) are indexed by the triggers as before.
CREATE TABLE full_text_deferral (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    is_deferred INTEGER NOT NULL CHECK (is_deferred IN (0, 1))
);
INSERT INTO full_text_deferral (id, is_deferred) VALUES (1, 0);

DROP TRIGGER article_fts_insert;
CREATE TRIGGER article_fts_insert AFTER INSERT ON article
WHEN (SELECT is_deferred FROM full_text_deferral WHERE id = 1) IS NOT 1 BEGIN
    INSERT INTO article_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;

DROP TRIGGER quote_fts_insert;
CREATE TRIGGER quote_fts_insert AFTER INSERT ON quote
WHEN (SELECT is_deferred FROM full_text_deferral WHERE id = 1) IS NOT 1 BEGIN
    INSERT INTO quote_fts(rowid, text) VALUES (new.id, new.text);
END;
