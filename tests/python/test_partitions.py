"""Reads the Hive-style partitions of `diplo compile --partition year` with
duckdb and polars as one dataset each, and checks them against the
unpartitioned tables.

    DIPLO_PARTITIONED=/tmp/part pytest tests/python/test_partitions.py

DIPLO_PARTITIONED is a dataset directory compiled with `--partition year`.
Without it the test compiles one into a temporary directory from
../shared/seeds and ../shared/data/whitehouse with the diplo binary named by
DIPLO_BIN (default: `diplo` on PATH, else target/{release,debug}/diplo under
CARGO_TARGET_DIR or the repository), and skips when there is none.
"""

import os
import subprocess
from pathlib import Path

import duckdb
import polars as pl
import pytest

from diplo_exe import diplo_bin

ROOT = Path(__file__).resolve().parents[2]
TABLES = ["events", "mentions", "documents"]
NULL_PARTITION = "year=__HIVE_DEFAULT_PARTITION__"




@pytest.fixture(scope="module")
def dataset(tmp_path_factory):
    given = os.environ.get("DIPLO_PARTITIONED")
    if given:
        return Path(given)
    exe = diplo_bin()
    if exe is None:
        pytest.skip("no diplo binary: set DIPLO_BIN or DIPLO_PARTITIONED")
    shared = ROOT.parent / "shared"
    out = tmp_path_factory.mktemp("partitioned") / "ds"
    subprocess.run(
        [exe, "compile", str(shared / "seeds"), str(shared / "data" / "whitehouse"),
         "--out", str(out), "--partition", "year", "-q"],
        check=True,
    )
    return out


@pytest.mark.parametrize("table", TABLES)
def test_duckdb_reads_the_partitions_as_the_whole_table(dataset, table):
    glob = str(dataset / table / "*" / "*.parquet")
    part = duckdb.sql(
        f"SELECT count(*) FROM read_parquet('{glob}', hive_partitioning = true)"
    ).fetchone()[0]
    whole = duckdb.sql(
        f"SELECT count(*) FROM read_parquet('{dataset / (table + '.parquet')}')"
    ).fetchone()[0]
    assert part == whole
    assert whole > 0
    # The same rows, not only as many: compare the ids.
    key = {"events": "event_id", "mentions": "mention_id", "documents": "doc_id"}[table]
    diff = duckdb.sql(
        f"SELECT count(*) FROM (SELECT {key} FROM read_parquet('{glob}', hive_partitioning = true) "
        f"EXCEPT SELECT {key} FROM read_parquet('{dataset / (table + '.parquet')}'))"
    ).fetchone()[0]
    assert diff == 0


def test_the_year_column_comes_from_the_path_and_matches_the_dates(dataset):
    glob = str(dataset / "events" / "*" / "*.parquet")
    rows = duckdb.sql(
        f"SELECT year, start_date FROM read_parquet('{glob}', hive_partitioning = true)"
    ).fetchall()
    for year, start in rows:
        if start is None:
            assert year is None  # year=__HIVE_DEFAULT_PARTITION__ reads as null
        else:
            assert year == start.year
    docs = duckdb.sql(
        f"SELECT DISTINCT typeof(year) FROM read_parquet('{dataset / 'documents' / '*' / '*.parquet'}', "
        "hive_partitioning = true)"
    ).fetchall()
    assert docs == [("BIGINT",)]


def test_mentions_sit_in_the_partition_of_their_event(dataset):
    ev = str(dataset / "events" / "*" / "*.parquet")
    mn = str(dataset / "mentions" / "*" / "*.parquet")
    bad = duckdb.sql(
        f"SELECT count(*) FROM read_parquet('{mn}', hive_partitioning = true) m "
        f"JOIN read_parquet('{ev}', hive_partitioning = true) e USING (event_id) "
        "WHERE m.year IS DISTINCT FROM e.year"
    ).fetchone()[0]
    assert bad == 0


def test_polars_reads_the_partitions(dataset):
    for table in TABLES:
        lf = pl.scan_parquet(str(dataset / table / "**" / "*.parquet"), hive_partitioning=True)
        n = lf.select(pl.len()).collect().item()
        assert n == pl.read_parquet(dataset / f"{table}.parquet").height
        assert "year" in lf.collect_schema().names()
