"""The meeting record JSON of shared/CLI.md: one record out, a list of records in.

``record_to_json`` writes a record with members by name plus the computed
fields; ``import_records`` reads a list of them, all or nothing in one
transaction: every record is checked first (names, dates, times, votes,
completeness of those marked final) and nothing is written if any is wrong.
"""
from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sanhui.core.model import (
    MEETING_TYPE_NAMES,
    Attendance,
    AttendanceRow,
    Changes,
    Guest,
    MeetingRecord,
    MeetingType,
    Member,
    Problem,
    Vote,
    VoteKind,
)
from sanhui.core.rules import expected_members
from sanhui.core.store.attendance import apply_statuses, parse_status, sync_expected
from sanhui.core.store.database import Database
from sanhui.core.store.db import copy_aside
from sanhui.core.store.finalize import computed, finalize, validate_for_final
from sanhui.core.store.meeting_rows import clean_fields, parse_meeting_date, parse_meeting_type
from sanhui.core.store.meetings import create_meeting, get_meeting, guest_values, save_meeting
from sanhui.core.store.members import list_members
from sanhui.core.store.org import list_groups
from sanhui.core.store.rows import get_row
from sanhui.errors import InvalidInput, SanhuiError

#: JSON key -> meeting column, for the plain fields of a record.
JSON_FIELDS = {
    "topic": "topic", "start": "start_time", "end": "end_time", "place": "place", "host": "host",
    "recorder": "recorder", "agenda": "agenda", "content": "content", "decisions": "decisions",
    "no_decision_reason": "no_decision_reason", "lecturer": "lecturer", "title": "title", "hours": "hours",
    "theme": "theme", "form": "form", "for_period": "for_period",
}
MAX_PROBLEMS_SHOWN = 5


def _hours_json(hours: float | None) -> float | int | None:
    return int(hours) if hours is not None and float(hours).is_integer() else hours


def record_to_json(db: Database, meeting_id: str) -> dict[str, Any]:
    """One record as CLI.md's JSON, with ``counts``, ``quorum_met`` and ``passed`` per vote."""
    record = get_meeting(db, meeting_id)
    members = list_members(db, record.branch_id)
    names = {m.id: m.name for m in members}
    extra = computed(db, record, members)
    group = get_row(db, "groups", record.group_id)["name"] if record.group_id else None
    votes = []
    for vote, result in zip(record.votes, extra["votes"]):
        votes.append({
            "motion": vote.motion, "for": vote.votes_for, "against": vote.votes_against, "abstain": vote.abstain,
            "passed": result["passed"], "kind": vote.kind.value,
            "candidate": names.get(vote.candidate_id) if vote.candidate_id else None, "written": vote.written,
        })
    return {
        "id": record.id,
        "type": record.type.value,
        "group": group,
        "topic": record.topic,
        "date": record.date.isoformat(),
        "start": record.start_time,
        "end": record.end_time,
        "place": record.place,
        "host": record.host,
        "recorder": record.recorder,
        "attendance": [
            {
                "member": row.member_name, "status": row.status.value if row.status else None, "reason": row.reason,
                "makeup_date": row.makeup_date.isoformat() if row.makeup_date else None,
                "makeup_method": row.makeup_method,
            }
            for row in record.attendance
        ],
        "guests": [{"name": g.name, "role": g.role} for g in record.guests],
        "agenda": list(record.agenda),
        "content": record.content,
        "decisions": list(record.decisions),
        "no_decision_reason": record.no_decision_reason,
        "votes": votes,
        "lecturer": record.lecturer,
        "title": record.title,
        "hours": _hours_json(record.hours),
        "theme": record.theme,
        "form": record.form,
        "for_period": record.for_period,
        "status": record.status.value,
        "finalized_at": record.finalized_at,
        "fingerprint": record.fingerprint,
        "returned_comment": record.returned_comment,
        "photos": [{"id": p.id, "caption": p.caption} for p in record.photos],
        "counts": extra["counts"],
        "quorum_met": extra["quorum_met"],
    }


# ---------------------------------------------------------------- import


