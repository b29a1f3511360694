"""Meeting records (会议记录): create, load, save drafts, delete, list.

A record is edited as a draft; ``store.finalize`` locks it and corrects it
afterwards. Attendance rows are kept by ``store.attendance``, photos by
``store.photos``, the JSON form and the import by ``store.meeting_json``.
Every write runs in one transaction and returns ``Changes`` (or the new id).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from sanhui.core.model import (
    Changes,
    Guest,
    MeetingRecord,
    MeetingStatus,
    MeetingType,
    Member,
    Vote,
    VoteKind,
)
from sanhui.core.plan import MeetingRef
from sanhui.core.store.attendance import (
    apply_statuses,
    attendance_rows,
    sync_expected,
)
from sanhui.core.store.database import Database
from sanhui.core.store.meeting_rows import (
    clean_fields,
    decode_list,
    editable_meeting_row,
    live_children,
    meeting_row,
    parse_meeting_type,
    record_values,
    replace_children,
)
from sanhui.core.store.photos import list_photos
from sanhui.core.store.rows import get_row, insert_row, tombstone, update_row
from sanhui.errors import InvalidInput, NotFound


def _check_group(db: Database, branch_id: str, meeting_type: MeetingType, group_id: str | None) -> None:
    if meeting_type == MeetingType.GROUP_MEETING and not group_id:
        raise InvalidInput("党小组会要选择是哪个党小组开的会。")
    if group_id:
        rows = list(db.query("SELECT branch_id, deleted_at FROM groups WHERE id = ?", [group_id]))
        if not rows or rows[0]["deleted_at"] or rows[0]["branch_id"] != branch_id:
            raise InvalidInput("所选的党小组不存在或已被删除。请重新选择党小组。")


def guest_values(guests: list[Guest | dict[str, Any]]) -> list[dict[str, Any]]:
    result = []
    for guest in guests:
        if isinstance(guest, dict):
            guest = Guest(name=str(guest.get("name") or ""), role=str(guest.get("role") or ""))
        if not guest.name.strip():
            raise InvalidInput("列席人员要填写姓名。")
        result.append({"name": guest.name.strip(), "role": (guest.role or "").strip()})
    return result


def vote_values(votes: list[Vote]) -> list[dict[str, Any]]:
    result = []
    for vote in votes:
        numbers = (vote.votes_for, vote.votes_against, vote.abstain, vote.written)
        if any(isinstance(n, bool) or not isinstance(n, int) for n in numbers):
            raise InvalidInput(f"表决“{vote.motion}”的票数应当是整数。")
        result.append({
            "motion": (vote.motion or "").strip(),
            "kind": VoteKind(vote.kind).value,
            "candidate_id": vote.candidate_id,
            "votes_for": vote.votes_for,
            "votes_against": vote.votes_against,
            "abstain": vote.abstain,
            "written": vote.written,
        })
    return result


def create_meeting(
    db: Database,
    branch_id: str,
    type: MeetingType | str,
    date: date | str,
    group_id: str | None = None,
    *,
    id: str | None = None,
    guests: list[Guest] | None = None,
    votes: list[Vote] | None = None,
    members: list[Member] | None = None,
    statuses: dict | None = None,
    **fields: Any,
) -> str:
    """A new draft record with one attendance row per expected member on ``date``; returns its id.

    ``fields`` are further meeting columns (topic, place, host, ...);
    ``statuses`` (member id -> (Attendance, reason)) marks rows as they are made.
    """
    meeting_type = parse_meeting_type(type)
    values = clean_fields({"type": meeting_type, "date": date, "group_id": group_id, **fields})
    _check_group(db, branch_id, meeting_type, values["group_id"])
    with db.atomic():
        if id and list(db.query("SELECT 1 FROM meetings WHERE id = ?", [id])):
            raise InvalidInput(f"编号为 {id} 的会议记录已经存在。")
        meeting_id = insert_row(db, "meetings", {"branch_id": branch_id, **values}, row_id=id)
        meeting = get_row(db, "meetings", meeting_id)
        sync_expected(db, meeting, members, statuses)
        if guests:
            replace_children(db, "guests", meeting, guest_values(guests))
        if votes:
            replace_children(db, "votes", meeting, vote_values(votes))
    return meeting_id


def record_from_row(row: dict[str, Any]) -> MeetingRecord:
    """A MeetingRecord from a ``meetings`` row, without its child rows."""
    return MeetingRecord(
        type=MeetingType(row["type"]),
        date=date.fromisoformat(row["date"]),
        branch_id=row["branch_id"],
        group_id=row["group_id"],
        topic=row["topic"],
        start_time=row["start_time"],
        end_time=row["end_time"],
        place=row["place"],
        host=row["host"],
        recorder=row["recorder"],
        agenda=decode_list(row["agenda"]),
        content=row["content"],
        decisions=decode_list(row["decisions"]),
        no_decision_reason=row["no_decision_reason"],
        lecturer=row["lecturer"],
        title=row["title"],
        hours=row["hours"],
        theme=row["theme"],
        form=row["form"],
        for_period=row["for_period"],
        status=MeetingStatus(row["status"]),
        finalized_at=row["finalized_at"],
        fingerprint=row["fingerprint"],
        returned_comment=row["returned_comment"],
        township_theme_id=row["township_theme_id"],
        id=row["id"],
        version=row["version"],
    )


def get_meeting(db: Database, meeting_id: str) -> MeetingRecord:
    """One record with its attendance, guests, votes and photo list (never the photo bytes)."""
    record = record_from_row(meeting_row(db, meeting_id))
    record.attendance = attendance_rows(db, meeting_id)
    record.guests = [Guest(r["name"], r["role"], r["id"]) for r in live_children(db, "guests", meeting_id)]
    record.votes = [
        Vote(
            motion=r["motion"], votes_for=r["votes_for"], votes_against=r["votes_against"], abstain=r["abstain"],
            kind=VoteKind(r["kind"]), candidate_id=r["candidate_id"], written=r["written"], id=r["id"],
        )
        for r in live_children(db, "votes", meeting_id)
    ]
    record.photos = list_photos(db, meeting_id)
    return record


def save_meeting(db: Database, record: MeetingRecord) -> Changes:
    """Save an edited draft: its fields, the marks of its attendance rows, guests and votes.

    A new date, type or 党小组 re-derives the expected set for rows not yet
    marked (marked rows stay). A final record raises ``Locked``.
    """
    values = clean_fields(record_values(record))
    with db.atomic():
        old = editable_meeting_row(db, record.id)
        _check_group(db, old["branch_id"], values["type"], values["group_id"])
        changed = bool(update_row(db, "meetings", record.id, values))
        marks = {r.member_id: (r.status, (r.reason or "").strip()) for r in record.attendance}
        changed |= apply_statuses(db, record.id, marks)
        meeting = get_row(db, "meetings", record.id)
        if any(meeting[k] != old[k] for k in ("type", "date", "group_id")):
            changed |= sync_expected(db, meeting)
        changed |= replace_children(db, "guests", meeting, guest_values(record.guests))
        changed |= replace_children(db, "votes", meeting, vote_values(record.votes))
    return Changes(meetings=changed)


def set_guests(db: Database, meeting_id: str, guests: list[Guest]) -> Changes:
    with db.atomic():
        meeting = editable_meeting_row(db, meeting_id)
        return Changes(meetings=replace_children(db, "guests", meeting, guest_values(guests)))


def set_votes(db: Database, meeting_id: str, votes: list[Vote]) -> Changes:
    with db.atomic():
        meeting = editable_meeting_row(db, meeting_id)
        return Changes(meetings=replace_children(db, "votes", meeting, vote_values(votes)))


def delete_meeting(db: Database, meeting_id: str, reason: str = "") -> Changes:
    """Delete a draft (a tombstone). A final record is never deleted (``Locked``)."""
    with db.atomic():
        editable_meeting_row(db, meeting_id)
        tombstone(db, "meetings", meeting_id, reason=reason)
    return Changes(meetings=True)


@dataclass
class MeetingSummary:
    """A light row of the meeting list."""

    id: str
    type: MeetingType
    date: date
    topic: str
    status: MeetingStatus
    group_id: str | None = None
    group: str | None = None
    host: str = ""
    start_time: str = ""
    for_period: str | None = None
    expected: int = 0
    present: int = 0
    leave: int = 0
    absent: int = 0
    unmarked: int = 0
    photos: int = 0


_LIST_SQL = """
SELECT m.id, m.type, m.date, m.topic, m.status, m.group_id, g.name AS group_name, m.host, m.start_time,
       m.for_period, (SELECT count(*) FROM photos p WHERE p.meeting_id = m.id AND p.deleted_at IS NULL) AS photos
