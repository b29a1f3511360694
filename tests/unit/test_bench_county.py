"""The county generator of bench/gen.py: a pool of branches cloned in SQL makes a valid township-role file.

A tiny county (3 pool branches cloned to 6 branches in 2 townships, 2 years) is checked the way the big
one cannot be: integrity, foreign keys, unique ids, every clone's rows pointing at its own rows only, seq,
the organisations, the app's own reading of it, and determinism by seed.
"""
from __future__ import annotations

import sqlite3
import sys
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import gen  # noqa: E402

BRANCHES, TOWNSHIPS, POOL, YEARS = 6, 2, 3, 2
ID_TABLES = ("orgs", "groups", "members", "meetings", "attendance")


def build(folder: Path) -> Path:
    path = folder / "county.db"
    gen.build_county(path, branches=BRANCHES, townships=TOWNSHIPS, years=YEARS, pool=POOL)
    return path


@pytest.fixture(scope="module")
def county(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("county")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SANHUI_HOME", str(folder / "home"))
        yield build(folder)


@pytest.fixture
def conn(county):
    connection = sqlite3.connect(county)
    yield connection
    connection.close()


def test_the_file_is_whole_and_its_foreign_keys_hold(conn, county):
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert not list(county.parent.glob("*.pool.db*"))  # the pool is gone


def test_every_index_and_trigger_is_made_again(conn, tmp_path):
    from sanhui.core.store.org import create_file

    fresh = create_file(tmp_path / "fresh.db", "township", "中共青山县委员会", "3301")
    sql = "SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') ORDER BY name"
    try:
        assert conn.execute(sql).fetchall() == fresh.execute(sql).fetchall()
    finally:
        fresh.close()


def test_branches_belong_to_the_county_with_their_own_names_and_codes(conn):
    county_id, role = conn.execute("SELECT org_id, role FROM file_info").fetchone()
    assert role == "township"
    rows = conn.execute("SELECT id, branch_id, parent_id, name, code, township_code FROM orgs "
                        "WHERE kind = 'branch' ORDER BY code").fetchall()
    assert len(rows) == BRANCHES
    assert all(org_id == branch and parent == county_id for org_id, branch, parent, *_ in rows)
    assert len({r[3] for r in rows}) == BRANCHES and len({r[4] for r in rows}) == BRANCHES
    assert [r[4] for r in rows] == ["330101001", "330101002", "330101003", "330102001", "330102002", "330102003"]
    assert all(code.startswith(township) for *_, code, township in rows)


def test_every_clone_has_its_own_ids(conn):
    branches = [r[0] for r in conn.execute("SELECT id FROM orgs WHERE kind = 'branch'")]
    assert len({b[:8] for b in branches}) == BRANCHES
    for table in ID_TABLES[1:]:
        total, distinct, foreign = conn.execute(
            f"SELECT count(*), count(DISTINCT id), sum(substr(id, 1, 8) != substr(branch_id, 1, 8)) FROM {table}"
        ).fetchone()
        assert total > 0 and distinct == total and foreign == 0, table
    # The same row in two clones of one pool branch differs only in its first 8 digits.
    tails = conn.execute("SELECT count(DISTINCT substr(id, 9)), count(*) FROM members").fetchone()
    assert tails[1] == 2 * tails[0]


def test_each_clone_points_at_its_own_members_meetings_and_groups(conn):
    checks = {
        "attendance of another branch's meeting":
            "SELECT count(*) FROM attendance a JOIN meetings m ON m.id = a.meeting_id WHERE m.branch_id != a.branch_id",
        "attendance of another branch's member":
            "SELECT count(*) FROM attendance a JOIN members m ON m.id = a.member_id WHERE m.branch_id != a.branch_id",
        "a member in another branch's group":
            "SELECT count(*) FROM members m JOIN groups g ON g.id = m.group_id WHERE g.branch_id != m.branch_id",
        "a meeting of another branch's group":
            "SELECT count(*) FROM meetings m JOIN groups g ON g.id = m.group_id WHERE g.branch_id != m.branch_id",
        "attendance without its member": "SELECT count(*) FROM attendance a LEFT JOIN members m "
                                         "ON m.id = a.member_id WHERE m.id IS NULL",
    }
    for what, sql in checks.items():
        assert conn.execute(sql).fetchone()[0] == 0, what
    counts = conn.execute(
        "SELECT o.code, (SELECT count(*) FROM members WHERE branch_id = o.id), "
        "(SELECT count(*) FROM meetings WHERE branch_id = o.id), "
        "(SELECT count(*) FROM attendance WHERE branch_id = o.id) FROM orgs o WHERE kind = 'branch' ORDER BY code"
    ).fetchall()
    assert all(c[1] > 0 and c[2] > 0 and c[3] > 0 for c in counts)
    assert [c[1:] for c in counts[:POOL]] == [c[1:] for c in counts[POOL:]]  # clone r × POOL + p is pool p again
    years = conn.execute("SELECT min(substr(date, 1, 4)), max(substr(date, 1, 4)) FROM meetings").fetchone()
    assert years == (str(gen.YEAR - YEARS + 1), str(gen.YEAR))


def test_seq_is_unique_and_below_the_counter(conn):
    union = " UNION ALL ".join(f"SELECT seq FROM {table}" for table in ID_TABLES)
    total, distinct, highest = conn.execute(f"SELECT count(*), count(DISTINCT seq), max(seq) FROM ({union})").fetchone()
    assert total == distinct
    assert conn.execute("SELECT value FROM counters WHERE name = 'seq'").fetchone()[0] >= highest


def test_the_app_reads_a_clone_as_it_reads_its_pool_branch(county):
    from sanhui.core.store.db import open_db
    from sanhui.core.store.meeting_stats import plan_for_year
    from sanhui.core.store.members import list_members

    db = open_db(county)
    try:
        branches = gen.township_branches(county)
        today = date(gen.YEAR, 12, 31)
        first, twin = (plan_for_year(db, b, gen.YEAR, today) for b in (branches[0], branches[POOL]))
        assert [(i.type, i.status) for i in first] == [(i.type, i.status) for i in twin] and first
        assert [m.name for m in list_members(db, branches[0])] == [m.name for m in list_members(db, branches[POOL])]
    finally:
        db.close()


def test_the_same_seed_makes_the_same_county(conn, tmp_path, monkeypatch):
    monkeypatch.setenv("SANHUI_HOME", str(tmp_path / "home"))
    again = sqlite3.connect(build(tmp_path))
    try:
        for sql in ("SELECT id, name, code FROM orgs WHERE kind = 'branch' ORDER BY id",
                    "SELECT id, branch_id, name, id_number FROM members ORDER BY id",
                    "SELECT id, type, date, topic, content, fingerprint FROM meetings ORDER BY id",
                    "SELECT id, member_id, status, voting FROM attendance ORDER BY id"):
            assert conn.execute(sql).fetchall() == again.execute(sql).fetchall(), sql
    finally:
        again.close()


def test_clone_id_is_what_the_sql_writes():
    assert gen.clone_id("c9f92636-efb5-491e-ad61-8c246bcd9542", 2999) == "00000bb7-efb5-491e-ad61-8c246bcd9542"
    conn = sqlite3.connect(":memory:")
    assert conn.execute("SELECT printf('%08x', 2999) || substr('c9f92636-efb5-491e-ad61-8c246bcd9542', 9)"
                        ).fetchone()[0] == gen.clone_id("c9f92636-efb5-491e-ad61-8c246bcd9542", 2999)
