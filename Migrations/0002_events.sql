-- Events: stories about the same happening, found by Morgue ("auto") or defined by a user ("user").
-- An event's id never changes and is never reused (AUTOINCREMENT), so that reporters can refer to
-- "event 12" across nightly ingests; regrouping only adds stories to events and creates new ones.

CREATE TABLE event (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL CHECK (length(name) > 0),
    -- 'auto': found by grouping stories; 'user': created with `morgue event create`.
    origin TEXT NOT NULL CHECK (origin IN ('auto', 'user')),
    -- 1 once a user has named the event: grouping no longer regenerates its name.
    is_named_by_user INTEGER NOT NULL DEFAULT 0 CHECK (is_named_by_user IN (0, 1)),
    -- A user event's query: stories matching it join the event, now and at later ingests.
    query_text TEXT,
    query_since TEXT CHECK (query_since IS NULL OR query_since GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    query_until TEXT CHECK (query_until IS NULL OR query_until GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    query_location TEXT,
    query_actor TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT,
    CHECK (origin = 'user' OR query_text IS NULL)
);
CREATE UNIQUE INDEX event_user_name ON event(name COLLATE NOCASE) WHERE origin = 'user';

-- Which stories an event holds, and why: 'auto' (grouping), 'query' (the user event's query) or
-- 'user' (`morgue event add`). A user's removal keeps the row, marked removed, so that neither
-- grouping nor the event's query brings the story back.
CREATE TABLE event_article (
    event_id INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    origin TEXT NOT NULL CHECK (origin IN ('auto', 'query', 'user')),
    is_removed INTEGER NOT NULL DEFAULT 0 CHECK (is_removed IN (0, 1)),
    added_at TEXT NOT NULL,
    PRIMARY KEY (event_id, article_id)
) WITHOUT ROWID;
CREATE INDEX event_article_article ON event_article(article_id);
-- Grouping puts a story in one found event at most.
CREATE UNIQUE INDEX event_article_one_auto ON event_article(article_id) WHERE origin = 'auto' AND is_removed = 0;

-- How far grouping has read: stories with a larger id are new to it. Older stories in no event are
-- not examined again by themselves, only as partners of new ones (a story can only match stories
-- within a few days of it, and those arrive with it).
CREATE TABLE event_grouping (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    last_article_id INTEGER NOT NULL CHECK (last_article_id >= 0)
);

-- Each event with its size and date span, for sqlite3 and Datasette users.
CREATE VIEW event_summary AS
SELECT e.id, e.name, e.origin, count(a.id) AS stories,
       min(a.published_date) AS first_date, max(a.published_date) AS last_date
FROM event e
LEFT JOIN event_article ea ON ea.event_id = e.id AND ea.is_removed = 0
LEFT JOIN article a ON a.id = ea.article_id
GROUP BY e.id;
