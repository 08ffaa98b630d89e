-- Wirescope store, schema version 6: when a crawler fetched a page, and the upper bound that sets on
-- the publication date of a page that states none. New columns go last: rows are appended by position.

ALTER TABLE articles ADD COLUMN source_fetched TIMESTAMP;
ALTER TABLE articles ADD COLUMN published_not_after DATE;

COMMENT ON COLUMN articles.source_fetched IS 'When a crawler fetched the page (WARC-Date), UTC; NULL for input not from a crawl';
COMMENT ON COLUMN articles.published_not_after IS 'An upper bound on the publication date (published_how fetched: the fetch day), when no date is known';
