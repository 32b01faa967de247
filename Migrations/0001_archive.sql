-- Morgue's archive schema, version 1.
-- Every table is documented in README.md ("The database"). Offsets (start, end) count Unicode scalar
-- values into article.body, half-open: substr(body, start + 1, end - start) in SQLite is the item.
-- Dates are ISO-8601 text: YYYY-MM-DD for days, full timestamps in UTC for times.

-- News outlets, by canonical name ("Associated Press", "New York Times").
CREATE TABLE outlet (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(name) > 0)
);

-- One row a stored story.
CREATE TABLE article (
    id INTEGER PRIMARY KEY,
    title TEXT,
    outlet_id INTEGER REFERENCES outlet(id) ON DELETE SET NULL,
    byline TEXT,
    published_date TEXT CHECK (published_date IS NULL OR published_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    published_at TEXT,
    url TEXT UNIQUE,
    body TEXT NOT NULL CHECK (length(body) > 0),
    -- SHA-256 of the story's title, outlet, byline, date and body: tells a changed story from an unchanged one.
    content_hash TEXT NOT NULL CHECK (length(content_hash) = 64),
    source_path TEXT,
    ingested_at TEXT NOT NULL,
    updated_at TEXT
);
-- A story without a URL is known by its content.
CREATE UNIQUE INDEX article_content_hash_without_url ON article(content_hash) WHERE url IS NULL;
CREATE INDEX article_published_date ON article(published_date);
CREATE INDEX article_outlet_id ON article(outlet_id);

-- People and organisations, across the whole archive.
CREATE TABLE actor (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(name) > 0),
    kind TEXT NOT NULL CHECK (kind IN ('person', 'organization')),
    role TEXT,
    handle TEXT
);
CREATE INDEX actor_name ON actor(name COLLATE NOCASE);

-- Every name an actor goes by. `alias_key` is the name folded for matching (lower case, no titles,
-- punctuation or middle initials): "President Donald J. Trump" and "Donald Trump" share "donald trump".
CREATE TABLE actor_alias (
    actor_id INTEGER NOT NULL REFERENCES actor(id) ON DELETE CASCADE,
    alias TEXT NOT NULL,
    alias_key TEXT NOT NULL CHECK (length(alias_key) > 0),
    origin TEXT NOT NULL CHECK (origin IN ('extracted', 'user')),
    PRIMARY KEY (alias_key, actor_id)
) WITHOUT ROWID;
CREATE INDEX actor_alias_actor ON actor_alias(actor_id);

-- Which actors a story names, and how often.
CREATE TABLE article_actor (
    article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    actor_id INTEGER NOT NULL REFERENCES actor(id) ON DELETE CASCADE,
    mentions INTEGER NOT NULL CHECK (mentions >= 0),
    first_start INTEGER,
    first_end INTEGER,
    PRIMARY KEY (article_id, actor_id)
) WITHOUT ROWID;
CREATE INDEX article_actor_actor ON article_actor(actor_id);

-- Direct quotes and embedded social posts.
CREATE TABLE quote (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    -- The quote's words folded (lower case letters and digits only): the same quote carried by several
    -- stories shares its key.
    text_key TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('direct', 'embedded_post')),
    speaker TEXT,
    speaker_mention TEXT,
    speaker_start INTEGER,
    speaker_end INTEGER,
    speaker_role TEXT,
    speaker_handle TEXT,
    actor_id INTEGER REFERENCES actor(id) ON DELETE SET NULL,
    cue TEXT,
    said_on TEXT,
    CHECK (0 <= start AND start <= "end")
);
CREATE INDEX quote_article ON quote(article_id);
CREATE INDEX quote_actor ON quote(actor_id);
CREATE INDEX quote_text_key ON quote(text_key);

-- Claims a story credits to an outlet or a body ("Reuters reports that…", "according to the AP").
CREATE TABLE attribution (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    source TEXT NOT NULL,
    source_mention TEXT NOT NULL,
    source_start INTEGER NOT NULL,
    source_end INTEGER NOT NULL,
    outlet_id INTEGER REFERENCES outlet(id) ON DELETE SET NULL,
    cue TEXT NOT NULL,
    claim TEXT,
    claim_start INTEGER,
    claim_end INTEGER
);
CREATE INDEX attribution_article ON attribution(article_id);
CREATE INDEX attribution_outlet ON attribution(outlet_id);

