-- Wirescope store, schema version 8: derived tables kept in an order that lets DuckDB's zone maps
-- skip most of them.
--
-- event_sides is kept in the order of its side codes and days (source_cid, target_cid, day): a dyad
-- query reads the few row groups that hold its codes. pair_days holds, per day and pair of numbered
-- actor keys (self loops left out), the events between them, their Goldstein sum and how many were
-- conflict (QuadClass 3 or 4); kept in day order, so a network over a window reads the window's row
-- groups only, and over all time a table much smaller than event_sides.
--
-- Batches append their rows at the end (pair_days may then hold several rows for one day and pair;
-- queries sum them). Once the rows appended since a table was last put in order pass a tenth of it
-- (and at least EventSides.MIN_UNSORTED rows), the batch that passes the mark rewrites the table in
-- order (pair_days merged to one row per day and pair). table_order counts the rows in order at the
-- start of each table.
CREATE TABLE pair_days (
    day        DATE,
    source_kid INTEGER NOT NULL,
    target_kid INTEGER NOT NULL,
    events     BIGINT NOT NULL,
    goldstein  DOUBLE NOT NULL,
    conflict   BIGINT NOT NULL
);

INSERT INTO pair_days
SELECT day, source_kid, target_kid, count(*), sum(goldstein), count(*) FILTER (WHERE quad_class >= 3)
FROM event_sides
WHERE source_kid IS NOT NULL AND target_kid IS NOT NULL AND source_kid <> target_kid
GROUP BY day, source_kid, target_kid
ORDER BY day, source_kid, target_kid;

CREATE TABLE table_order (
    table_name  VARCHAR PRIMARY KEY,
    sorted_rows BIGINT NOT NULL
);

INSERT INTO table_order VALUES ('event_sides', 0), ('pair_days', (SELECT count(*) FROM pair_days));

COMMENT ON TABLE pair_days IS 'Events per day and pair of numbered actor keys (derived from event_sides, see EventSides)';
COMMENT ON TABLE table_order IS 'How many rows at the start of each kept-in-order table are in its order (see EventSides)';
