"""谈心谈话: a log of talks between a member and another member (or a named person).

Each pair should talk at least once a year (Art. 19); the branch watches
who has not had a talk this year at all.
"""
from __future__ import annotations

from datetime import date
from typing import Any

from sanhui.core.dates import parse_date
from sanhui.core.model import Changes, Member, Talk
from sanhui.core.store.database import Database
from sanhui.core.store.members import list_members
from sanhui.core.store.rows import get_row, insert_row, tombstone
from sanhui.errors import InvalidInput


def _talk(row: dict[str, Any]) -> Talk:
    return Talk(
        date=date.fromisoformat(row["date"]), member_id=row["member_id"], content=row["content"],
        other_id=row["other_id"], other_name=row["other_name"], branch_id=row["branch_id"], id=row["id"],
        version=row["version"],
    )


def _check_member(db: Database, branch_id: str, member_id: str | None) -> None:
    if member_id is None:
        return
    row = get_row(db, "members", member_id)
    if row["branch_id"] != branch_id or row["deleted_at"]:
        raise InvalidInput("谈话人不在本支部的名册里。请重新选择。")


def add_talk(
    db: Database,
    branch_id: str,
    on: date | str,
    member_id: str,
    content: str,
    other_id: str | None = None,
    other_name: str = "",
) -> str:
    """Log one talk of ``member_id`` with another member (``other_id``) or a named person; returns its id."""
    try:
        on = parse_date(on)
    except ValueError as exc:
        raise InvalidInput(f"谈话{exc}。") from None
    if not member_id:
        raise InvalidInput("请选择谈话的党员。")
    if not other_id and not (other_name or "").strip():
        raise InvalidInput("请填写谈话对象：选择一名党员，或写上对方的姓名。")
    if other_id == member_id:
        raise InvalidInput("谈话双方不能是同一个人。")
    if not (content or "").strip():
        raise InvalidInput("请填写谈话的主要内容。")
    _check_member(db, branch_id, member_id)
    _check_member(db, branch_id, other_id)
    with db.atomic():
        return insert_row(db, "talks", {
            "branch_id": branch_id, "date": on, "member_id": member_id, "other_id": other_id,
            "other_name": (other_name or "").strip(), "content": content.strip(),
        })


def delete_talk(db: Database, talk_id: str) -> Changes:
    with db.atomic():
        tombstone(db, "talks", talk_id)
    return Changes(meetings=True)


def list_talks(db: Database, branch_id: str, year: int | None = None) -> list[Talk]:
    """The talks of a branch in date order, optionally of one year."""
    sql, params = "SELECT * FROM talks WHERE branch_id = ? AND deleted_at IS NULL", [branch_id]
    if year is not None:
        sql += " AND date BETWEEN ? AND ?"
        params += [f"{year:04d}-01-01", f"{year:04d}-12-31"]
    return [_talk(r) for r in db.query(sql + " ORDER BY date, seq", params)]


def members_not_talked(
    db: Database, branch_id: str, year: int, on: date | None = None
) -> list[Member]:
    """Members of the branch on ``on`` (default: the year's last day) with no talk in ``year``."""
    on = on or date(year, 12, 31)
    talked = set()
    for talk in list_talks(db, branch_id, year):
        talked.update(x for x in (talk.member_id, talk.other_id) if x)
    return [
        m for m in list_members(db, branch_id)
        if m.is_active(on) and (m.join_date is None or m.join_date <= on) and m.id not in talked
    ]