FROM meetings m
LEFT JOIN groups g ON g.id = m.group_id
WHERE m.branch_id = ? AND m.deleted_at IS NULL
"""

# Attendance of the listed records only (from the attendance_meeting_status index), not of the whole
# file: a county's file holds 70 million attendance rows.
_COUNTS_SQL = """
SELECT meeting_id, status, count(*) FROM attendance
WHERE meeting_id IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL
GROUP BY meeting_id, status
"""


def list_meetings(
    db: Database,
    branch_id: str,
    year: int | None = None,
    type: MeetingType | str | None = None,
    search: str | None = None,
) -> list[MeetingSummary]:
    """The records of a branch in date order, optionally of one year, one type, or matching ``search``."""
    sql, params = _LIST_SQL, [branch_id]
    if year is not None:
        sql += " AND m.date BETWEEN ? AND ?"
        params += [f"{int(year):04d}-01-01", f"{int(year):04d}-12-31"]
    if type:
        sql += " AND m.type = ?"
        params.append(parse_meeting_type(type).value)
    if search and search.strip():
        like = f"%{search.strip()}%"
        sql += " AND (" + " OR ".join(
            f"m.{c} LIKE ?" for c in ("topic", "content", "place", "host", "recorder", "theme", "title", "lecturer")
        ) + ")"
        params += [like] * 8
    sql += " ORDER BY m.date, m.start_time, m.seq"
    rows = list(db.query(sql, params))
    counts: dict[str, dict[str | None, int]] = {}
    for meeting_id, status, n in db.execute(_COUNTS_SQL, [json.dumps([r["id"] for r in rows])]):
        counts.setdefault(meeting_id, {})[status] = n
    summaries = []
    for r in rows:
        by_status = counts.get(r["id"], {})
        summaries.append(MeetingSummary(
            id=r["id"], type=MeetingType(r["type"]), date=date.fromisoformat(r["date"]), topic=r["topic"],
            status=MeetingStatus(r["status"]), group_id=r["group_id"], group=r["group_name"], host=r["host"],
            start_time=r["start_time"], for_period=r["for_period"], expected=sum(by_status.values()),
            present=by_status.get("present", 0), leave=by_status.get("leave", 0),
            absent=by_status.get("absent", 0), unmarked=by_status.get(None, 0), photos=r["photos"],
        ))
    return summaries


def meeting_refs(db: Database, branch_id: str, year: int) -> list[MeetingRef]:
    """What ``plan.year_plan`` needs: every live record that may serve a period of ``year``.

    That is the year's records, the neighbouring months (a theme day moved
    across the turn of the year) and any 补开 marked for a period of ``year``.
    """
    rows = db.query(  # two index ranges (a UNION, not an OR that would read every record of the branch)
        "SELECT id, type, date, group_id, for_period, status, seq FROM meetings "
        "WHERE branch_id = ? AND deleted_at IS NULL AND date BETWEEN ? AND ? "
        "UNION SELECT id, type, date, group_id, for_period, status, seq FROM meetings "
        "WHERE branch_id = ? AND deleted_at IS NULL AND for_period IS NOT NULL AND for_period >= ? AND for_period < ? "
        "ORDER BY date, seq",
        [branch_id, f"{year - 1:04d}-12-01", f"{year + 1:04d}-01-31", branch_id, f"{year:04d}", f"{year + 1:04d}"],
    )
    return [
        MeetingRef(r["id"], MeetingType(r["type"]), r["date"], r["group_id"], r["for_period"], r["status"])
        for r in rows
    ]


def resolve_meeting_id(db: Database, branch_id: str, prefix: str) -> str:
    """The id of the live record whose id starts with ``prefix`` (as the CLI prints 8 characters)."""
    prefix = (prefix or "").strip().lower()
    if not prefix:
        raise InvalidInput("请给出会议记录的编号（可以只写前几位）。")
    rows = list(
        db.query(
            "SELECT id FROM meetings WHERE branch_id = ? AND deleted_at IS NULL AND substr(id, 1, ?) = ? LIMIT 2",
            [branch_id, len(prefix), prefix],
        )
    )
    if not rows:
        raise NotFound(f"找不到编号以“{prefix}”开头的会议记录。请用 meetings list 查看编号。")
    if len(rows) > 1:
        raise InvalidInput(f"编号以“{prefix}”开头的会议记录不止一条，请多写几位编号。")
    return rows[0]["id"]

