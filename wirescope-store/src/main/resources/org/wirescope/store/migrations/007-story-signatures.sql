-- Wirescope store, schema version 7: every article names its story, and the near-duplicate index is
-- kept so that a later ingest puts its near-copies in the stories of earlier ones.
-- An article's story is its cluster: the id of the cluster's first article, its own id when it founded
-- one. Earlier versions left the first article's cluster NULL; it names its own cluster now.

UPDATE articles SET cluster = coalesce(duplicate_of, id) WHERE cluster IS NULL;

CREATE TABLE story_signatures (
    article_id VARCHAR PRIMARY KEY,
    seq        BIGINT NOT NULL,
    body_hash  BIGINT NOT NULL,
    min_hash   INTEGER[] NOT NULL,
    cluster    VARCHAR NOT NULL
);

COMMENT ON TABLE story_signatures IS 'The near-duplicate index: one row per distinct article body (exact copies have none), in the order indexed (seq)';
COMMENT ON COLUMN story_signatures.body_hash IS 'Hash of the body''s lower-cased words, for exact copies';
COMMENT ON COLUMN story_signatures.min_hash IS 'MinHash signature over five-word shingles of the body; empty for a body without words';
COMMENT ON COLUMN story_signatures.cluster IS 'The article''s cluster when indexed (articles.cluster)';
COMMENT ON COLUMN articles.cluster IS 'The story: id of the first article of its near-duplicate cluster, the article''s own id when it founded one';
