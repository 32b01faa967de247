-- Morgue's archive schema: which extraction rules produced each story's facts, and what was stored.

-- The version of Morgue's extraction rules (`Extractor.rulesVersion`) that found the story's quotes,
-- attributions, actors, outlets, places and dates. NULL for stories stored before versions were kept.
-- `morgue reextract` brings stories extracted by older rules up to date.
ALTER TABLE article ADD COLUMN extracted_by INTEGER CHECK (extracted_by IS NULL OR extracted_by > 0);

-- What was stored with the story, written in the same transaction: counts of each kind of fact and a
-- checksum of their offsets ("quotes=3 attributions=1 dates=2 actor_mentions=9 outlet_mentions=2
-- place_mentions=4 checksum=5f1c…"). `morgue verify` recounts the stored rows against it, so a fact
-- lost after storing shows whatever version of the rules extracted it. NULL for older stories.
ALTER TABLE article ADD COLUMN facts_stored TEXT;

CREATE INDEX article_extracted_by ON article(extracted_by);
