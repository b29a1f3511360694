"""What the meeting-record modules share: the columns, field values, the lock and list replacement.

A record is a ``meetings`` row plus child rows (``attendance``, ``guests``,
``votes``, ``photos``). A draft is edited freely; a final (or returned)
record is locked (``Locked``) and changes only through
``store.finalize.correct``, which passes a reason so every change lands in
the audit log.
"""
from __future__ import annotations

import json
import re
from datetime import date
from typing import Any

from sanhui.core.dates import parse_date
from sanhui.core.model import MEETING_TYPE_NAMES, MeetingType
from sanhui.core.plan import period_bounds, period_frequency
from sanhui.core.store.database import Database
from sanhui.core.store.rows import get_row, insert_row, tombstone, update_row, write_audit
from sanhui.errors import InvalidInput, Locked, NotFound

#: Columns of ``meetings`` that the user edits (the status columns are set by finalising).
MEETING_COLUMNS = (
    "type", "group_id", "topic", "date", "start_time", "end_time", "place", "host", "recorder",
    "agenda", "content", "decisions", "no_decision_reason", "lecturer", "title", "hours", "theme",
    "form", "for_period",
)
TEXT_COLUMNS = (
    "topic", "place", "host", "recorder", "content", "no_decision_reason", "lecturer", "title", "theme", "form",
)
LIST_COLUMNS = ("agenda", "decisions")
TIME_COLUMNS = ("start_time", "end_time")

#: Chinese labels of the fields, for problems, corrections and printed records.
FIELD_LABELS = {
    "type": "会议类型", "group_id": "党小组", "topic": "议题", "date": "日期", "start_time": "开始时间",
    "end_time": "结束时间", "place": "地点", "host": "主持人", "recorder": "记录人", "agenda": "议程",
    "content": "会议内容", "decisions": "决议", "no_decision_reason": "未作决议的说明", "lecturer": "授课人",
    "title": "党课题目", "hours": "学时", "theme": "主题", "form": "活动形式", "for_period": "补开期间",
    "attendance": "出席情况", "status": "出席情况", "reason": "原因", "guests": "列席人员", "votes": "表决",
    "name": "姓名", "role": "身份", "motion": "表决事项", "votes_for": "赞成票", "votes_against": "反对票",
    "abstain": "弃权票", "written": "书面意见", "kind": "表决类别", "candidate_id": "对象",
    "position": "顺序", "deleted_at": "删除",
}

_TIME = re.compile(r"^(\d{1,2})[:：](\d{2})$")


def meeting_label(row: dict[str, Any] | Any) -> str:
    """``2026-03-05 支部党员大会``, for messages."""
    get = row.get if isinstance(row, dict) else lambda k: getattr(row, k)
    type_name = MEETING_TYPE_NAMES.get(MeetingType(get("type")), "")
    day = get("date")
    return f"{day.isoformat() if isinstance(day, date) else day} {type_name}"


def meeting_row(db: Database, meeting_id: str) -> dict[str, Any]:
    """The ``meetings`` row; NotFound if it does not exist or was deleted."""
    row = get_row(db, "meetings", meeting_id)
    if row["deleted_at"]:
        raise NotFound("这条会议记录已被删除。请刷新会议列表。")
    return row


def editable_meeting_row(db: Database, meeting_id: str) -> dict[str, Any]:
    """The row of a draft; a final or returned record raises ``Locked``."""
    row = meeting_row(db, meeting_id)
    if row["status"] != "draft":
        state = "已被乡镇退回" if row["status"] == "returned" else "已经定稿"
        raise Locked(
            f"会议记录（{meeting_label(row)}）{state}，不能直接修改。"
            "如确需修改，请使用“登记更正”，并写明更正原因。"
        )
    return row


def parse_time(value: Any, label: str = "时间") -> str:
    """``9:00`` -> ``09:00``; empty stays empty; anything else InvalidInput."""
    text = str(value or "").strip()
    if not text:
        return ""
    match = _TIME.match(text)
    if not match or int(match.group(1)) > 23 or int(match.group(2)) > 59:
        raise InvalidInput(f"{label}“{text}”无法识别，请写成 09:00 的形式。")
    return f"{int(match.group(1)):02d}:{match.group(2)}"


