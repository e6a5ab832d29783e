"""Loads a diplo dataset with real clients: pyarrow, polars and duckdb.

Run from the repository root:

    pip install -r tests/python/requirements.txt
    DIPLO_DATASET=data/seeds pytest tests/python

DIPLO_DATASET (default: data/seeds) is the dataset directory. A missing
directory fails the tests: the integrator commits data/seeds.

Every table's Parquet is read by each client; its columns (names, order,
types, nullability) must be the ones schema/NAME.schema.json declares, its
row count the JSONL's line count, and its key-value metadata must carry
diplo.schema_version (the manifest's). The JSON Schemas are checked against
the draft 2020-12 meta-schema and every JSONL row against its schema with
the reference `jsonschema` package (cross-checking `diplo validate`). A
dataset of an older minor schema version is checked without the columns
added since (SINCE), e.g. tests/fixtures/releases/1.1.0. The mentions'
trigger (1.2.0) is checked to be the sentence's words in each client. The
forum of a club's meeting (1.3.0, `events.forum`, `mentions.forum`) is read
by each client, checked against the schema's codes and the event's
mentions, and its values checked on a small fixture compiled by the diplo
binary (tests/fixtures/forum: an EC farm council, a G-7 summit and a G-7
finance ministers' meeting; DIPLO_BIN, else target/{release,debug}/diplo).
"""

import json
import os
import re
import subprocess
from pathlib import Path

import duckdb
import jsonschema
import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from diplo_exe import diplo_bin

ROOT = Path(__file__).resolve().parents[2]
TABLES = ["events", "mentions", "documents", "actors", "places", "lineage"]
PARTICIPANT = ["actor_id", "name", "kind", "country", "office", "role"]
SOURCE = ["doc_id", "url", "published", "char_start", "char_end", "quote"]


def dataset_dir() -> Path:
    d = Path(os.environ.get("DIPLO_DATASET", "data/seeds"))
    return d if d.is_absolute() else (Path.cwd() / d if (Path.cwd() / d).exists() else ROOT / d)


@pytest.fixture(scope="session")
def ds() -> Path:
    d = dataset_dir()
    assert (d / "manifest.json").is_file(), (
        f"no dataset at {d} (set DIPLO_DATASET, or run `diplo compile` into data/seeds)"
    )
    CURRENT["ds"] = d
    return d


def need(ds: Path, table: str) -> None:
    """Skips a table the dataset's schema version predates (lineage before 1.1.0)."""
    if table == "lineage" and not (ds / "lineage.parquet").exists():
        manifest = json.loads((ds / "manifest.json").read_text())
        assert manifest["schema_version"].startswith("1.0."), "lineage missing from a 1.1+ dataset"
        pytest.skip("schema 1.0.x dataset: no lineage table")


# Columns added by a minor schema version after 1.0.0: (table, column) -> (major, minor).
SINCE = {
    ("mentions", "trigger_start"): (1, 2),
    ("mentions", "trigger_end"): (1, 2),
    ("mentions", "trigger_text"): (1, 2),
    ("events", "forum"): (1, 3),
    ("mentions", "forum"): (1, 3),
}

# The dataset under test, for json_schema (set by the ds fixture).
CURRENT: dict = {}


def version(ds: Path) -> tuple[int, int]:
    manifest = json.loads((ds / "manifest.json").read_text())
    major, minor = (int(x) for x in manifest["schema_version"].split(".")[:2])
    return major, minor


def json_schema(table: str) -> dict:
    """The table's JSON Schema, without the columns the dataset's version predates."""
    schema = json.loads((ROOT / "schema" / f"{table}.schema.json").read_text())
    if "ds" in CURRENT:
        have = version(CURRENT["ds"])
        newer = {c for (t, c), v in SINCE.items() if t == table and v > have}
        schema["properties"] = {k: v for k, v in schema["properties"].items() if k not in newer}
        schema["required"] = [c for c in schema["required"] if c not in newer]
    return schema


def main_type(prop: dict) -> tuple[str, bool]:
    t = prop["type"]
    types = t if isinstance(t, list) else [t]
    return next(x for x in types if x != "null"), "null" in types