@dataclass
class ImportedRecord:
    index: int  # 1-based position in the file
    id: str
    action: str  # "created" | "updated"
    label: str  # 2026-03-05 支部党员大会 议题
    final: bool


@dataclass
class ImportResult:
    records: list[ImportedRecord] = field(default_factory=list)

    @property
    def changes(self) -> Changes:
        return Changes(meetings=bool(self.records))

    def count(self, action: str) -> int:
        return sum(1 for r in self.records if r.action == action)

    def summary(self) -> str:
        finals = sum(1 for r in self.records if r.final)
        return f"新增 {self.count('created')} 条，更新 {self.count('updated')} 条，其中定稿 {finals} 条"

    def to_json(self) -> dict[str, Any]:
        return {
            "created": self.count("created"),
            "updated": self.count("updated"),
            "finalized": sum(1 for r in self.records if r.final),
            "records": [
                {"index": r.index, "id": r.id, "action": r.action, "label": r.label, "final": r.final}
                for r in self.records
            ],
        }


@dataclass
class _Parsed:
    index: int
    where: str
    record: MeetingRecord
    statuses: dict[str, tuple[Attendance | None, str]]
    final: bool
    existing: bool


class _Context:
    """What every record of one import is checked against."""

    def __init__(self, db: Database, branch_id: str, today: date):
        self.db, self.branch_id, self.today = db, branch_id, today
        self.members = list_members(db, branch_id)
        self.members_by_id = {m.id: m for m in self.members}
        self.by_name: dict[str, list[Member]] = {}
        for member in self.members:
            self.by_name.setdefault(member.name.strip(), []).append(member)
        self.groups = {g.name: g.id for g in list_groups(db, branch_id)}
        self.seen_ids: set[str] = set()
        self.seen_keys: set[tuple] = set()

    def member(self, name: Any, problems: list[str]) -> Member | None:
        text = str(name or "").strip()
        found = self.by_name.get(text, [])
        if not text:
            problems.append("有一处党员姓名是空的。")
        elif not found:
            problems.append(f"名册里没有名为“{text}”的党员。请先在名册中添加，或改正姓名。")
        elif len(found) > 1:
            problems.append(
                f"名册里有 {len(found)} 名党员都叫“{text}”，无法分辨是哪一位。请先在名册中把他们的姓名区分开（例如加注），再导入。"
            )
        else:
            return found[0]
        return None


def _int(value: Any, what: str, problems: list[str]) -> int:
    if value is None:
        return 0
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        problems.append(f"{what}“{value}”应当是不小于 0 的整数。")
        return 0
    return value


def _list(raw: Mapping, key: str, problems: list[str]) -> list:
    value = raw.get(key) or []
    if not isinstance(value, list):
        problems.append(f"“{key}”应当是一个列表 [...]。")
        return []
    return value


def _parse_attendance(raw, record, expected, ctx, problems) -> dict[str, tuple[Attendance | None, str]]:
    expected_ids = {m.id for m in expected}
    statuses: dict[str, tuple[Attendance | None, str]] = {}
    for item in _list(raw, "attendance", problems):
        if not isinstance(item, Mapping):
            problems.append("attendance 的每一项应当是 {\"member\": 姓名, \"status\": ...}。")
            continue
        member = ctx.member(item.get("member"), problems)
        if member is None:
            continue
        if member.id not in expected_ids:
            problems.append(f"“{member.name}”不是这次会议的应到党员。如果是列席人员，请写在 guests 中。")
            continue
        if member.id in statuses:
            problems.append(f"“{member.name}”在出席名单里出现了两次。")
            continue
        try:
            status = parse_status(item.get("status"))
        except InvalidInput as exc:
            problems.append(str(exc))
            continue
        statuses[member.id] = (status, str(item.get("reason") or "").strip())
    for member in expected:  # left out of the list: absent (a null status stays unmarked)
        statuses.setdefault(member.id, (Attendance.ABSENT, ""))
    record.attendance = [
        AttendanceRow(m.id, m.name, statuses[m.id][0], statuses[m.id][1]) for m in expected
    ]
    return statuses


