"""Attendance (签到): one row per expected member (应到) per meeting, and 补学 afterwards.

The rows are made from ``rules.expected_members`` when a meeting is created
and re-derived when its date, type or 党小组 changes: rows not yet marked
follow the new expected set, marked rows stay. A row's ``status`` is None
until it is marked (counted as absent); finalising needs every row marked
and freezes each member's voting right (有表决权) on the meeting date.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from sanhui.core.dates import parse_date
from sanhui.core.model import Attendance, AttendanceRow, Changes, MeetingRecord, MeetingType, Member
from sanhui.core.rules import Counts, expected_members
from sanhui.core.store.database import Database
from sanhui.core.store.meeting_rows import editable_meeting_row, meeting_row
from sanhui.core.store.members import list_members
from sanhui.core.store.rows import get_row, insert_row, tombstone, update_row
from sanhui.errors import InvalidInput, NotFound

#: A status as given: an Attendance, its key, its Chinese name (出席/请假/缺席), or None (not marked).
StatusLike = Attendance | str | None


def parse_status(value: StatusLike) -> Attendance | None:
    if value is None or value == "":
        return None
    if isinstance(value, Attendance):
        return value
    text = str(value).strip()
    for status, name in {Attendance.PRESENT: "出席", Attendance.LEAVE: "请假", Attendance.ABSENT: "缺席"}.items():
        if text in (status.value, name):
            return status
    raise InvalidInput(f"出席情况“{text}”无法识别，应当是 present（出席）、leave（请假）或 absent（缺席）。")


def attendance_from_row(row: dict[str, Any]) -> AttendanceRow:
    return AttendanceRow(
        member_id=row["member_id"],
        member_name=row["member_name"],
        status=Attendance(row["status"]) if row["status"] else None,
        reason=row["reason"] or "",
        voting=None if row["voting"] is None else bool(row["voting"]),
        makeup_date=date.fromisoformat(row["makeup_date"]) if row["makeup_date"] else None,
        makeup_method=row["makeup_method"] or "",
        id=row["id"],
    )


def attendance_rows(db: Database, meeting_id: str) -> list[AttendanceRow]:
    """The live attendance rows of a meeting, by name."""
    return [
        attendance_from_row(r)
        for r in db.query(
            "SELECT * FROM attendance WHERE meeting_id = ? AND deleted_at IS NULL ORDER BY member_name, seq",
            [meeting_id],
        )
    ]


def sync_expected(
    db: Database,
    meeting: dict[str, Any],
    members: list[Member] | None = None,
    statuses: Mapping[str, tuple[Attendance | None, str]] | None = None,
) -> bool:
    """Make the attendance rows follow the expected set on the meeting's date (inside a transaction).

    Adds a row for each expected member without one (``statuses`` may give
    its status and reason), tombstones unmarked rows of members no longer
    expected; marked rows stay. Returns whether anything changed.
    """
    if members is None:
        members = list_members(db, meeting["branch_id"])
    statuses = statuses or {}
    on = date.fromisoformat(meeting["date"])
    expected = expected_members(MeetingType(meeting["type"]), members, on, meeting["group_id"])
    rows = {r["member_id"]: r for r in db.query("SELECT * FROM attendance WHERE meeting_id = ?", [meeting["id"]])}
    wanted = {m.id for m in expected}
    changed = False
    for member in expected:
        status, reason = statuses.get(member.id, (None, ""))
        row = rows.get(member.id)
        values = {"member_name": member.name, "status": status, "reason": reason}
        if row is None:
            insert_row(db, "attendance", {
                "branch_id": meeting["branch_id"], "meeting_id": meeting["id"], "member_id": member.id, **values,
            })
            changed = True
        elif row["deleted_at"]:
            changed |= bool(update_row(db, "attendance", row["id"], {**values, "deleted_at": None}))
    for row in rows.values():
        if not row["deleted_at"] and row["member_id"] not in wanted and row["status"] is None:
            tombstone(db, "attendance", row["id"])
            changed = True
    return changed


def _live_row(db: Database, meeting_id: str, member_id: str) -> dict[str, Any]:
    rows = list(
        db.query(
            "SELECT * FROM attendance WHERE meeting_id = ? AND member_id = ? AND deleted_at IS NULL",
            [meeting_id, member_id],
        )
    )
    if not rows:
        raise NotFound("这名党员不在这次会议的应到名单里。请先把他（她）加入应到名单。")
    return rows[0]


def set_attendance(
    db: Database, meeting_id: str, member_id: str, status: StatusLike, reason: str = ""
) -> Changes:
    """Mark one expected member present, on leave (with a reason) or absent; None unmarks."""
    status = parse_status(status)
    with db.atomic():
        editable_meeting_row(db, meeting_id)
        row = _live_row(db, meeting_id, member_id)
        changed = update_row(db, "attendance", row["id"], {"status": status, "reason": (reason or "").strip()})
    return Changes(meetings=bool(changed))


def mark_all_present(db: Database, meeting_id: str, only_unmarked: bool = False) -> Changes:
    """Mark every expected member present (``only_unmarked``: leave marked rows as they are)."""
    changed = False
    with db.atomic():
        editable_meeting_row(db, meeting_id)
        for row in attendance_rows(db, meeting_id):
            if only_unmarked and row.status is not None:
                continue
            changed |= bool(update_row(db, "attendance", row.id, {"status": Attendance.PRESENT, "reason": ""}))
    return Changes(meetings=changed)


def apply_statuses(
    db: Database, meeting_id: str, statuses: Mapping[str, tuple[Attendance | None, str]]
) -> bool:
    """Set the status and reason of the rows named in ``statuses`` (inside a transaction)."""
    changed = False
    for row in attendance_rows(db, meeting_id):
        if row.member_id in statuses:
            status, reason = statuses[row.member_id]
            changed |= bool(update_row(db, "attendance", row.id, {"status": status, "reason": reason}))
    return changed


def add_attendee(db: Database, meeting_id: str, member_id: str) -> Changes:
    """Add a member to the expected list (for 其他会议, whose list the user makes)."""
    with db.atomic():
        meeting = editable_meeting_row(db, meeting_id)
        member = get_row(db, "members", member_id)
        rows = list(db.query("SELECT * FROM attendance WHERE meeting_id = ? AND member_id = ?", [meeting_id, member_id]))
        if rows and not rows[0]["deleted_at"]:
            return Changes()
        values = {"member_name": member["name"], "status": None, "reason": ""}
        if rows:
            update_row(db, "attendance", rows[0]["id"], {**values, "deleted_at": None})
        else:
            insert_row(db, "attendance", {
                "branch_id": meeting["branch_id"], "meeting_id": meeting_id, "member_id": member_id, **values,
            })
    return Changes(meetings=True)


def remove_attendee(db: Database, meeting_id: str, member_id: str) -> Changes:
    """Take a member off the expected list of a draft."""
    with db.atomic():
        editable_meeting_row(db, meeting_id)
        tombstone(db, "attendance", _live_row(db, meeting_id, member_id)["id"])
    return Changes(meetings=True)


def set_makeup(db: Database, attendance_id: str, on: date | str | None, method: str) -> Changes:
    """Record when and how an absent member made up the content (补学/补课); None clears it.

    Allowed on a final record too: making up comes after the meeting and is not
    part of the minutes (nor of their fingerprint).
    """
    with db.atomic():
        row = get_row(db, "attendance", attendance_id)
        meeting = meeting_row(db, row["meeting_id"])
        if row["deleted_at"]:
            raise NotFound("这条签到记录已被删除。请刷新后重试。")
        if on in (None, ""):
            values: dict[str, Any] = {"makeup_date": None, "makeup_method": ""}
        else:
            if row["status"] == Attendance.PRESENT.value:
                raise InvalidInput(f"{row['member_name']}出席了这次会议，不需要补学。")
            try:
                makeup = parse_date(on)
            except ValueError as exc:
                raise InvalidInput(f"补学{exc}。") from None
            if makeup < date.fromisoformat(meeting["date"]):
                raise InvalidInput(f"补学日期 {makeup.isoformat()} 早于会议日期 {meeting['date']}，请核对。")
            if not (method or "").strip():
                raise InvalidInput("请写明补学的方式，例如“自学会议内容”或“集中补课”。")
            values = {"makeup_date": makeup, "makeup_method": method.strip()}
        changed = update_row(db, "attendance", attendance_id, values)
    return Changes(meetings=bool(changed))


def voting_rights(record: MeetingRecord, members: Mapping[str, Member]) -> dict[str, bool]:
    """Member id -> 有表决权 for the record: frozen on a final record, else judged on its date."""
    result = {}
    for row in record.attendance:
        if record.locked and row.voting is not None:
            result[row.member_id] = row.voting
        else:
            member = members.get(row.member_id)
            result[row.member_id] = bool(member and member.can_vote(record.date))
    return result


def record_counts(record: MeetingRecord, members: Mapping[str, Member] | Iterable[Member]) -> Counts:
    """The counts (应到, 实到, 请假, 缺席, with voting rights) of a record's attendance rows.

    As ``rules.count_attendance``: an unmarked row counts as absent. The
    expected set is the record's rows (frozen with it), not today's roster.
    """
    if not isinstance(members, Mapping):
        members = {m.id: m for m in members}
    voting = voting_rights(record, members)
    present = leave = absent = expected_voting = present_voting = 0
    for row in record.attendance:
        votes = voting[row.member_id]
        expected_voting += votes
        if row.status == Attendance.PRESENT:
            present += 1
            present_voting += votes
        elif row.status == Attendance.LEAVE:
            leave += 1
        else:
            absent += 1
    return Counts(len(record.attendance), present, leave, absent, expected_voting, present_voting)
