CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY, title VARCHAR, date DATE, outlet VARCHAR, url VARCHAR, text VARCHAR, record JSON,
    content_hash VARCHAR
);
ALTER TABLE articles ADD COLUMN IF NOT EXISTS content_hash VARCHAR;
ALTER TABLE articles ADD COLUMN IF NOT EXISTS source VARCHAR;  -- file path (or file:line) it was read from
ALTER TABLE articles ADD COLUMN IF NOT EXISTS language VARCHAR;  -- ISO 639-1, null when too short to tell
ALTER TABLE articles ADD COLUMN IF NOT EXISTS added TIMESTAMP DEFAULT (now() AT TIME ZONE 'UTC');  -- GDELT DATEADDED
CREATE TABLE IF NOT EXISTS events (
    id VARCHAR, article_id VARCHAR, sentence_index INTEGER, sentence VARCHAR, trigger VARCHAR,
    source_text VARCHAR, source_name VARCHAR, source_code VARCHAR, source_country VARCHAR,
    target_text VARCHAR, target_name VARCHAR, target_code VARCHAR, target_country VARCHAR,
    code VARCHAR, root VARCHAR, quad_class INTEGER, goldstein DOUBLE, plover_type VARCHAR, plover_mode VARCHAR,
    date DATE, date_precision VARCHAR, location VARCHAR, lat DOUBLE, lon DOUBLE,
    negated BOOLEAN, modality VARCHAR, reported_by VARCHAR
);
ALTER TABLE events ADD COLUMN IF NOT EXISTS trigger_start INTEGER;
ALTER TABLE events ADD COLUMN IF NOT EXISTS trigger_end INTEGER;
CREATE TABLE IF NOT EXISTS quotes (
    id VARCHAR, article_id VARCHAR, kind VARCHAR, speaker_text VARCHAR, speaker_name VARCHAR, speaker_code VARCHAR,
    cue VARCHAR, content VARCHAR, content_start INTEGER, content_end INTEGER, relayed_by VARCHAR
);
CREATE TABLE IF NOT EXISTS actors (
    article_id VARCHAR, text VARCHAR, start_char INTEGER, end_char INTEGER, name VARCHAR, code VARCHAR,
    country VARCHAR, sector VARCHAR, grp VARCHAR
);
CREATE OR REPLACE VIEW actor_registry AS
SELECT x.name, mode(x.code) AS code, string_agg(DISTINCT x.text, ' | ') AS aliases,
       min(a.date) AS first_seen, max(a.date) AS last_seen, count(DISTINCT x.article_id) AS articles
FROM actors x JOIN articles a ON a.id = x.article_id
WHERE x.name IS NOT NULL AND x.code IS NOT NULL
GROUP BY x.name;
-- Cross-article stage (eventwire/crossdoc, docs/crossdoc.md): `events` keeps one row per mention as coded;
-- merged_events one row per real-world event, event_mentions which mentions make it; near-duplicates and stories
-- per article in crossdoc_articles.
CREATE TABLE IF NOT EXISTS crossdoc_articles (
    article_id VARCHAR PRIMARY KEY, date DATE, duplicate_of VARCHAR, story_id VARCHAR, minhash BLOB,
    terms INTEGER[], weights FLOAT[]
);
CREATE TABLE IF NOT EXISTS crossdoc_bands (key BIGINT, article_id VARCHAR);
CREATE TABLE IF NOT EXISTS crossdoc_dyads (dyad VARCHAR, article_id VARCHAR, date DATE);
CREATE TABLE IF NOT EXISTS event_mentions (
    event_id VARCHAR, mention_id VARCHAR, article_id VARCHAR, block VARCHAR, anchor VARCHAR, place VARCHAR,
    date DATE, date_precision VARCHAR, day DATE, lo DATE, hi DATE
);
-- a mention keeps its article's date (what finds it: docs/crossdoc.md), outlet and sentence (what the counts need)
ALTER TABLE event_mentions ADD COLUMN IF NOT EXISTS pub DATE;
ALTER TABLE event_mentions ADD COLUMN IF NOT EXISTS outlet VARCHAR;
ALTER TABLE event_mentions ADD COLUMN IF NOT EXISTS sentence_index INTEGER;
-- whether the mention itself is a fact (a withheld mention joins its fact's event, whose fields a fact gives)
ALTER TABLE event_mentions ADD COLUMN IF NOT EXISTS fact BOOLEAN;
-- the few mentions dated far from their article's date (a history, a plan, a year), also kept here to be read whole
CREATE TABLE IF NOT EXISTS crossdoc_far (
    event_id VARCHAR, mention_id VARCHAR, article_id VARCHAR, block VARCHAR, anchor VARCHAR, place VARCHAR,
    date DATE, date_precision VARCHAR, day DATE, lo DATE, hi DATE, pub DATE, outlet VARCHAR, sentence_index INTEGER
);
ALTER TABLE crossdoc_far ADD COLUMN IF NOT EXISTS fact BOOLEAN;
-- the stage looks these up by key, a batch's few values at a time (eventwire/crossdoc/lookup.py)
CREATE INDEX IF NOT EXISTS crossdoc_articles_story ON crossdoc_articles (story_id);
CREATE INDEX IF NOT EXISTS crossdoc_articles_copy ON crossdoc_articles (duplicate_of);
-- band keys have no index (DuckDB loads a whole index to write to it: memory would grow with the store); they are
-- read within a window of publication dates instead (crossdoc/__init__.py, neardup.DAYS). Stores from before
-- lose the index here and get the dates in store/migrate.py
DROP INDEX IF EXISTS crossdoc_bands_key;
ALTER TABLE crossdoc_bands ADD COLUMN IF NOT EXISTS date DATE;
-- no primary key, for the same reason: an event is read and replaced by id within the dates of its latest mention's
-- article (`seen`), which follow the order rows are written in, so DuckDB skips other row groups (crossdoc/merge.py)
CREATE TABLE IF NOT EXISTS merged_events (
    id VARCHAR, article_id VARCHAR, sentence_index INTEGER, sentence VARCHAR, trigger VARCHAR,
    source_text VARCHAR, source_name VARCHAR, source_code VARCHAR, source_country VARCHAR,
    target_text VARCHAR, target_name VARCHAR, target_code VARCHAR, target_country VARCHAR,
    code VARCHAR, root VARCHAR, quad_class INTEGER, goldstein DOUBLE, plover_type VARCHAR, plover_mode VARCHAR,
    date DATE, date_precision VARCHAR, location VARCHAR, lat DOUBLE, lon DOUBLE,
    negated BOOLEAN, modality VARCHAR, reported_by VARCHAR, trigger_start INTEGER, trigger_end INTEGER,
    num_mentions INTEGER, num_articles INTEGER, num_sources INTEGER, seen DATE
);
CREATE TABLE IF NOT EXISTS disputes (
    article_id VARCHAR, a VARCHAR, a_article VARCHAR, b VARCHAR, b_article VARCHAR, reason VARCHAR
);
CREATE TABLE IF NOT EXISTS crossdoc_quotes (
    quote_id VARCHAR, article_id VARCHAR, date DATE, speaker VARCHAR, topics VARCHAR[], start INTEGER,
    disputing VARCHAR, words VARCHAR[]
);
ALTER TABLE crossdoc_quotes ADD COLUMN IF NOT EXISTS words VARCHAR[];