def _parse_votes(raw, ctx, problems) -> list[Vote]:
    votes = []
    for number, item in enumerate(_list(raw, "votes", problems), start=1):
        if not isinstance(item, Mapping):
            problems.append("votes 的每一项应当是 {\"motion\": ..., \"for\": ..., \"against\": ..., \"abstain\": ...}。")
            continue
        motion = str(item.get("motion") or "").strip()
        what = f"表决“{motion or number}”的"
        try:
            kind = VoteKind(item.get("kind") or "motion")
        except ValueError:
            problems.append(f"{what}类别“{item.get('kind')}”无法识别，应当是 motion、admission、confirmation 或 election。")
            kind = VoteKind.MOTION
        candidate = ctx.member(item["candidate"], problems) if item.get("candidate") else None
        votes.append(Vote(
            motion=motion, votes_for=_int(item.get("for"), what + "赞成票", problems),
            votes_against=_int(item.get("against"), what + "反对票", problems),
            abstain=_int(item.get("abstain"), what + "弃权票", problems), kind=kind,
            candidate_id=candidate.id if candidate else None,
            written=_int(item.get("written"), what + "书面意见", problems),
        ))
    return votes


def _existing(ctx: _Context, raw: Mapping, problems: list[str]) -> tuple[str | None, bool]:
    """(the record's id or None, whether it exists as a draft to update)."""
    given = raw.get("id")
    if not given:
        return None, False
    try:
        record_id = str(uuid.UUID(str(given)))
    except ValueError:
        problems.append(f"编号“{given}”不对，应当是程序导出的 id；新记录可以不写 id。")
        return None, False
    if record_id in ctx.seen_ids:
        problems.append(f"编号 {record_id} 在文件里出现了两次。")
    ctx.seen_ids.add(record_id)
    rows = list(ctx.db.query("SELECT branch_id, status, deleted_at FROM meetings WHERE id = ?", [record_id]))
    if not rows:
        return record_id, False
    row = rows[0]
    if row["branch_id"] != ctx.branch_id:
        problems.append("这条记录属于另一个支部，不能导入到本支部。")
    elif row["deleted_at"]:
        problems.append("这条记录已经在本机删除，不能再导入修改。如要恢复，请去掉 id 作为新记录导入。")
    elif row["status"] != "draft":
        problems.append("这条记录在本机已经定稿，不能再用导入修改。如需更改，请在程序中“登记更正”。")
    return record_id, True


def _parse(index: int, raw: Any, ctx: _Context) -> tuple[_Parsed | None, list[Problem]]:
    where = f"第 {index} 条记录"
    if not isinstance(raw, Mapping):
        return None, [Problem("records", f"{where}不是一条会议记录（应当是 {{...}} 的形式）。")]
    try:
        meeting_type = parse_meeting_type(raw.get("type"))
        day = parse_meeting_date(raw.get("date"))
    except InvalidInput as exc:
        return None, [Problem("records", f"{where}：{exc}")]
    where = f"第 {index} 条记录（{day.isoformat()} {MEETING_TYPE_NAMES[meeting_type]}）"
    problems: list[str] = []
    record_id, existing = _existing(ctx, raw, problems)
    group_name = str(raw.get("group") or "").strip()
    group_id = ctx.groups.get(group_name) if group_name else None
    if group_name and group_id is None:
        problems.append(f"没有名为“{group_name}”的党小组。请改正党小组名称，或先在名册中建立这个党小组。")
    elif meeting_type == MeetingType.GROUP_MEETING and not group_name:
        problems.append("党小组会要写明是哪个党小组（group）。")
    record = MeetingRecord(type=meeting_type, date=day, branch_id=ctx.branch_id, group_id=group_id, id=record_id)
    try:
        values = clean_fields({column: raw[key] for key, column in JSON_FIELDS.items() if key in raw})
        values["date"] = day
        for column, value in values.items():
            setattr(record, column, value)
    except InvalidInput as exc:
        problems.append(str(exc))
    status = raw.get("status") or "draft"
    if status not in ("draft", "final"):
        problems.append(f"状态“{status}”不对，只能是 draft（草稿）或 final（定稿）。")
    key = (meeting_type, day, group_id, record.topic)
    if record_id is None:
        duplicate = key in ctx.seen_keys or list(ctx.db.query(
            "SELECT 1 FROM meetings WHERE branch_id = ? AND type = ? AND date = ? AND group_id IS ? AND topic = ? "
            "AND deleted_at IS NULL", [ctx.branch_id, meeting_type.value, day.isoformat(), group_id, record.topic],
        ))
        if duplicate:
            problems.append("已经有一条同一天、同类型、同议题的记录（可能已经导入过）。如要修改原记录，请在记录中写上它的 id。")
    ctx.seen_keys.add(key)
    expected = expected_members(meeting_type, ctx.members, day, group_id)
    statuses = _parse_attendance(raw, record, expected, ctx, problems)
    try:
        record.guests = [Guest(g["name"], g["role"]) for g in guest_values(_list(raw, "guests", problems))]
    except (InvalidInput, AttributeError, TypeError):
        problems.append("guests 的每一项应当是 {\"name\": 姓名, \"role\": 身份}，并且要写姓名。")
    record.votes = _parse_votes(raw, ctx, problems)
    if not problems:
        found = validate_for_final(record, computed(ctx.db, record, ctx.members_by_id))
        if status == "final":
            problems += [p.message for p in found]
            if day > ctx.today:
                problems.append(f"会议日期 {day.isoformat()} 还没有到，不能作为定稿导入。")
        else:  # a draft may be incomplete, but its votes must add up
            problems += [p.message for p in found if p.field == "votes"]
    if problems:
        return None, [Problem("records", f"{where}：{message}") for message in problems]
    return _Parsed(index, where, record, statuses, status == "final", existing), []


