-- Wirescope store, schema version 3: every event with what the dyad, network and actor queries ask
-- of it, worked out once when it is stored instead of at every query: the day it is on, its story,
-- and the keys of the actors on either side. Store.open rebuilds the table when it does not hold
-- exactly the stored events (a store filled by other means than Store.write, or an older one).

-- An actor's key across articles: its name folded to lower-case ASCII words joined by '-', then '.'
-- and the ISO country code when known; a name with no Latin letter or digit becomes 'n' and ten hex
-- digits of the MD5 of its lower-case form (see ActorKeys).
CREATE MACRO actor_key(name, country) AS (
    CASE WHEN trim(regexp_replace(lower(strip_accents(name)), '[^a-z0-9]+', '-', 'g'), '-') = ''
         THEN 'n' || left(md5(lower(name)), 10)
         ELSE trim(regexp_replace(lower(strip_accents(name)), '[^a-z0-9]+', '-', 'g'), '-') END
    || coalesce('.' || lower(country), ''));

-- The day an event is on: its own date, else its article's publication date or lower bound. Its
-- story: the first article of its article's near-duplicate cluster, else the article it copies,
-- else its own article.
CREATE VIEW event_sides_source AS
SELECT e.article_id, e.event_id,
       coalesce(e.date, ar.published_date, ar.published_not_before) AS day,
       coalesce(ar.cluster, ar.duplicate_of, ar.id) AS story,
       e.source_code, e.source_name, e.target_code, e.target_name, e.cameo, e.quad_class, e.goldstein,
       CASE WHEN s.name IS NOT NULL THEN actor_key(s.name, s.country) END AS source_key,
       s.name AS source_actor_name, s.type AS source_type, s.country AS source_country,
       CASE WHEN t.name IS NOT NULL THEN actor_key(t.name, t.country) END AS target_key,
       t.name AS target_actor_name, t.type AS target_type, t.country AS target_country
FROM events e
JOIN articles ar ON ar.id = e.article_id
LEFT JOIN actors s ON s.article_id = e.article_id AND s.actor_id = e.source_actor
LEFT JOIN actors t ON t.article_id = e.article_id AND t.actor_id = e.target_actor;

CREATE TABLE event_sides (
    article_id        VARCHAR NOT NULL,
    event_id          VARCHAR NOT NULL,
    day               DATE,
    story             VARCHAR NOT NULL,
    source_code       VARCHAR,
    source_name       VARCHAR NOT NULL,
    target_code       VARCHAR,
    target_name       VARCHAR,
    cameo             VARCHAR NOT NULL,
    quad_class        INTEGER NOT NULL,
    goldstein         DOUBLE NOT NULL,
    source_key        VARCHAR,
    source_actor_name VARCHAR,
    source_type       VARCHAR,
    source_country    VARCHAR,
    target_key        VARCHAR,
    target_actor_name VARCHAR,
    target_type       VARCHAR,
    target_country    VARCHAR
);

COMMENT ON TABLE event_sides IS 'Derived from events, articles and actors (see the view event_sides_source); one row per event';
