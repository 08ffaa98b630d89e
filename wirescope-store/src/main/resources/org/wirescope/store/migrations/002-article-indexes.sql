-- Wirescope store, schema version 2: an index on article_id of every table that holds an article's
-- parts, so that reading one article (the API's article page) looks up its rows instead of scanning
-- the tables; with a million events a scan takes tens of milliseconds, a lookup well under one.

CREATE INDEX captions_by_article ON captions (article_id);
CREATE INDEX actors_by_article ON actors (article_id);
CREATE INDEX mentions_by_article ON mentions (article_id);
CREATE INDEX quotes_by_article ON quotes (article_id);
CREATE INDEX events_by_article ON events (article_id);
CREATE INDEX dates_by_article ON dates (article_id);
