-- Morgue's archive schema: finding quotes by speaker without reading every quote.

-- `morgue quotes --by NAME` matches a name through actor aliases, the speaker's handle, and part of
-- the speaker as the story gives it ("spokesperson"). That last match is a LIKE '%…%', which no index
-- serves: it runs over this table of the distinct speakers (thousands of rows, not millions of
-- quotes), and the quotes of the speakers found are then read through `quote_speaker`.
CREATE TABLE speaker_name (
    name TEXT PRIMARY KEY
) WITHOUT ROWID;
INSERT OR IGNORE INTO speaker_name (name) SELECT speaker FROM quote WHERE speaker IS NOT NULL;
CREATE TRIGGER speaker_name_insert AFTER INSERT ON quote WHEN new.speaker IS NOT NULL BEGIN
    INSERT OR IGNORE INTO speaker_name (name) VALUES (new.speaker);
END;
CREATE TRIGGER speaker_name_update AFTER UPDATE OF speaker ON quote WHEN new.speaker IS NOT NULL BEGIN
    INSERT OR IGNORE INTO speaker_name (name) VALUES (new.speaker);
END;
CREATE INDEX quote_speaker ON quote(speaker);
CREATE INDEX quote_speaker_handle ON quote(speaker_handle COLLATE NOCASE);
