"""The roster (党员名册): members as rows, with validation on every write."""
from __future__ import annotations

from dataclasses import fields
from datetime import date
from typing import Any

from sanhui.core.model import (
    Category,
    Changes,
    ExclusionReason,
    LeftStatus,
    Member,
)
from sanhui.core.store.database import Database
from sanhui.core.store.rows import get_row, insert_row, update_row
from sanhui.core.validation import validate_member
from sanhui.errors import InvalidInput

_DATE_FIELDS = {f.name for f in fields(Member) if str(f.type).startswith("date")}
_ENUM_FIELDS = {"category": Category, "excluded_reason": ExclusionReason, "left_status": LeftStatus}
#: Member attributes stored as columns (everything but the row bookkeeping).
STORED_FIELDS = tuple(f.name for f in fields(Member) if f.name not in ("id", "version"))


def member_from_row(row: dict[str, Any]) -> Member:
    values = {}
    for name in STORED_FIELDS + ("id", "version"):
        value = row.get(name)
        if name in _DATE_FIELDS:
            value = date.fromisoformat(value) if value else None
        elif name in _ENUM_FIELDS:
            value = _ENUM_FIELDS[name](value) if value else None
        elif value is None and name not in ("group_id", "branch_id"):
            value = "" if isinstance(getattr(Member(), name), str) else value
        values[name] = value
    if values["category"] is None:
        values["category"] = Category.FULL
    return Member(**values)


def member_values(member: Member) -> dict[str, Any]:
    """The columns of a member as they are stored."""
    return {name: getattr(member, name) for name in STORED_FIELDS}


def list_members(
    db: Database, branch_id: str, include_left: bool = True
) -> list[Member]:
    """Every member of the branch, by group then name. Tombstoned rows are never listed."""
    sql = "SELECT * FROM members WHERE branch_id = ? AND deleted_at IS NULL"
    if not include_left:
        sql += " AND left_status IS NULL"
    sql += " ORDER BY name"
    return [member_from_row(r) for r in db.query(sql, [branch_id])]


def get_member(db: Database, member_id: str) -> Member:
    return member_from_row(get_row(db, "members", member_id))


def _validated(member: Member, today: date | None) -> None:
    problems = validate_member(member, today or date.today())
    if problems:
        raise InvalidInput(
            f"党员“{member.name or '（未填姓名）'}”的信息有 {len(problems)} 处需要修改：" + "；".join(
                p.message for p in problems
            ),
            problems,
        )


def find_duplicate(db: Database, member: Member) -> Member | None:
    """Another member that is the same person: same 身份证号, else same 姓名 + 出生日期."""
    if member.id_number:
        rows = list(
            db.query(
                "SELECT * FROM members WHERE branch_id = ? AND id_number = ? AND deleted_at IS NULL AND id IS NOT ?",
                [member.branch_id, member.id_number, member.id],
            )
        )
        if rows:
            return member_from_row(rows[0])
    if member.birth_date:
        rows = list(
            db.query(
                "SELECT * FROM members WHERE branch_id = ? AND name = ? AND birth_date = ? "
                "AND deleted_at IS NULL AND id IS NOT ?",
                [member.branch_id, member.name, member.birth_date.isoformat(), member.id],
            )
        )
        if rows:
            return member_from_row(rows[0])
    return None


def add_member(db: Database, member: Member, today: date | None = None) -> str:
    """Insert a validated member; returns the new id."""
    if not member.branch_id:
        raise ValueError("member.branch_id is required")
    _validated(member, today)
    duplicate = find_duplicate(db, member)
    if duplicate:
        raise InvalidInput(f"名册里已经有这个人：{duplicate.name}（身份证号或姓名与出生日期相同）。请直接修改原来的记录。")
    with db.atomic():
        return insert_row(db, "members", member_values(member))


def update_member(
    db: Database, member: Member, today: date | None = None, reason: str = ""
) -> Changes:
    """Save an edited member; the change is kept in the audit log."""
    _validated(member, today)
    duplicate = find_duplicate(db, member)
    if duplicate:
        raise InvalidInput(f"名册里已经有这个人：{duplicate.name}（身份证号或姓名与出生日期相同）。")
    with db.atomic():
        changed = update_row(db, "members", member.id, member_values(member), audit=True, reason=reason)
    return Changes(members=bool(changed))


def record_leaving(
    db: Database, member_id: str, status: LeftStatus, on: date, note: str = ""
) -> Changes:
    """A member leaves the branch (转出, 去世...): a dated status, never a deletion."""
    member = get_member(db, member_id)
    member.left_status, member.left_date, member.left_note = status, on, note
    return update_member(db, member, reason=f"离开支部：{status.value}")


def count_members(db: Database, branch_id: str) -> int:
    return db.execute(
        "SELECT count(*) FROM members WHERE branch_id = ? AND deleted_at IS NULL AND left_status IS NULL",
        [branch_id],
    ).fetchone()[0]
