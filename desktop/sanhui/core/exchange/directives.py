"""What the township sends down (下发): monthly themes, year plans, notices, returned records.

The township writes them here (``set_theme``, ``set_year_plan``,
``add_notice``, ``return_record``); they travel in its packages; the branch
reads them (``theme_for_month``, ``list_notices``, ``year_plans``) and the
import runs the follow-ups: a returned record (退回) reopens on the branch
with the township's comment; a theme fills the empty theme of that month's
draft 主题党日; on the township a return is resolved when the corrected
record (final again, a higher version) comes back.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from sanhui.core.model import MeetingStatus, MeetingType, Role
from sanhui.core.store.database import Database
from sanhui.core.store.meeting_rows import meeting_label
from sanhui.core.store.org import file_info
from sanhui.core.store.rows import get_row, insert_row, now_iso, update_row
from sanhui.errors import InvalidInput, NotFound

_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")


def _township_id(db: Database, what: str) -> str:
    info = file_info(db)
    if info.role != Role.TOWNSHIP:
        raise InvalidInput(f"只有乡镇党委的数据文件才能{what}。")
    return info.org_id


def parse_month(text: str) -> str:
    """``2026-3`` or ``2026-03`` -> ``2026-03``; anything else InvalidInput."""
    match = _MONTH.match((text or "").strip())
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise InvalidInput(f"月份“{text}”的格式不对，应当写成 2026-03 这样的年-月。")
    return f"{int(match.group(1)):04d}-{int(match.group(2)):02d}"


@dataclass
class Theme:
    id: str
    month: str  # 2026-03
    theme: str
    note: str = ""


def set_theme(db: Database, month: str, theme: str, note: str = "") -> str:
    """The township's 主题党日 theme of ``month`` (replacing an earlier one); returns its id."""
    township_id = _township_id(db, "下发主题党日主题")
    month = parse_month(month)
    theme = (theme or "").strip()
    if not theme:
        raise InvalidInput("请填写主题党日的主题。")
    rows = list(db.query("SELECT id FROM themes WHERE branch_id = ? AND month = ? AND deleted_at IS NULL",
                         [township_id, month]))
    with db.atomic():
        if rows:
            update_row(db, "themes", rows[0]["id"], {"theme": theme, "note": (note or "").strip()})
            return rows[0]["id"]
        return insert_row(db, "themes", {"branch_id": township_id, "month": month, "theme": theme,
                                         "note": (note or "").strip()})


def theme_for_month(db: Database, year: int, month: int) -> Theme | None:
    """The township's theme for that month (on a branch: as last received), or None."""
    rows = list(db.query(
        "SELECT id, month, theme, note FROM themes WHERE month = ? AND deleted_at IS NULL "
        "ORDER BY updated_at DESC, seq DESC LIMIT 1", [f"{int(year):04d}-{int(month):02d}"]))
    return Theme(**rows[0]) if rows else None


def set_year_plan(db: Database, year: int, content: str, title: str = "",
                  items: list[dict[str, Any]] | None = None) -> str:
    """The township's plan for ``year`` (replacing an earlier one); ``items``: e.g. [{"month", "type", "note"}]."""
    township_id = _township_id(db, "下发年度计划")
    values = {"title": (title or f"{int(year)}年度“三会一课”工作安排").strip(), "content": (content or "").strip(),
              "items": items or []}
    rows = list(db.query("SELECT id FROM plans WHERE branch_id = ? AND year = ? AND deleted_at IS NULL",
                         [township_id, int(year)]))
    with db.atomic():
        if rows:
            update_row(db, "plans", rows[0]["id"], values)
            return rows[0]["id"]
        return insert_row(db, "plans", {"branch_id": township_id, "year": int(year), **values})


def year_plans(db: Database, year: int) -> list[dict[str, Any]]:
    rows = list(db.query("SELECT id, year, title, content, items FROM plans WHERE year = ? AND deleted_at IS NULL "
                         "ORDER BY updated_at", [int(year)]))
    for row in rows:
        row["items"] = json.loads(row["items"] or "[]")
    return rows


def add_notice(db: Database, title: str, body: str = "", target_code: str | None = None,
               on: date | None = None) -> str:
    """A notice (通知) to every branch, or to the branch ``target_code``."""
    township_id = _township_id(db, "下发通知")
    if not (title or "").strip():
        raise InvalidInput("请填写通知的标题。")
    return insert_row(db, "notices", {
        "branch_id": township_id, "title": title.strip(), "body": (body or "").strip(),
        "published_on": (on or date.today()).isoformat(), "target_code": (target_code or "").strip() or None,
    })


def list_notices(db: Database) -> list[dict[str, Any]]:
    return list(db.query("SELECT id, title, body, published_on, target_code FROM notices WHERE deleted_at IS NULL "
                         "ORDER BY published_on DESC, seq DESC"))


def resolve_any_meeting(db: Database, prefix: str) -> str:
    """The id of the live branch record whose id starts with ``prefix`` (on a township: any branch)."""
    prefix = (prefix or "").strip().lower()
    if len(prefix) < 4:
        raise InvalidInput("请给出会议记录的编号（至少前 4 位）。")
    rows = list(db.query("SELECT id FROM meetings WHERE deleted_at IS NULL AND substr(id, 1, ?) = ? LIMIT 2",
                         [len(prefix), prefix]))
    if not rows:
        raise NotFound(f"找不到编号以“{prefix}”开头的会议记录。")
    if len(rows) > 1:
        raise InvalidInput(f"编号以“{prefix}”开头的会议记录不止一条，请多写几位编号。")
    return rows[0]["id"]


