"""Which tables travel, in which order, and what is special about their columns."""
from __future__ import annotations

from dataclasses import dataclass

from sanhui.core.store.database import Database

#: Branch → township: every business table, parents before children (foreign keys).
BRANCH_TABLES = (
    "orgs", "groups", "members", "settings", "meetings", "attendance", "guests", "votes", "photos", "talks",
    "reminder_actions", "reminder_dismissals", "audit_log",
)
#: Township → branch: what the township sends down.
TOWNSHIP_TABLES = ("themes", "plans", "notices", "returns")
TABLE_NAMES = frozenset(BRANCH_TABLES + TOWNSHIP_TABLES)

#: Rows that never change once written (no ``version``): new or already there.
APPEND_ONLY = frozenset({"audit_log"})
#: 身份证号 and 手机号码: never in the clear in a package.
PERSONAL_COLUMNS = {"members": ("id_number", "phone")}
#: Photo bytes travel as their own entries, not inside the rows.
BLOB_COLUMNS = {"photos": ("data", "thumb")}

TABLE_LABELS = {
    "orgs": "组织", "groups": "党小组", "members": "党员", "settings": "设置", "meetings": "会议记录",
    "attendance": "签到", "guests": "列席人员", "votes": "表决", "photos": "照片", "talks": "谈心谈话",
    "reminder_actions": "提醒处理", "reminder_dismissals": "已处理的提醒", "audit_log": "修改记录",
    "themes": "主题党日主题", "plans": "年度计划", "notices": "通知", "returns": "退回意见",
}


@dataclass(frozen=True)
class Column:
    name: str
    required: bool  # NOT NULL without a default: a new row must carry it


def columns(db: Database, table: str) -> dict[str, Column]:
    """The columns of ``table`` in this file, by name."""
    result = {}
    for row in db.execute(f"PRAGMA table_info({table})").fetchall():
        _, name, _, notnull, default, primary = row
        result[name] = Column(name, bool(notnull or primary) and default is None)
    return result


def foreign_keys(db: Database, table: str) -> list[tuple[str, str]]:
    """(column, referenced table) of each foreign key of ``table``."""
    return [(row[3], row[2]) for row in db.execute(f"PRAGMA foreign_key_list({table})").fetchall()]


def row_columns(db: Database, table: str) -> list[str]:
    """The columns that travel inside ``rows/<table>.jsonl`` (not the photo bytes, not personal numbers)."""
    hidden = set(BLOB_COLUMNS.get(table, ())) | set(PERSONAL_COLUMNS.get(table, ()))
    return [name for name in columns(db, table) if name not in hidden]
