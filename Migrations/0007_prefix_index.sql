-- Prefix searches (`offi*`) read one list from a prefix index of the first four characters of every
-- word, instead of merging the lists of every indexed word with that prefix (office, officer,
-- official, …) over the whole archive before a single story is ranked. FTS5 takes its options only
-- when the table is created: the index is made again, with the same columns and tokenizer, from the
-- stories themselves (`rebuild`), and its triggers on `article` go on writing to it by name.
DROP TABLE article_fts;
CREATE VIRTUAL TABLE article_fts USING fts5(
    title, body, content = 'article', content_rowid = 'id', tokenize = 'porter unicode61', prefix = '4');
INSERT INTO article_fts(article_fts) VALUES ('rebuild');