def arrow_type(prop: dict) -> pa.DataType:
    """The Arrow type a JSON Schema property declares (see schema/README.md)."""
    t, _ = main_type(prop)
    fmt = prop.get("format")
    if t == "string":
        return {"date": pa.date32(), "date-time": pa.timestamp("us", tz="UTC")}.get(fmt, pa.string())
    if t == "integer":
        return {"int32": pa.int32(), "int64": pa.int64()}[fmt]
    if t == "number":
        return pa.float64()
    if t == "boolean":
        return pa.bool_()
    if t == "array":
        items = prop["items"]
        return pa.list_(pa.field("item", arrow_type(items), nullable=main_type(items)[1]))
    if t == "object":
        return pa.struct(arrow_fields(prop))
    raise AssertionError(f"unsupported type {t}")


def arrow_fields(obj: dict) -> list[pa.Field]:
    return [
        pa.field(name, arrow_type(p), nullable=main_type(p)[1])
        for name, p in obj["properties"].items()
    ]


def jsonl_lines(ds: Path, table: str) -> list[dict]:
    with open(ds / f"{table}.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


@pytest.mark.parametrize("table", TABLES)
def test_pyarrow_schema_rows_and_metadata(ds: Path, table: str):
    need(ds, table)
    path = ds / f"{table}.parquet"
    t = pq.read_table(path)
    want = pa.schema(arrow_fields(json_schema(table)))
    assert t.schema.remove_metadata() == want, f"{table}: {t.schema} != {want}"
    rows = jsonl_lines(ds, table)
    assert t.num_rows == len(rows)
    manifest = json.loads((ds / "manifest.json").read_text())
    meta = pq.read_metadata(path).metadata
    assert meta[b"diplo.schema_version"].decode() == manifest["schema_version"]
    if manifest.get("dataset_version") is not None:
        assert meta[b"diplo.dataset_version"].decode() == manifest["dataset_version"]
    assert manifest["tables"][table]["parquet"]["rows"] == t.num_rows
    # Same rows, same order, as the JSONL (ids compared; the Rust tests compare all columns).
    key = t.schema.names[0]
    assert t.column(key).to_pylist() == [r[key] for r in rows]


def test_pyarrow_events_types(ds: Path):
    s = pq.read_schema(ds / "events.parquet")
    assert s.field("start_date").type == pa.date32()
    assert s.field("end_date").type == pa.date32()
    for col, names in [("participants", PARTICIPANT), ("sources", SOURCE)]:
        ty = s.field(col).type
        assert pa.types.is_list(ty) and pa.types.is_struct(ty.value_type), f"{col}: {ty}"
        assert [f.name for f in ty.value_type] == names
    assert pq.read_schema(ds / "documents.parquet").field("published_time").type == pa.timestamp(
        "us", tz="UTC"
    )


@pytest.mark.parametrize("table", TABLES)
def test_polars_reads_every_table(ds: Path, table: str):
    need(ds, table)
    df = pl.read_parquet(ds / f"{table}.parquet")
    assert df.columns == list(json_schema(table)["properties"])
    assert df.height == len(jsonl_lines(ds, table))
    for name, prop in json_schema(table)["properties"].items():
        t, _ = main_type(prop)
        dtype = df.schema[name]
        if prop.get("format") == "date":
            assert dtype == pl.Date, f"{table}.{name}: {dtype}"
        elif prop.get("format") == "date-time":
            assert dtype == pl.Datetime("us", "UTC"), f"{table}.{name}: {dtype}"
        elif t == "array":
            assert isinstance(dtype, pl.List), f"{table}.{name}: {dtype}"


def test_polars_events_types(ds: Path):
    s = pl.read_parquet_schema(ds / "events.parquet")
    assert s["start_date"] == pl.Date
    for col, names in [("participants", PARTICIPANT), ("sources", SOURCE)]:
        ty = s[col]
        assert isinstance(ty, pl.List) and isinstance(ty.inner, pl.Struct), f"{col}: {ty}"
        assert [f.name for f in ty.inner.fields] == names
    # Unnesting works the way analysts do it.
    df = pl.read_parquet(ds / "events.parquet")
    # (polars >= 1.3x warns unless empty_as_null is given; older 1.x lacks it.)
    kw = {"empty_as_null": True} if "empty_as_null" in pl.DataFrame.explode.__code__.co_varnames else {}
    flat = df.select("event_id", "participants").explode("participants", **kw).unnest("participants")
    assert flat.columns == ["event_id", *PARTICIPANT]


@pytest.mark.parametrize("table", TABLES)
def test_duckdb_reads_every_table(ds: Path, table: str):
    need(ds, table)
    path = str(ds / f"{table}.parquet").replace("'", "''")
    con = duckdb.connect()
    (n,) = con.execute(f"SELECT count(*) FROM read_parquet('{path}')").fetchone()
    assert n == len(jsonl_lines(ds, table))
    rel = con.sql(f"SELECT * FROM read_parquet('{path}')")
    assert rel.columns == list(json_schema(table)["properties"])
    for name, ty in zip(rel.columns, rel.types):
        prop = json_schema(table)["properties"][name]
        if prop.get("format") == "date":
            assert ty.id == "date", f"{table}.{name}: {ty}"
        if main_type(prop)[0] == "array":
            assert ty.id == "list", f"{table}.{name}: {ty}"


def test_duckdb_events_types(ds: Path):
    path = str(ds / "events.parquet").replace("'", "''")
    con = duckdb.connect()
    rel = con.sql(f"SELECT * FROM read_parquet('{path}')")
    types = dict(zip(rel.columns, rel.types))
    assert types["start_date"].id == "date"
    for col, names in [("participants", PARTICIPANT), ("sources", SOURCE)]:
        ty = types[col]
        assert ty.id == "list", f"{col}: {ty}"
        child = ty.children[0][1]
        assert child.id == "struct", f"{col}: {ty}"
        assert [c[0] for c in child.children] == names
    # A participant-level query an analyst would write.
    (n,) = con.execute(
        f"SELECT count(*) FROM read_parquet('{path}'), UNNEST(participants) AS t(p) "
        "WHERE p.role IN ('guest', 'host', 'participant')"
    ).fetchone()
    (total,) = con.execute(
        f"SELECT coalesce(sum(len(participants)), 0) FROM read_parquet('{path}')"
    ).fetchone()
    assert n == total


@pytest.mark.parametrize("table", TABLES)
def test_jsonl_rows_valid_under_json_schema(ds: Path, table: str):
    need(ds, table)
    schema = json_schema(table)
    jsonschema.Draft202012Validator.check_schema(schema)
    v = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    for i, row in enumerate(jsonl_lines(ds, table), 1):
        errors = [f"{'.'.join(map(str, e.path))}: {e.message}" for e in v.iter_errors(row)]
        assert not errors, f"{table}.jsonl:{i}: {errors[:3]}"
        assert list(row) == list(schema["properties"]), f"{table}.jsonl:{i}: field order"


def has_triggers(ds: Path) -> None:
    """Skips the trigger checks for a dataset older than schema 1.2.0."""
    if version(ds) < (1, 2):
        pytest.skip("schema before 1.2.0: no trigger columns")


def test_pyarrow_trigger_is_the_sentences_words(ds: Path):
    has_triggers(ds)
    t = pq.read_table(ds / "mentions.parquet")
    assert [t.schema.field(c).type for c in ("trigger_start", "trigger_end", "trigger_text")] == [
        pa.int64(),
        pa.int64(),
        pa.string(),
    ]
    rows = t.to_pylist()
    assert rows, "no mentions"
    for r in rows:
        if r["trigger_start"] is None:
            assert r["trigger_end"] is None and r["trigger_text"] is None, r["mention_id"]
            continue
        assert r["char_start"] <= r["trigger_start"] < r["trigger_end"] <= r["char_end"]
        # Python strings index characters, like the offsets
        s, e = r["trigger_start"] - r["char_start"], r["trigger_end"] - r["char_start"]
        assert r["sentence"][s:e] == r["trigger_text"], r["mention_id"]


def test_polars_highlights_the_trigger(ds: Path):
    has_triggers(ds)
    df = pl.read_parquet(ds / "mentions.parquet").filter(pl.col("trigger_start").is_not_null())
    assert df.height > 0
    assert df.schema["trigger_start"] == pl.Int64 and df.schema["trigger_text"] == pl.String
    sliced = df.select(
        pl.col("sentence")
        .str.slice(pl.col("trigger_start") - pl.col("char_start"), pl.col("trigger_end") - pl.col("trigger_start"))
        .alias("cut"),
        "trigger_text",
    )
    assert sliced["cut"].to_list() == sliced["trigger_text"].to_list()


def test_duckdb_trigger_is_inside_its_sentence(ds: Path):
    has_triggers(ds)
    path = str(ds / "mentions.parquet").replace("'", "''")
    con = duckdb.connect()
    (n, bad) = con.execute(
        f"SELECT count(*), count(*) FILTER (WHERE NOT ("
        "  length(trigger_text) > 0 AND contains(sentence, trigger_text)"
        "  AND trigger_start >= char_start AND trigger_end <= char_end"
        "  AND trigger_end - trigger_start = length(trigger_text)))"
        f" FROM read_parquet('{path}') WHERE trigger_text IS NOT NULL"
    ).fetchone()
    assert n > 0 and bad == 0, f"{bad} of {n} triggers not inside their sentence"


def has_forum(ds: Path) -> None:
    """Skips the forum checks for a dataset older than schema 1.3.0."""
    if version(ds) < (1, 3):
        pytest.skip("schema before 1.3.0: no forum column")


def forum_pattern(table: str) -> re.Pattern:
    prop = json.loads((ROOT / "schema" / f"{table}.schema.json").read_text())["properties"]["forum"]
    return re.compile(prop["pattern"])


def check_forums(ds: Path) -> dict:
    """Reads `forum` with pyarrow, polars and duckdb, checks the three agree,
    every value is a code of the schema and an event's forum is one of its
    mentions'; returns {event_id: forum} of the events with one."""
    ev = pq.read_table(ds / "events.parquet")
    me = pq.read_table(ds / "mentions.parquet")
    for t in (ev, me):
        assert t.schema.field("forum").type == pa.string() and t.schema.field("forum").nullable
    by_arrow = {r["event_id"]: r["forum"] for r in ev.select(["event_id", "forum"]).to_pylist()}
    df = pl.read_parquet(ds / "events.parquet")
    assert df.schema["forum"] == pl.String
    assert dict(zip(df["event_id"].to_list(), df["forum"].to_list())) == by_arrow
    path = str(ds / "events.parquet").replace("'", "''")
    rows = duckdb.connect().execute(f"SELECT event_id, forum FROM read_parquet('{path}')").fetchall()
    assert dict(rows) == by_arrow
    for table, t in (("events", ev), ("mentions", me)):
        pattern = forum_pattern(table)
        for f in t.column("forum").to_pylist():
            assert f is None or pattern.fullmatch(f), f"{table}: {f!r} is not a forum code"
    theirs: dict = {}
    for r in me.select(["event_id", "forum"]).to_pylist():
        if r["forum"] is not None:
            theirs.setdefault(r["event_id"], set()).add(r["forum"])
    for event_id, f in by_arrow.items():
        if f is None:
            assert event_id not in theirs, f"{event_id}: null, but its mentions say {theirs[event_id]}"
        else:
            assert f in theirs.get(event_id, set()), f"{event_id}: {f} not among its mentions'"
    return {k: v for k, v in by_arrow.items() if v is not None}


def test_clients_read_the_forum(ds: Path):
    has_forum(ds)
    check_forums(ds)




def test_a_club_meetings_forum_in_each_client(tmp_path: Path):
    """An EC farm council, a G-7 summit and a G-7 finance ministers' meeting
    (tests/fixtures/forum), compiled and read back: each event's forum."""
    exe = diplo_bin()
    if exe is None:
        pytest.skip("no diplo binary: set DIPLO_BIN")
    out = tmp_path / "ds"
    subprocess.run(
        [exe, "compile", str(ROOT / "tests" / "fixtures" / "forum"), "--out", str(out), "-q"],
        check=True,
    )
    forums = check_forums(out)
    events = {r["event_id"]: r for r in pl.read_parquet(out / "events.parquet").to_dicts()}
    got = sorted((events[e]["start_date"].isoformat(), f) for e, f in forums.items())
    assert got == [("1987-03-30", "farm"), ("1987-06-09", "leaders"), ("1987-09-01", "finance")], got
    # the analysts' question: the G-7 finance ministers apart from the leaders
    path = str(out / "events.parquet").replace("'", "''")
    (n,) = duckdb.connect().execute(
        f"SELECT count(*) FROM read_parquet('{path}') WHERE forum = 'finance'"
    ).fetchone()
    assert n == 1
