-- Wirescope store, schema version 4: event_sides groups and filters by numbers instead of strings.
-- Actor keys and codes on the sides of events are numbered once (actor_key_ids, code_ids) and
-- event_sides keeps the numbers, with its codes in upper case; the names and keys it kept in
-- version 3 are left to the numbered tables. The rows are worked out in code (EventSides) from a
-- write batch's own rows, not through a view over every stored row; Store.open fills the new table,
-- as it does whenever event_sides does not hold the stored events.

DROP TABLE event_sides;
DROP VIEW event_sides_source;

-- Every actor key seen on a side of an event, numbered, with the name, type and country of one of
-- its actors (the first stored), so that events can be grouped by two small integers.
CREATE TABLE actor_key_ids (
    kid     INTEGER PRIMARY KEY,
    key     VARCHAR NOT NULL UNIQUE,
    name    VARCHAR NOT NULL,
    type    VARCHAR NOT NULL,
    country VARCHAR
);

-- Every actor code on a side of an event, in upper case, numbered: a filter on the start of a code
-- picks the few matching numbers, then compares integers.
CREATE TABLE code_ids (
    cid  INTEGER PRIMARY KEY,
    code VARCHAR NOT NULL UNIQUE
);

-- Codes are kept in upper case, so that filters need not fold every row.
CREATE TABLE event_sides (
    article_id  VARCHAR NOT NULL,
    event_id    VARCHAR NOT NULL,
    day         DATE,
    story       VARCHAR NOT NULL,
    source_code VARCHAR,
    source_name VARCHAR NOT NULL,
    target_code VARCHAR,
    target_name VARCHAR,
    cameo       VARCHAR NOT NULL,
    quad_class  INTEGER NOT NULL,
    goldstein   DOUBLE NOT NULL,
    source_kid  INTEGER,
    target_kid  INTEGER,
    source_cid  INTEGER,
    target_cid  INTEGER
);

COMMENT ON TABLE code_ids IS 'Actor codes on a side of an event, numbered (derived, see EventSides)';
COMMENT ON TABLE actor_key_ids IS 'Actor keys on a side of an event, numbered (derived, see EventSides)';
COMMENT ON TABLE event_sides IS 'Derived from events, articles and actors (see EventSides); one row per event';
