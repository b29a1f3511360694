"""Roster import: a preview of what a file would change, then one transaction.

Nothing is written by ``plan_import``; ``apply_import`` writes the plan's
additions and updates all at once or not at all. A member is matched by
身份证号, else by 姓名 + 出生日期, else (neither given) by a unique 姓名, so
the same file imported twice changes nothing.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sanhui.core.model import Changes, Member, Problem
from sanhui.core.roster import COLUMN_FIELDS, read_roster
from sanhui.core.store.database import Database
from sanhui.core.store.db import copy_aside
from sanhui.core.store.members import list_members, member_values
from sanhui.core.store.org import ensure_group, list_groups
from sanhui.core.store.rows import insert_row, update_row

ADD, UPDATE, UNCHANGED, REJECT = "add", "update", "unchanged", "reject"
ACTION_NAMES = {ADD: "新增", UPDATE: "更新", UNCHANGED: "无变化", REJECT: "不导入"}


@dataclass
class RowPlan:
    row_number: int
    action: str
    member: Member
    group_name: str = ""
    problems: list[Problem] = field(default_factory=list)
    changes: dict[str, tuple[Any, Any]] = field(default_factory=dict)
    existing_id: str | None = None

    @property
    def reason(self) -> str:
        """Why the row is rejected, or what an update changes, in Chinese."""
        if self.problems:
            return "；".join(p.message for p in self.problems)
        if self.changes:
            return "修改：" + "、".join(FIELD_LABELS.get(k, k) for k in self.changes)
        return ""


@dataclass
class ImportPlan:
    path: Path
    branch_id: str
    rows: list[RowPlan]
    ignored_columns: list[str] = field(default_factory=list)

    def count(self, action: str) -> int:
        return sum(1 for r in self.rows if r.action == action)

    def summary(self) -> str:
        return "，".join(f"{ACTION_NAMES[a]} {self.count(a)} 人" for a in (ADD, UPDATE, UNCHANGED, REJECT))

    def to_json(self) -> dict[str, Any]:
        return {
            "file": str(self.path),
            "added": self.count(ADD),
            "updated": self.count(UPDATE),
            "unchanged": self.count(UNCHANGED),
            "rejected": self.count(REJECT),
            "rows": [
                {"row": r.row_number, "name": r.member.name, "action": r.action, "reason": r.reason}
                for r in self.rows
            ],
        }


FIELD_LABELS = {f: h for h, f in COLUMN_FIELDS.items()}
FIELD_LABELS["group_id"] = "党小组"


def _match(member: Member, existing: list[Member]) -> Member | None:
    if member.id_number:
        for other in existing:
            if other.id_number == member.id_number:
                return other
    if member.birth_date:
        for other in existing:
            if other.name == member.name and other.birth_date == member.birth_date:
                return other
    if not member.id_number and not member.birth_date:
        same_name = [o for o in existing if o.name == member.name]
        if len(same_name) == 1:
            return same_name[0]
    return None


def plan_import(db: Database, branch_id: str, path: str | Path, today: date | None = None) -> ImportPlan:
    """What importing ``path`` would do, row by row. Writes nothing."""
    today = today or date.today()
    roster = read_roster(Path(path), today=today)
    existing = list_members(db, branch_id)
    groups_by_id = {g.id: g.name for g in list_groups(db, branch_id)}
    present_fields = [COLUMN_FIELDS[c] for c in roster.columns_found if c in COLUMN_FIELDS]
    plans = []
    for row in roster.rows:
        member = row.member
        member.branch_id = branch_id
        if row.problems:
            plans.append(RowPlan(row.row_number, REJECT, member, row.group_name, row.problems))
            continue
        match = _match(member, existing)
        if match is None:
            plans.append(RowPlan(row.row_number, ADD, member, row.group_name))
            continue
        changes = {}
        for name in present_fields:
            if name == "group_id":
                continue
            old, new = getattr(match, name), getattr(member, name)
            if old != new and new not in ("", None):  # an empty cell never erases what is stored
                changes[name] = (old, new)
        if "group_id" in present_fields and row.group_name and groups_by_id.get(match.group_id) != row.group_name:
            changes["group_id"] = (groups_by_id.get(match.group_id, ""), row.group_name)
        action = UPDATE if changes else UNCHANGED
        plans.append(RowPlan(row.row_number, action, member, row.group_name, changes=changes, existing_id=match.id))
    return ImportPlan(Path(path), branch_id, plans, roster.ignored_columns)


def apply_import(db: Database, plan: ImportPlan) -> Changes:
    """Write the plan's additions and updates in one transaction (the file is copied aside first)."""
    work = [r for r in plan.rows if r.action in (ADD, UPDATE)]
    if not work:
        return Changes()
    copy_aside(db, "roster-import")
    with db.atomic():
        for row in work:
            values = member_values(row.member)
            group_id = ensure_group(db, plan.branch_id, row.group_name) if row.group_name else None
            if row.action == ADD:
                values["group_id"] = group_id
                insert_row(db, "members", values)
            else:
                update = {k: values[k] for k in row.changes if k != "group_id"}
                if "group_id" in row.changes:
                    update["group_id"] = group_id
                update_row(db, "members", row.existing_id, update, audit=True, reason=f"名册导入：{plan.path.name}")
    return Changes(members=True, org=True, details=[plan.summary()])