def import_records(
    db: Database, branch_id: str, records: Any, today: date | None = None
) -> ImportResult:
    """Import meeting records (CLI.md's JSON) all or nothing; InvalidInput lists every problem."""
    today = today or date.today()
    if not isinstance(records, list):
        raise InvalidInput("会议记录文件应当是一个列表 [ {...}, {...} ]，每一项是一条会议记录。")
    ctx = _Context(db, branch_id, today)
    parsed, problems = [], []
    for index, raw in enumerate(records, start=1):
        item, found = _parse(index, raw, ctx)
        problems += found
        if item is not None:
            parsed.append(item)
    if problems:
        shown = "；".join(p.message for p in problems[:MAX_PROBLEMS_SHOWN])
        more = f"；另有 {len(problems) - MAX_PROBLEMS_SHOWN} 处" if len(problems) > MAX_PROBLEMS_SHOWN else ""
        raise InvalidInput(f"会议记录没有导入，发现 {len(problems)} 处问题：{shown}{more}。请改正后重新导入。", problems)
    result = ImportResult()
    if not parsed:
        return result
    if not db.conn.in_transaction:  # (a backup cannot copy a file inside the caller's open transaction)
        copy_aside(db, "meetings-import")
    with db.atomic():
        for item in parsed:
            meeting_id = _write(db, item, ctx)
            if item.final:
                try:
                    finalize(db, meeting_id, today)
                except SanhuiError as exc:
                    raise InvalidInput(f"{item.where}：{exc}") from exc
            label = f"{item.record.date.isoformat()} {MEETING_TYPE_NAMES[item.record.type]} {item.record.topic}"
            result.records.append(ImportedRecord(
                item.index, meeting_id, "updated" if item.existing else "created", label.strip(), item.final,
            ))
    return result


def _write(db: Database, item: _Parsed, ctx: _Context) -> str:
    record = item.record
    if item.existing:
        stored = get_meeting(db, record.id)
        record.version, record.attendance = stored.version, []
        save_meeting(db, record)
        sync_expected(db, get_row(db, "meetings", record.id), ctx.members)
        apply_statuses(db, record.id, item.statuses)
        return record.id
    fields = {column: getattr(record, column) for column in JSON_FIELDS.values()}
    return create_meeting(
        db, ctx.branch_id, record.type, record.date, record.group_id, id=record.id, guests=record.guests,
        votes=record.votes, members=ctx.members, statuses=item.statuses, **fields,
    )