def return_record(db: Database, meeting_id: str, comment: str) -> str:
    """Return a branch's final record for correction (退回) with ``comment``; returns the return's id.

    It travels in the next package to that branch. A record already
    returned and not yet corrected gets the new comment instead.
    """
    township_id = _township_id(db, "退回会议记录")
    comment = (comment or "").strip()
    if not comment:
        raise InvalidInput("退回会议记录时要写明退回意见，告诉支部哪里需要更正。")
    meeting = get_row(db, "meetings", meeting_id)
    if meeting["deleted_at"] or meeting["branch_id"] == township_id:
        raise NotFound("只能退回支部报送上来的会议记录。请检查编号。")
    if meeting["status"] == MeetingStatus.DRAFT.value:
        raise InvalidInput(f"会议记录（{meeting_label(meeting)}）还是草稿，支部定稿并报送后才能退回。")
    open_rows = list(db.query("SELECT id FROM returns WHERE meeting_id = ? AND resolved_at IS NULL "
                              "AND deleted_at IS NULL", [meeting_id]))
    with db.atomic():
        if open_rows:
            update_row(db, "returns", open_rows[0]["id"], {"comment": comment})
            return open_rows[0]["id"]
        return insert_row(db, "returns", {
            "branch_id": township_id, "target_branch_id": meeting["branch_id"], "meeting_id": meeting_id,
            "meeting_version": meeting["version"], "comment": comment, "returned_at": now_iso(),
        })


def open_returns(db: Database, branch_id: str | None = None) -> list[dict[str, Any]]:
    """Returns not yet corrected, oldest first (on a township, optionally of one branch)."""
    sql = ("SELECT r.id, r.target_branch_id, r.meeting_id, r.comment, r.returned_at, m.type, m.date, m.topic "
           "FROM returns r LEFT JOIN meetings m ON m.id = r.meeting_id "
           "WHERE r.resolved_at IS NULL AND r.deleted_at IS NULL")
    params: list[Any] = []
    if branch_id:
        sql += " AND r.target_branch_id = ?"
        params.append(branch_id)
    return list(db.query(sql + " ORDER BY r.returned_at", params))


# ---------------------------------------------------------------- follow-ups of an import (inside its transaction)


def after_branch_report(db: Database, inserts: dict, updates: dict) -> list[str]:
    """Township: resolve the returns whose record came back final with a higher version."""
    meetings = {r["id"]: r for r in inserts.get("meetings", []) + updates.get("meetings", [])}
    if not meetings:
        return []
    notes = []
    for chunk_start in range(0, len(meetings), 500):
        chunk = list(meetings)[chunk_start:chunk_start + 500]
        marks = ", ".join("?" for _ in chunk)
        for ret in list(db.query(f"SELECT id, meeting_id, meeting_version FROM returns WHERE resolved_at IS NULL "
                                 f"AND deleted_at IS NULL AND meeting_id IN ({marks})", chunk)):
            row = meetings[ret["meeting_id"]]
            if row.get("status") == MeetingStatus.FINAL.value and row["version"] > ret["meeting_version"]:
                update_row(db, "returns", ret["id"], {"resolved_at": now_iso()})
                notes.append(f"退回的会议记录（{meeting_label(row)}）已经更正后重新报送。")
    return notes


def after_township_reply(db: Database, inserts: dict, updates: dict, township_name: str) -> list[str]:
    """Branch: reopen newly returned records with the comment; put new themes into empty draft 主题党日."""
    notes = []
    for ret in inserts.get("returns", []) + updates.get("returns", []):
        if ret.get("resolved_at") or ret.get("deleted_at"):
            continue
        meeting = get_row(db, "meetings", ret["meeting_id"])
        is_new = ret in inserts.get("returns", [])
        if meeting["status"] == MeetingStatus.FINAL.value and is_new:
            update_row(db, "meetings", meeting["id"],
                       {"status": MeetingStatus.RETURNED, "returned_comment": ret["comment"]},
                       audit=True, actor=f"乡镇退回（{township_name}）")
            notes.append(f"乡镇退回了会议记录（{meeting_label(meeting)}），意见：{ret['comment']}。请更正后重新定稿并报送。")
        elif meeting["status"] == MeetingStatus.RETURNED.value:
            update_row(db, "meetings", meeting["id"], {"returned_comment": ret["comment"]},
                       audit=True, actor=f"乡镇退回（{township_name}）")
    for theme in inserts.get("themes", []) + updates.get("themes", []):
        if theme.get("deleted_at"):
            continue
        first = f"{theme['month']}-01"
        last = f"{theme['month']}-31"
        drafts = list(db.query(
            "SELECT id FROM meetings WHERE type = ? AND status = 'draft' AND deleted_at IS NULL AND theme = '' "
            "AND date BETWEEN ? AND ?", [MeetingType.THEME_DAY.value, first, last]))
        for draft in drafts:
            update_row(db, "meetings", draft["id"], {"theme": theme["theme"], "township_theme_id": theme["id"]})
        notes.append(f"乡镇下发了 {theme['month']} 的主题党日主题：{theme['theme']}。")
    return notes
