"""Named schema migrations for the DuckDB store, applied in order, each in one transaction with its record.

Never edit a migration that has shipped: add a new one. ``_migrations`` records what a database has.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Migration:
    name: str
    sql: str


_ACTOR_COLS = """
    {p}_name VARCHAR, {p}_mention VARCHAR, {p}_country VARCHAR, {p}_sector VARCHAR, {p}_org VARCHAR,
    {p}_grp VARCHAR, {p}_code VARCHAR, {p}_actor_id VARCHAR"""

MIGRATIONS: tuple[Migration, ...] = (
    Migration("0001_initial", f"""
CREATE TABLE articles (
    id VARCHAR PRIMARY KEY, title VARCHAR, published VARCHAR, lang VARCHAR, url VARCHAR, source VARCHAR,
    text VARCHAR NOT NULL, metadata JSON, ingested_at TIMESTAMP DEFAULT current_timestamp
);
CREATE TABLE sentences (
    article_id VARCHAR NOT NULL, idx INTEGER NOT NULL, start_char INTEGER, end_char INTEGER, text VARCHAR,
    PRIMARY KEY (article_id, idx)
);
CREATE TABLE entities (
    article_id VARCHAR NOT NULL, idx INTEGER NOT NULL, text VARCHAR, label VARCHAR, start_char INTEGER, end_char INTEGER,
    PRIMARY KEY (article_id, idx)
);
CREATE TABLE mentions (
    article_id VARCHAR NOT NULL, idx INTEGER NOT NULL, text VARCHAR, label VARCHAR, start_char INTEGER,
    end_char INTEGER, sentence INTEGER, rule VARCHAR, {_ACTOR_COLS.format(p='actor')},
    PRIMARY KEY (article_id, idx)
);
CREATE TABLE actors (
    id VARCHAR PRIMARY KEY, name VARCHAR, country VARCHAR, sector VARCHAR, org VARCHAR, grp VARCHAR,
    code VARCHAR, wikidata VARCHAR
);
CREATE TABLE events (
    id VARCHAR PRIMARY KEY, article_id VARCHAR NOT NULL, idx INTEGER NOT NULL,
    sentence VARCHAR, sentence_start INTEGER, sentence_end INTEGER,
    trigger VARCHAR, trigger_start INTEGER, trigger_end INTEGER,
    cameo VARCHAR, root VARCHAR, plover VARCHAR, plover_mode VARCHAR, quad_class INTEGER, goldstein DOUBLE,
    {_ACTOR_COLS.format(p='source')}, {_ACTOR_COLS.format(p='target')},
    date VARCHAR, date_source VARCHAR,
    place_name VARCHAR, place_country VARCHAR, place_lat DOUBLE, place_lon DOUBLE, place_geonameid BIGINT,
    place_feature VARCHAR, place_source VARCHAR,
    confidence DOUBLE, rule VARCHAR, mentions INTEGER, quote_idx INTEGER
);
CREATE TABLE quotes (
    article_id VARCHAR NOT NULL, idx INTEGER NOT NULL, text VARCHAR, start_char INTEGER, end_char INTEGER,
    direct BOOLEAN, cue VARCHAR, sentence INTEGER, rule VARCHAR, {_ACTOR_COLS.format(p='speaker')},
    PRIMARY KEY (article_id, idx)
);
CREATE TABLE places (
    article_id VARCHAR NOT NULL, idx INTEGER NOT NULL, name VARCHAR, country VARCHAR, lat DOUBLE, lon DOUBLE,
    geonameid BIGINT, feature VARCHAR, source VARCHAR, start_char INTEGER, end_char INTEGER,
    PRIMARY KEY (article_id, idx)
);
CREATE TABLE dates (
    article_id VARCHAR NOT NULL, idx INTEGER NOT NULL, text VARCHAR, start_char INTEGER, end_char INTEGER,
    value VARCHAR, kind VARCHAR, sentence INTEGER,
    PRIMARY KEY (article_id, idx)
);
CREATE TABLE failures (
    id VARCHAR PRIMARY KEY, source VARCHAR, reason VARCHAR, message VARCHAR, article_id VARCHAR, raw VARCHAR,
    recorded_at TIMESTAMP DEFAULT current_timestamp
);
CREATE INDEX events_article ON events (article_id);
CREATE INDEX events_root ON events (root);
CREATE INDEX events_date ON events (date);
"""),
    Migration("0002_dates_end_value_quotes_kind", """
ALTER TABLE dates ADD COLUMN end_value VARCHAR;
ALTER TABLE quotes ADD COLUMN kind VARCHAR;
"""),
    Migration("0003_origin", """
ALTER TABLE articles ADD COLUMN origin VARCHAR;
ALTER TABLE failures ADD COLUMN origin VARCHAR;
"""),
)
