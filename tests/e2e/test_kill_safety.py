"""Crash safety: the kill-test harness of bench/ at a small count, and its checks shown able to fail."""
from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import kill_ops  # noqa: E402
from bench.killtest import damaged_copies, integrity, prepare  # noqa: E402


def test_killed_operations_leave_whole_files(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "bench.killtest", "--runs", "10", "--scale", "2", "--json"],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    figures = json.loads(result.stdout)
    whole = figures["total"]
    assert whole["problems"] == [] and result.returncode == 0, result.stderr[-2000:]
    assert whole["runs"] == 10
    assert whole["kills"] >= 4 and whole["mid_operation"] >= 1
    assert whole["corrupt"] == whole["partial"] == whole["damaged_copies"] == whole["failed_children"] == 0
    assert {f["operation"] for f in figures["operations"]} == set(kill_ops.OPERATIONS)


@pytest.fixture(scope="module")
def templates(tmp_path_factory):
    folder = tmp_path_factory.mktemp("kill-templates")
    for name in ("finalize", "roster"):
        prepare(name, folder / name, scale=1)
    return folder


def _copy(templates: Path, name: str, tmp_path: Path) -> Path:
    import shutil

    target = tmp_path / name
    shutil.copytree(templates / name, target)
    return target


def test_finalize_check_sees_half_a_finalisation_and_a_lost_one(templates, tmp_path):
    folder = _copy(templates, "finalize", tmp_path)
    check = kill_ops.OPERATIONS["finalize"].check
    assert check(folder, 0) == []
    meeting_id = kill_ops._manifest(folder)["meetings"][0]
    conn = sqlite3.connect(folder / kill_ops.DATA)
    # final, but with no fingerprint and no frozen voting rights: half a finalisation
    conn.execute("UPDATE meetings SET status = 'final' WHERE id = ?", [meeting_id])
    conn.commit()
    conn.close()
    assert any("fingerprint" in p for p in check(folder, 0))
    fresh = _copy(templates, "finalize", tmp_path / "again")
    assert any("lost" in p for p in check(fresh, 2))  # two reported finished, none in the file


def test_roster_check_sees_half_an_import(templates, tmp_path):
    from sanhui.core.store import open_db
    from sanhui.core.store.members import member_values
    from sanhui.core.store.org import file_info
    from sanhui.core.store.roster_import import plan_import
    from sanhui.core.store.rows import insert_row

    folder = _copy(templates, "roster", tmp_path)
    first = kill_ops._manifest(folder)["files"][0]["file"]
    db = open_db(folder / kill_ops.DATA)
    plan = plan_import(db, file_info(db).org_id, folder / first)
    for row in plan.rows[:30]:  # what an import without its transaction would leave after a crash
        insert_row(db, "members", member_values(row.member))
        db.conn.commit()
    db.close()
    problems = kill_ops.OPERATIONS["roster"].check(folder, 0)
    assert any("30 of 60" in p for p in problems)


def test_integrity_and_damaged_copies_are_noticed(templates, tmp_path):
    folder = _copy(templates, "roster", tmp_path)
    data = folder / kill_ops.DATA
    assert integrity(data) == ["ok"]
    raw = bytearray(data.read_bytes())
    raw[4096 * 2: 4096 * 2 + 200] = b"\xff" * 200  # scribble over a b-tree page
    data.write_bytes(bytes(raw))
    assert integrity(data) != ["ok"]
    backups = folder / "home" / "backups"
    backups.mkdir(parents=True)
    (backups / "before-import-1.db").write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    assert damaged_copies(folder) == ["before-import-1.db"]
