-- Morgue's archive schema: what fetching needs to be polite and repeatable.

-- The validators a web server sent with the last good copy of each feed or page Morgue fetched
-- (ETag, Last-Modified), sent back on the next fetch so that an unchanged feed answers
-- "304 Not Modified" and nothing is downloaded or ingested again.
CREATE TABLE fetch_validator (
    url TEXT PRIMARY KEY CHECK (url GLOB 'http*://*'),
    etag TEXT,
    last_modified TEXT,
    -- When the copy these validators describe was fetched (ISO-8601, UTC).
    fetched_at TEXT NOT NULL,
    CHECK (etag IS NOT NULL OR last_modified IS NOT NULL)
);