def parse_meeting_type(value: Any) -> MeetingType:
    if isinstance(value, MeetingType):
        return value
    text = str(value or "").strip()
    for meeting_type, name in MEETING_TYPE_NAMES.items():
        if text in (meeting_type.value, name):
            return meeting_type
    keys = "、".join(t.value for t in MeetingType)
    raise InvalidInput(f"会议类型“{text}”无法识别，应当是：{keys}。")


def parse_meeting_date(value: Any) -> date:
    try:
        return parse_date(value)
    except ValueError as exc:
        raise InvalidInput(f"会议{exc}。") from None


def clean_fields(values: dict[str, Any]) -> dict[str, Any]:
    """Meeting column values checked and normalised; InvalidInput with a Chinese message."""
    unknown = [k for k in values if k not in MEETING_COLUMNS]
    if unknown:
        raise InvalidInput(f"会议记录没有这些项目：{'、'.join(unknown)}。", detail=str(unknown))
    clean: dict[str, Any] = {}
    for key, value in values.items():
        if key in TEXT_COLUMNS:
            clean[key] = str(value or "").strip()
        elif key in LIST_COLUMNS:
            if isinstance(value, str):
                value = [value]
            if not isinstance(value, (list, tuple)):
                raise InvalidInput(f"“{FIELD_LABELS[key]}”应当是一组文字。")
            clean[key] = [str(item).strip() for item in value if str(item or "").strip()]
        elif key in TIME_COLUMNS:
            clean[key] = parse_time(value, FIELD_LABELS[key])
        elif key == "type":
            clean[key] = parse_meeting_type(value)
        elif key == "date":
            clean[key] = parse_meeting_date(value)
        elif key == "hours":
            clean[key] = _hours(value)
        elif key == "for_period":
            clean[key] = _period(value)
        else:  # group_id
            clean[key] = value or None
    if clean.get("start_time") and clean.get("end_time") and clean["end_time"] < clean["start_time"]:
        raise InvalidInput(f"结束时间 {clean['end_time']} 早于开始时间 {clean['start_time']}，请核对。")
    if clean.get("for_period") and clean.get("date") and period_bounds(clean["for_period"])[0] > clean["date"]:
        raise InvalidInput(f"补开只能补以前的会议：{clean['for_period']} 还没有到。")
    return clean


def _hours(value: Any) -> float | None:
    if value in (None, ""):
        return None
    try:
        hours = float(value)
    except (TypeError, ValueError):
        raise InvalidInput(f"学时“{value}”应当是一个数，例如 2 或 1.5。") from None
    if isinstance(value, bool) or not 0 <= hours <= 24:
        raise InvalidInput(f"学时“{value}”不对，应当在 0 到 24 之间。")
    return hours


def _period(value: Any) -> str | None:
    text = str(value or "").strip()
    if not text:
        return None
    try:
        period_frequency(text)
    except ValueError:
        raise InvalidInput(f"补开期间“{text}”无法识别，请写成 2026-03（月）、2026-Q1（季度）或 2026（年）。") from None
    return text


def record_values(record: Any) -> dict[str, Any]:
    """The meeting columns of a MeetingRecord."""
    return {column: getattr(record, column) for column in MEETING_COLUMNS}


def decode_list(text: str | None) -> list[str]:
    return list(json.loads(text)) if text else []


def live_children(db: Database, table: str, meeting_id: str) -> list[dict[str, Any]]:
    return list(
        db.query(
            f"SELECT * FROM {table} WHERE meeting_id = ? AND deleted_at IS NULL ORDER BY position, seq",
            [meeting_id],
        )
    )


def replace_children(
    db: Database, table: str, meeting: dict[str, Any], items: list[dict[str, Any]], reason: str = ""
) -> bool:
    """Make the live child rows of ``table`` equal ``items`` in order: update by position, add, tombstone.

    With a ``reason`` (a correction) every change is written to the audit log.
    Returns whether anything changed.
    """
    existing = live_children(db, table, meeting["id"])
    changed = False
    for position, values in enumerate(items):
        values = dict(values, position=position)
        if position < len(existing):
            changed |= bool(update_row(db, table, existing[position]["id"], values, audit=bool(reason), reason=reason))
            continue
        row_id = insert_row(db, table, {"branch_id": meeting["branch_id"], "meeting_id": meeting["id"], **values})
        if reason:
            write_audit(db, meeting["branch_id"], table, row_id, "insert", None, values, reason)
        changed = True
    for row in existing[len(items):]:
        tombstone(db, table, row["id"], reason=reason)
        changed = True
    return changed