-- The outlets a story is published by or cites.
CREATE TABLE article_outlet (
    article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    outlet_id INTEGER NOT NULL REFERENCES outlet(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('publisher', 'cited')),
    mentions INTEGER NOT NULL CHECK (mentions >= 0),
    first_start INTEGER,
    first_end INTEGER,
    PRIMARY KEY (article_id, outlet_id, role)
) WITHOUT ROWID;
CREATE INDEX article_outlet_outlet ON article_outlet(outlet_id, role);

-- Places, from the GeoNames gazetteer.
CREATE TABLE location (
    id INTEGER PRIMARY KEY,
    geoname_id INTEGER UNIQUE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('city', 'region', 'country')),
    country_code TEXT
);
CREATE INDEX location_name ON location(name COLLATE NOCASE);

-- The places a story names.
CREATE TABLE article_location (
    article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    location_id INTEGER NOT NULL REFERENCES location(id) ON DELETE CASCADE,
    mentions INTEGER NOT NULL CHECK (mentions >= 0),
    first_start INTEGER NOT NULL,
    first_end INTEGER NOT NULL,
    PRIMARY KEY (article_id, location_id)
) WITHOUT ROWID;
CREATE INDEX article_location_location ON article_location(location_id);

-- Dates a story mentions, resolved to days.
CREATE TABLE date_mention (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    date TEXT NOT NULL,
    is_relative INTEGER NOT NULL CHECK (is_relative IN (0, 1))
);
CREATE INDEX date_mention_article ON date_mention(article_id);

-- One row a `morgue ingest` run.
CREATE TABLE ingest_run (
    id INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    status TEXT NOT NULL CHECK (status IN ('running', 'finished')),
    inputs TEXT NOT NULL,
    new_count INTEGER NOT NULL DEFAULT 0,
    updated_count INTEGER NOT NULL DEFAULT 0,
    unchanged_count INTEGER NOT NULL DEFAULT 0,
    failed_count INTEGER NOT NULL DEFAULT 0,
    quote_count INTEGER NOT NULL DEFAULT 0
);

-- What could not be ingested, and why.
CREATE TABLE ingest_error (
    id INTEGER PRIMARY KEY,
    run_id INTEGER NOT NULL REFERENCES ingest_run(id) ON DELETE CASCADE,
    path TEXT NOT NULL,
    line INTEGER,
    message TEXT NOT NULL
);
CREATE INDEX ingest_error_run ON ingest_error(run_id);

-- Full-text indexes (porter stemming over unicode61), kept in step with their tables by triggers.
CREATE VIRTUAL TABLE article_fts USING fts5(
    title, body, content = 'article', content_rowid = 'id', tokenize = 'porter unicode61');
CREATE TRIGGER article_fts_insert AFTER INSERT ON article BEGIN
    INSERT INTO article_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER article_fts_delete AFTER DELETE ON article BEGIN
    INSERT INTO article_fts(article_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;
CREATE TRIGGER article_fts_update AFTER UPDATE OF title, body ON article BEGIN
    INSERT INTO article_fts(article_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO article_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;

CREATE VIRTUAL TABLE quote_fts USING fts5(
    text, content = 'quote', content_rowid = 'id', tokenize = 'porter unicode61');
CREATE TRIGGER quote_fts_insert AFTER INSERT ON quote BEGIN
    INSERT INTO quote_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER quote_fts_delete AFTER DELETE ON quote BEGIN
    INSERT INTO quote_fts(quote_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER quote_fts_update AFTER UPDATE OF text ON quote BEGIN
    INSERT INTO quote_fts(quote_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO quote_fts(rowid, text) VALUES (new.id, new.text);
END;

-- Views for the common joins, for sqlite3 and Datasette users.
CREATE VIEW article_summary AS
SELECT a.id, a.published_date, o.name AS outlet, a.title, a.byline, a.url, a.source_path,
       (SELECT count(*) FROM quote q WHERE q.article_id = a.id) AS quotes
FROM article a LEFT JOIN outlet o ON o.id = a.outlet_id;

CREATE VIEW quote_detail AS
SELECT q.id, q.article_id, a.published_date, o.name AS outlet, a.title AS article_title,
       coalesce(ac.name, q.speaker) AS speaker, q.speaker_role, q.speaker_handle, q.cue, q.kind,
       q.said_on, q.text, q.start, q."end"
FROM quote q
JOIN article a ON a.id = q.article_id
LEFT JOIN outlet o ON o.id = a.outlet_id
LEFT JOIN actor ac ON ac.id = q.actor_id;
