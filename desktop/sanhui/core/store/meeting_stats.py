"""The year's plan from the stored records, and completion and attendance figures (统计).

Completion per type comes from ``plan.year_plan`` over the branch's rules
(the ``rules`` setting) and 党小组; attendance rates count the live records
of the year held by ``today`` (present / expected; an unmarked row is absent).
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from sanhui.core.model import MeetingType
from sanhui.core.plan import MeetingRef, PlanItem, PlanStatus, RuleSettings, year_plan
from sanhui.core.store.database import Database
from sanhui.core.store.meetings import meeting_refs
from sanhui.core.store.org import list_groups
from sanhui.core.store.settings import get_setting
from sanhui.errors import InvalidInput


def rule_settings(db: Database, branch_id: str) -> RuleSettings:
    """The branch's meeting rules (会议频次规则) from its settings."""
    try:
        return RuleSettings.from_dict(get_setting(db, branch_id, "rules"))
    except ValueError as exc:
        raise InvalidInput(str(exc)) from None


def plan_for_year(db: Database, branch_id: str, year: int, today: date,
                  refs: list[MeetingRef] | None = None) -> list[PlanItem]:
    """Every required meeting of ``year`` with its status as of ``today`` (CLI.md ``plan``); ``refs``: the
    branch's ``meeting_refs`` for the year, when the caller has read them already."""
    groups = [(g.id, g.name) for g in list_groups(db, branch_id)]
    if refs is None:
        refs = meeting_refs(db, branch_id, year)
    return year_plan(year, rule_settings(db, branch_id), refs, groups, today)


def _rate(present: int, expected: int) -> float | None:
    return round(present / expected, 4) if expected else None


@dataclass
class TypeStats:
    type: MeetingType
    required: int = 0  # required so far: periods held or over (应开)
    held: int = 0  # of those, held (已开)
    missing: int = 0  # 未开
    upcoming: int = 0  # periods still to come (待开)
    meetings: int = 0  # records of the type held in the year (including 其他会议 and extra ones)
    expected: int = 0  # attendance rows (应到人次)
    present: int = 0  # 实到人次

    @property
    def rate(self) -> float | None:
        return _rate(self.present, self.expected)


@dataclass
class MemberStats:
    member_id: str
    name: str
    expected: int = 0
    present: int = 0
    leave: int = 0
    absent: int = 0

    @property
    def rate(self) -> float | None:
        return _rate(self.present, self.expected)


@dataclass
class YearStats:
    year: int
    on: date
    types: list[TypeStats] = field(default_factory=list)
    members: list[MemberStats] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        types = [{**asdict(t), "type": t.type.value, "rate": t.rate} for t in self.types]
        members = [{**asdict(m), "member": m.name, "rate": m.rate} for m in self.members]
        for m in members:
            del m["name"]
        expected = sum(t.expected for t in self.types)
        present = sum(t.present for t in self.types)
        return {
            "year": self.year,
            "on": self.on.isoformat(),
            "types": types,
            "members": members,
            "total": {
                "required": sum(t.required for t in self.types), "held": sum(t.held for t in self.types),
                "missing": sum(t.missing for t in self.types), "expected": expected, "present": present,
                "rate": _rate(present, expected),
            },
        }


_ATTENDANCE_SQL = """
SELECT m.type, a.member_id, coalesce(p.name, a.member_name) AS name, a.status, count(*) AS n
FROM attendance a
JOIN meetings m ON m.id = a.meeting_id
LEFT JOIN members p ON p.id = a.member_id
WHERE m.branch_id = ? AND m.deleted_at IS NULL AND a.deleted_at IS NULL AND m.date BETWEEN ? AND ?
GROUP BY m.type, a.member_id, a.status
"""


def year_stats(db: Database, branch_id: str, year: int, today: date) -> YearStats:
    """Completion per type and attendance rates per type and per member for ``year`` as of ``today``."""
    stats = {t: TypeStats(t) for t in MeetingType}
    for item in plan_for_year(db, branch_id, year, today):
        entry = stats[item.type]
        if item.status == PlanStatus.HELD:
            entry.required += 1
            entry.held += 1
        elif item.status == PlanStatus.MISSING:
            entry.required += 1
            entry.missing += 1
        else:
            entry.upcoming += 1
    first, last = date(year, 1, 1).isoformat(), min(date(year, 12, 31), today).isoformat()
    for row in db.query(
        "SELECT type, count(*) AS n FROM meetings WHERE branch_id = ? AND deleted_at IS NULL "
        "AND date BETWEEN ? AND ? GROUP BY type",
        [branch_id, first, last],
    ):
        stats[MeetingType(row["type"])].meetings = row["n"]
    members: dict[str, MemberStats] = {}
    for kind, member_id, name, status, n in db.execute(_ATTENDANCE_SQL, [branch_id, first, last]):
        entry = stats[MeetingType(kind)]
        person = members.get(member_id) or members.setdefault(member_id, MemberStats(member_id, name))
        entry.expected += n
        person.expected += n
        if status == "present":
            entry.present += n
            person.present += n
        elif status == "leave":
            person.leave += n
        else:
            person.absent += n
    return YearStats(year, today, list(stats.values()), sorted(members.values(), key=lambda m: m.name))
