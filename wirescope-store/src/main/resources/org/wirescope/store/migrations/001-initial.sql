-- Wirescope store, schema version 1.
-- Offsets are character offsets into articles.text, half-open [start, end).
-- Timestamps are UTC. Enum-like values follow the JSONL contract (docs/output-format.md):
-- source_format, kind and modality in lower case, actor type in upper case.

CREATE TABLE runs (
    id                 VARCHAR PRIMARY KEY,
    inputs             VARCHAR[] NOT NULL,
    options            VARCHAR NOT NULL,
    started_at         TIMESTAMP NOT NULL,
    attempt_started_at TIMESTAMP NOT NULL,
    finished_at        TIMESTAMP,
    attempts           INTEGER NOT NULL,
    status             VARCHAR NOT NULL,
    files              BIGINT NOT NULL,
    articles           BIGINT NOT NULL,
    rejects            BIGINT NOT NULL,
    bytes              BIGINT NOT NULL
);

CREATE TABLE articles (
    id                   VARCHAR PRIMARY KEY,
    source_uri           VARCHAR NOT NULL,
    source_format        VARCHAR NOT NULL,
    source_url           VARCHAR,
    source_id            VARCHAR,
    title                VARCHAR NOT NULL,
    published_date       DATE,
    published_not_before DATE,
    published_how        VARCHAR NOT NULL,
    published_evidence   VARCHAR,
    language             VARCHAR,
    byline               VARCHAR[] NOT NULL,
    text                 VARCHAR NOT NULL,
    paragraphs           INTEGER[][] NOT NULL,
    raw_map              INTEGER[][] NOT NULL,
    raw_map_length       INTEGER NOT NULL,
    duplicate_of         VARCHAR,
    cluster              VARCHAR,
    run_id               VARCHAR NOT NULL,
    ingested_at          TIMESTAMP NOT NULL
);

CREATE TABLE captions (
    article_id VARCHAR NOT NULL,
    idx        INTEGER NOT NULL,
    text       VARCHAR NOT NULL,
    credit     VARCHAR,
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE actors (
    article_id VARCHAR NOT NULL,
    actor_id   VARCHAR NOT NULL,
    idx        INTEGER NOT NULL,
    name       VARCHAR NOT NULL,
    type       VARCHAR NOT NULL,
    country    VARCHAR,
    sector     VARCHAR,
    code       VARCHAR,
    role       VARCHAR,
    PRIMARY KEY (article_id, actor_id)
);

CREATE TABLE mentions (
    article_id VARCHAR NOT NULL,
    actor_id   VARCHAR NOT NULL,
    idx        INTEGER NOT NULL,
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL,
    text       VARCHAR NOT NULL,
    PRIMARY KEY (article_id, actor_id, span_start)
);

CREATE TABLE quotes (
    article_id            VARCHAR NOT NULL,
    quote_id              VARCHAR NOT NULL,
    idx                   INTEGER NOT NULL,
    text                  VARCHAR NOT NULL,
    span_start            INTEGER NOT NULL,
    span_end              INTEGER NOT NULL,
    kind                  VARCHAR NOT NULL,
    speaker_actor         VARCHAR,
    speaker_name          VARCHAR NOT NULL,
    speaker_role          VARCHAR,
    speaker_mention_start INTEGER,
    speaker_mention_end   INTEGER,
    speaker_mention_text  VARCHAR,
    cue_start             INTEGER,
    cue_end               INTEGER,
    cue_text              VARCHAR,
    via                   JSON NOT NULL,
    PRIMARY KEY (article_id, quote_id)
);

CREATE TABLE events (
    article_id     VARCHAR NOT NULL,
    event_id       VARCHAR NOT NULL,
    idx            INTEGER NOT NULL,
    source_actor   VARCHAR,
    source_name    VARCHAR NOT NULL,
    source_code    VARCHAR,
    target_actor   VARCHAR,
    target_name    VARCHAR,
    target_code    VARCHAR,
    cameo          VARCHAR NOT NULL,
    plover_type    VARCHAR NOT NULL,
    plover_mode    VARCHAR,
    goldstein      DOUBLE NOT NULL,
    quad_class     INTEGER NOT NULL,
    date           DATE,
    modality       VARCHAR NOT NULL,
    evidence_start INTEGER NOT NULL,
    evidence_end   INTEGER NOT NULL,
    evidence_text  VARCHAR NOT NULL,
    quote_id       VARCHAR,
    confidence     DOUBLE NOT NULL,
    PRIMARY KEY (article_id, event_id)
);

CREATE TABLE dates (
    article_id VARCHAR NOT NULL,
    idx        INTEGER NOT NULL,
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL,
    text       VARCHAR NOT NULL,
    value      VARCHAR NOT NULL,
    caption    INTEGER,
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE rejects (
    uri        VARCHAR NOT NULL,
    stage      VARCHAR NOT NULL,
    reason     VARCHAR NOT NULL,
    run_id     VARCHAR NOT NULL,
    first_seen TIMESTAMP NOT NULL,
    PRIMARY KEY (uri, stage, reason)
);

COMMENT ON TABLE runs IS 'One row per distinct ingest (inputs + options); a rerun resumes the row and counts attempts';
COMMENT ON TABLE articles IS 'Clean articles; id is a hash of the normalised title and body';
COMMENT ON TABLE captions IS 'Photo captions of an article, in order (idx), with the parsed credit line';
COMMENT ON TABLE actors IS 'Who speaks or acts in an article; actor_id is local to the article';
COMMENT ON TABLE mentions IS 'Every place an actor is mentioned: [span_start, span_end) into articles.text';
COMMENT ON TABLE quotes IS 'Who said what: statement, speaker, cue verb and the outlets that relayed it';
COMMENT ON TABLE events IS 'Who did what to whom: CAMEO/PLOVER-coded events with their evidence';
COMMENT ON TABLE dates IS 'Date expressions in the text and the ISO date they resolve to';
COMMENT ON TABLE rejects IS 'Input that could not be processed, once per uri, stage and reason';
COMMENT ON COLUMN articles.paragraphs IS 'One [start, end] pair per paragraph, offsets into text';
COMMENT ON COLUMN articles.raw_map IS 'Copied runs [clean_start, raw_start, length] mapping text offsets back to the raw input';
COMMENT ON COLUMN articles.raw_map_length IS 'Length of the clean text the raw_map covers';
COMMENT ON COLUMN articles.published_how IS 'given, dateline, caption, weekday, bound or none';
COMMENT ON COLUMN articles.run_id IS 'The run that first stored this article';
COMMENT ON COLUMN quotes.via IS 'Relays as a JSON array of {"actor": id or null, "name": outlet}';
COMMENT ON COLUMN quotes.kind IS 'direct, partial or indirect';
COMMENT ON COLUMN events.modality IS 'asserted, negated, conditional, intended or alleged';
COMMENT ON COLUMN events.quote_id IS 'The quote that carries this event, when there is one';
COMMENT ON COLUMN dates.caption IS 'Index of the caption holding the mention (offsets then index that caption''s text); NULL for the article text';
COMMENT ON COLUMN dates.value IS 'ISO date at the precision the text gives: 2022-12-27, 2022-12 or 2023';
