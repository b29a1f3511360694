"""数据检查: every finding on a healthy file is ok; orphans and damage are found, each with what to do."""
from __future__ import annotations

from datetime import date

from sanhui.core.check import check_db
from sanhui.core.documents.sample import sample_photo
from sanhui.core.model import MeetingType
from sanhui.core.store.meetings import create_meeting
from sanhui.core.store.members import add_member, list_members
from sanhui.core.store.org import ensure_group
from sanhui.core.store.photos import add_photo

from common import TODAY
from fakes import make_members, to_member


def _roster(db, branch_id, n=6):
    for row in make_members(n, seed=4, today=TODAY):
        member = to_member(row)
        member.branch_id = branch_id
        with db.atomic():
            member.group_id = ensure_group(db, branch_id, row["党小组"])
        add_member(db, member, TODAY)
    return list_members(db, branch_id)


def _bad(findings):
    return [f for f in findings if not f.ok]


def test_healthy_file_passes_every_check(db, branch_id):
    _roster(db, branch_id)
    create_meeting(db, branch_id, MeetingType.GENERAL_MEETING, date(2026, 3, 5))
    findings = check_db(db)
    assert _bad(findings) == []
    assert len(findings) >= 8
    assert any("支部" in f.what for f in findings) and any("照片" in f.what for f in findings)


def test_orphans_are_found_with_what_to_do(db, branch_id):
    members = _roster(db, branch_id)
    meeting_id = create_meeting(db, branch_id, MeetingType.GENERAL_MEETING, date(2026, 3, 5))
    add_photo(db, meeting_id, sample_photo(), "现场")
    with db.atomic():  # a meeting tombstoned without its rows, a group deleted under its members
        db.execute("UPDATE meetings SET deleted_at = '2026-03-06T10:00:00' WHERE id = ?", [meeting_id])
        db.execute("UPDATE groups SET deleted_at = '2026-03-06T10:00:00' WHERE id = ?", [members[0].group_id])
    db.conn.execute("PRAGMA foreign_keys = OFF")
    with db.atomic():
        db.execute("INSERT INTO meetings (id, branch_id, type, date, created_at, updated_at) "
                   "VALUES ('m-x', 'no-such-branch', 'other', '2026-01-01', '', '')")
    db.conn.execute("PRAGMA foreign_keys = ON")
    bad = {f.what: f.todo for f in _bad(check_db(db))}
    attendance = next(w for w in bad if "签到记录属于已删除的会议" in w)
    assert attendance.startswith(f"有 {len(members)} 条")
    assert any("1 张照片属于已删除的会议" in w for w in bad)
    assert any("党小组已被删除" in w and "党员" in bad[w] for w in bad)
    unknown = next(w for w in bad if "会议记录所属的支部不明" in w)
    assert "备份恢复" in bad[unknown]
    assert any("引用了不存在的数据" in w for w in bad)  # the same row, seen by the foreign keys
    assert all(todo for todo in bad.values())


def test_damaged_file_is_a_finding_not_an_error(db_path):
    from sanhui.core.store import open_db

    raw = bytearray(db_path.read_bytes())
    raw[4096 * 3: 4096 * 3 + 400] = b"\x07" * 400
    db_path.write_bytes(bytes(raw))
    for suffix in ("-wal", "-shm"):
        db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
    db = open_db(db_path)  # the header and the schema page are intact: it opens, and the check says why not
    findings = check_db(db)
    db.close()
    assert [f.ok for f in findings] == [False]
    assert "损坏" in findings[0].what and "备份" in findings[0].todo
