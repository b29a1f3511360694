"""Computed fields, the checks before a record is final, finalising, and dated corrections.

A final record (定稿) is locked: the roster may change, the record does not.
Finalising freezes each member's voting right and stores a fingerprint of
the content; later changes go through ``correct`` with a reason, land in the
audit log and are listed by ``corrections`` for the printed record.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sanhui.core.model import (
    MEETING_TYPE_NAMES,
    Attendance,
    Changes,
    Guest,
    MeetingRecord,
    MeetingStatus,
    MeetingType,
    Member,
    Problem,
    Vote,
    VoteKind,
)
from sanhui.core.rules import Counts, election_quorum_met, quorum_met, validate_vote, vote_passes
from sanhui.core.store.attendance import parse_status, record_counts, voting_rights
from sanhui.core.store.database import Database
from sanhui.core.store.meeting_rows import FIELD_LABELS, clean_fields, meeting_row, replace_children
from sanhui.core.store.meetings import get_meeting, guest_values, vote_values
from sanhui.core.store.members import list_members
from sanhui.core.store.rows import now_iso, update_row
from sanhui.errors import InvalidInput, NotFound

FINGERPRINT_LENGTH = 12
#: Meeting types whose record needs decisions or a reason why there were none.
DECIDING_TYPES = (MeetingType.GENERAL_MEETING, MeetingType.COMMITTEE)


def _members_map(
    db: Database, record: MeetingRecord, members: Mapping[str, Member] | Iterable[Member] | None
) -> dict[str, Member]:
    if members is None:
        members = list_members(db, record.branch_id)
    return dict(members) if isinstance(members, Mapping) else {m.id: m for m in members}


def vote_passed(vote: Vote, counts: Counts, quorum: bool | None) -> bool:
    """Passed: for > half of the expected voting members, with the quorum (an election: > 4/5 present)."""
    if quorum is False:
        return False
    if vote.kind == VoteKind.ELECTION and not election_quorum_met(counts):
        return False
    return vote_passes(vote.votes_for, counts)


def computed(
    db: Database,
    record: MeetingRecord,
    members: Mapping[str, Member] | Iterable[Member] | None = None,
) -> dict[str, Any]:
    """CLI.md's computed fields: ``counts``, ``quorum_met`` (None where no quorum applies), ``votes``.

    Each vote gets ``passed``; ``members`` (the roster, to judge voting
    rights of a draft) is loaded when not given.
    """
    counts = record_counts(record, _members_map(db, record, members))
    quorum = quorum_met(record.type, counts)
    return {
        "counts": counts.to_json(),
        "quorum_met": quorum,
        "votes": [
            {
                "motion": v.motion, "kind": v.kind.value, "for": v.votes_for, "against": v.votes_against,
                "abstain": v.abstain, "written": v.written, "passed": vote_passed(v, counts, quorum),
            }
            for v in record.votes
        ],
    }


def validate_for_final(record: MeetingRecord, computed: dict[str, Any]) -> list[Problem]:
    """What is missing or wrong before the record can be final, in Chinese (empty when complete)."""
    problems: list[Problem] = []

    def need(field: str, value: Any, message: str) -> None:
        if value is None or (isinstance(value, str) and not value.strip()) or value == []:
            problems.append(Problem(field, message))

    need("topic", record.topic, "请填写议题（会议主题）。")
    need("date", record.date, "请填写会议日期。")
    need("host", record.host, "请填写主持人。")
    need("recorder", record.recorder, "请填写记录人。")
    if record.type == MeetingType.GROUP_MEETING:
        need("group_id", record.group_id, "党小组会要选择是哪个党小组开的会。")
    if not record.attendance:
        problems.append(Problem("attendance", "这次会议没有应到党员。请检查党小组和名册，或添加应到人员。"))
    unmarked = [r.member_name for r in record.attendance if r.status is None]
    if unmarked:
        problems.append(Problem(
            "attendance", f"还有 {len(unmarked)} 名党员没有登记出席情况：{_names(unmarked)}。请在签到中标记出席、请假或缺席。"
        ))
    no_reason = [r.member_name for r in record.attendance if r.status == Attendance.LEAVE and not r.reason.strip()]
    if no_reason:
        problems.append(Problem("attendance", f"请假的党员要写明请假原因：{_names(no_reason)}。"))
    need("content", record.content, "请填写会议内容（会议记录正文）。")
    if record.type in DECIDING_TYPES and not record.decisions and not record.no_decision_reason.strip():
        problems.append(Problem("decisions", "请填写会议决议；如果这次会议没有作出决议，请写明原因。"))
    if record.type == MeetingType.PARTY_LECTURE:
        need("lecturer", record.lecturer, "党课要填写授课人。")
        need("title", record.title, "党课要填写党课题目。")
        if not record.hours or record.hours <= 0:
            problems.append(Problem("hours", "党课要填写学时（例如 2）。"))
    if record.type == MeetingType.THEME_DAY:
        need("theme", record.theme, "主题党日要填写活动主题。")
        need("form", record.form, "主题党日要填写活动形式（学习、组织生活、民主议事或志愿服务）。")
    counts = Counts(**computed["counts"])
    for index, vote in enumerate(record.votes, start=1):
        if not vote.motion.strip():
            problems.append(Problem("votes", f"第 {index} 项表决没有写表决事项。"))
        message = validate_vote(vote.votes_for, vote.votes_against, vote.abstain, counts, vote.written)
        if message:
            problems.append(Problem("votes", f"表决“{vote.motion or index}”：{message}"))
    return problems


def _names(names: list[str], limit: int = 10) -> str:
    shown = "、".join(names[:limit])
    return shown + (f"等 {len(names)} 人" if len(names) > limit else "")


def fingerprint(record: MeetingRecord) -> str:
    """12 hex characters of the SHA-256 of the record's content in a canonical JSON.

    Covers what the printed record says (fields, attendance with frozen voting
    rights, guests, votes, photos); not the bookkeeping nor the later 补学.
    """
    content = {
        "type": record.type.value, "group_id": record.group_id, "topic": record.topic,
        "date": record.date.isoformat(), "start_time": record.start_time, "end_time": record.end_time,
        "place": record.place, "host": record.host, "recorder": record.recorder, "agenda": record.agenda,
        "content": record.content, "decisions": record.decisions, "no_decision_reason": record.no_decision_reason,
        "lecturer": record.lecturer, "title": record.title, "hours": record.hours, "theme": record.theme,
        "form": record.form, "for_period": record.for_period,
        "attendance": sorted(
            [r.member_id, r.member_name, r.status.value if r.status else None, r.reason, r.voting]
            for r in record.attendance
        ),
        "guests": [[g.name, g.role] for g in record.guests],
        "votes": [
            [v.motion, v.kind.value, v.candidate_id, v.votes_for, v.votes_against, v.abstain, v.written]
            for v in record.votes
        ],
        "photos": [[p.id, p.caption] for p in record.photos],
    }
    canonical = json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:FINGERPRINT_LENGTH]


def _refused(record: MeetingRecord, problems: list[Problem]) -> InvalidInput:
    label = f"{record.date.isoformat()} {MEETING_TYPE_NAMES[record.type]}"
    return InvalidInput(
        f"会议记录（{label}）还不能定稿，有 {len(problems)} 处需要补充：" + "；".join(p.message for p in problems),
        problems,
    )


def finalize(db: Database, meeting_id: str, today: date | None = None) -> Changes:
    """Lock a complete record: status final, voting rights frozen, fingerprint stored.

    An incomplete record, or one dated after ``today``, is refused with
    InvalidInput listing the problems. A final record is left as it is; a
    returned one (退回) becomes final again once complete.
    """
    today = today or date.today()
    with db.atomic():
        row = meeting_row(db, meeting_id)
        if row["status"] == MeetingStatus.FINAL.value:
            return Changes()
        record = get_meeting(db, meeting_id)
        members = _members_map(db, record, None)
        problems = validate_for_final(record, computed(db, record, members))
        if record.date > today:
            problems.append(Problem("date", f"会议日期 {record.date.isoformat()} 还没有到，会议开过之后才能定稿。"))
        if problems:
            raise _refused(record, problems)
        rights = voting_rights(record, members) if row["status"] == MeetingStatus.DRAFT.value else {}
        for attendance in record.attendance:
            if attendance.member_id in rights:
                attendance.voting = rights[attendance.member_id]
                update_row(db, "attendance", attendance.id, {"voting": int(attendance.voting)})
        update_row(db, "meetings", meeting_id, {
            "status": MeetingStatus.FINAL, "finalized_at": now_iso(), "fingerprint": fingerprint(record),
        })
    return Changes(meetings=True)


#: What ``correct`` may change: the meeting's fields (not its type or 党小组) and these lists.
CORRECTABLE = (
    "topic", "date", "start_time", "end_time", "place", "host", "recorder", "agenda", "content", "decisions",
    "no_decision_reason", "lecturer", "title", "hours", "theme", "form", "for_period", "attendance", "guests", "votes",
)


def correct(
    db: Database, meeting_id: str, changes: dict[str, Any], reason: str, actor: str = ""
) -> Changes:
    """Change a final record as a visible, dated correction (更正) with a reason.

    ``changes``: meeting fields by name, ``attendance`` as {member id:
    status or {"status", "reason"}}, ``guests`` and ``votes`` as whole lists.
    Every change goes to the audit log with ``reason``; the corrected record
    must still be complete; the fingerprint is refreshed.
    """
    reason = (reason or "").strip()
    if not reason:
        raise InvalidInput("更正已定稿的会议记录，必须写明更正原因。")
    unknown = [k for k in changes if k not in CORRECTABLE]
    if unknown:
        names = "、".join(FIELD_LABELS.get(k, k) for k in unknown)
        raise InvalidInput(f"已定稿的记录不能更正这些项目：{names}。如会议类型或党小组记错了，请联系乡镇退回后重新整理。")
    fields = clean_fields({k: v for k, v in changes.items() if k not in ("attendance", "guests", "votes")})
    with db.atomic():
        meeting = meeting_row(db, meeting_id)
        if meeting["status"] == MeetingStatus.DRAFT.value:
            raise InvalidInput("这条会议记录还是草稿，可以直接修改，不需要登记更正。")
        changed = bool(update_row(db, "meetings", meeting_id, fields, audit=True, reason=reason, actor=actor))
        for member_id, mark in (changes.get("attendance") or {}).items():
            changed |= _correct_attendance(db, meeting_id, member_id, mark, reason, actor)
        if "guests" in changes:
            changed |= replace_children(db, "guests", meeting, guest_values(_guests(changes["guests"])), reason)
        if "votes" in changes:
            changed |= replace_children(db, "votes", meeting, vote_values(_votes(changes["votes"])), reason)
        if not changed:
            return Changes()
        record = get_meeting(db, meeting_id)
        problems = validate_for_final(record, computed(db, record))
        if problems:
            raise InvalidInput("更正后的记录不完整：" + "；".join(p.message for p in problems), problems)
        update_row(db, "meetings", meeting_id, {"fingerprint": fingerprint(record)})
    return Changes(meetings=True)


def _correct_attendance(
    db: Database, meeting_id: str, member_id: str, mark: Any, reason: str, actor: str
) -> bool:
    rows = list(db.query(
        "SELECT id FROM attendance WHERE meeting_id = ? AND member_id = ? AND deleted_at IS NULL",
        [meeting_id, member_id],
    ))
    if not rows:
        raise NotFound("要更正的党员不在这次会议的应到名单里。")
    if not isinstance(mark, dict):
        mark = {"status": mark}
    values: dict[str, Any] = {"status": parse_status(mark.get("status"))}
    if values["status"] is None:
        raise InvalidInput("更正出席情况时要写明出席、请假或缺席。")
    values["reason"] = str(mark.get("reason") or "").strip()
    return bool(update_row(db, "attendance", rows[0]["id"], values, audit=True, reason=reason, actor=actor))


def _guests(items: list[Any]) -> list[Guest]:
    return [g if isinstance(g, Guest) else Guest(str(g.get("name") or ""), str(g.get("role") or "")) for g in items]


def _votes(items: list[Any]) -> list[Vote]:
    votes = []
    for v in items:
        if isinstance(v, Vote):
            votes.append(v)
            continue
        votes.append(Vote(
            motion=str(v.get("motion") or ""), votes_for=v.get("for", v.get("votes_for", 0)),
            votes_against=v.get("against", v.get("votes_against", 0)), abstain=v.get("abstain", 0),
            kind=_vote_kind(v.get("kind")), candidate_id=v.get("candidate_id"),
            written=v.get("written", 0),
        ))
    return votes


def _vote_kind(value: Any) -> VoteKind:
    try:
        return VoteKind(value or "motion")
    except ValueError:
        raise InvalidInput(f"表决类别“{value}”无法识别，应当是 motion、admission、confirmation 或 election。") from None


@dataclass
class Correction:
    """One corrected row of a final record, for the printed record (更正记录)."""

    at: str  # when (local time of the laptop)
    table: str  # meetings, attendance, guests, votes
    subject: str  # the member, guest or motion concerned ("" for the meeting itself)
    action: str  # update, insert, delete
    fields: list[str]
    old: dict[str, Any]
    new: dict[str, Any]
    reason: str
    actor: str = ""

    @property
    def field_labels(self) -> list[str]:
        return [FIELD_LABELS.get(f, f) for f in self.fields]


_CORRECTIONS_SQL = """
SELECT a.*, coalesce(t.member_name, g.name, v.motion, '') AS subject
FROM audit_log a
LEFT JOIN attendance t ON a.table_name = 'attendance' AND t.id = a.row_id
LEFT JOIN guests g ON a.table_name = 'guests' AND g.id = a.row_id
LEFT JOIN votes v ON a.table_name = 'votes' AND v.id = a.row_id
WHERE a.reason != '' AND (
    (a.table_name = 'meetings' AND a.row_id = :id) OR t.meeting_id = :id OR g.meeting_id = :id OR v.meeting_id = :id
)
ORDER BY a.seq
"""


def corrections(db: Database, meeting_id: str) -> list[Correction]:
    """The corrections of a record, oldest first (draft edits carry no reason and are not listed)."""
    result = []
    for row in db.query(_CORRECTIONS_SQL, {"id": meeting_id}):
        old = json.loads(row["old_values"]) if row["old_values"] else {}
        new = json.loads(row["new_values"]) if row["new_values"] else {}
        fields = [k for k in dict.fromkeys([*old, *new]) if k != "position"]
        result.append(Correction(
            row["at"], row["table_name"], row["subject"], row["action"], fields, old, new, row["reason"], row["actor"],
        ))
    return result
