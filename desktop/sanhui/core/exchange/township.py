"""The township's view of its branches (各支部).

One row per branch that reported (and any branch entered by hand): its last
report, completion per meeting type this year from the branch's own plan
(``plan_for_year`` over the rows and rules it sent), attendance rate,
silence (no meeting for 30 days, 静默支部), records returned and not yet
corrected, and the bottom tenth by completion flagged as candidates for
软弱涣散 review. The writers of what is sent down live in ``directives``.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import sqlite_utils

from sanhui.core.exchange.directives import (  # noqa: F401 - the township's writers, re-exported
    add_notice,
    open_returns,
    return_record,
    set_theme,
    set_year_plan,
)
from sanhui.core.exchange.peers import list_peers
from sanhui.core.model import MeetingType, Role
from sanhui.core.store.meeting_stats import year_stats
from sanhui.core.store.org import file_info
from sanhui.errors import InvalidInput

SILENT_DAYS = 30
WEAK_SHARE = 0.1  # the bottom tenth


@dataclass
class TypeCompletion:
    required: int = 0  # 应开 (periods held or over)
    held: int = 0  # 已开
    missing: int = 0  # 未开

    def to_json(self) -> dict[str, int]:
        return {"required": self.required, "held": self.held, "missing": self.missing}


@dataclass
class BranchRow:
    org_id: str
    code: str
    name: str
    fingerprint: str | None = None
    last_report: str | None = None  # when its last package was imported
    last_sequence: int = 0
    last_meeting: str | None = None  # the date of its last meeting held
    silent: bool = True
    types: dict[MeetingType, TypeCompletion] = field(default_factory=dict)
    expected: int = 0  # 应到人次
    present: int = 0  # 实到人次
    returned_open: int = 0
    weak_candidate: bool = False

    @property
    def required(self) -> int:
        return sum(t.required for t in self.types.values())

    @property
    def held(self) -> int:
        return sum(t.held for t in self.types.values())

    @property
    def completion(self) -> float | None:
        return round(self.held / self.required, 4) if self.required else None

    @property
    def attendance_rate(self) -> float | None:
        return round(self.present / self.expected, 4) if self.expected else None

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code, "name": self.name, "fingerprint": self.fingerprint, "last_report": self.last_report,
            "last_sequence": self.last_sequence, "last_meeting": self.last_meeting, "silent": self.silent,
            "completion": {"required": self.required, "held": self.held, "rate": self.completion},
            "types": {t.value: c.to_json() for t, c in self.types.items()},
            "attendance_rate": self.attendance_rate, "returned_open": self.returned_open,
            "weak_candidate": self.weak_candidate,
        }


def _branch_orgs(db: sqlite_utils.Database, township_id: str) -> list[dict[str, Any]]:
    """The reporting organisations (one per code; a re-enrolled branch by its current org)."""
    peers = {p.code: p for p in list_peers(db) if p.role == Role.BRANCH.value}
    by_code: dict[str, dict[str, Any]] = {}
    for row in db.query("SELECT id, code, name FROM orgs WHERE id = branch_id AND kind != 'township' "
                        "AND id != ? AND deleted_at IS NULL ORDER BY code, seq", [township_id]):
        peer = peers.get(row["code"])
        if row["code"] not in by_code or (peer is not None and peer.org_id == row["id"]):
            by_code[row["code"]] = row
    return [by_code[code] for code in sorted(by_code)]


def branch_overview(db: sqlite_utils.Database, today: date | None = None, year: int | None = None) -> list[BranchRow]:
    """One row per branch, by code, for ``year`` (default: this year) as of ``today``."""
    info = file_info(db)
    if info.role != Role.TOWNSHIP:
        raise InvalidInput("只有乡镇党委的数据文件才有“各支部”一览。")
    today = today or date.today()
    year = year or today.year
    on = min(today, date(year, 12, 31))
    peers = {p.code: p for p in list_peers(db) if p.role == Role.BRANCH.value}
    rows = []
    for org in _branch_orgs(db, info.org_id):
        peer = peers.get(org["code"])
        row = BranchRow(org["id"], org["code"], org["name"])
        if peer is not None:
            row.fingerprint, row.last_sequence, row.last_report = peer.shown, peer.last_sequence, peer.last_received_at
        stats = year_stats(db, org["id"], year, on)
        for entry in stats.types:
            if entry.required or entry.upcoming:
                row.types[entry.type] = TypeCompletion(entry.required, entry.held, entry.missing)
            row.expected += entry.expected
            row.present += entry.present
        last = db.execute("SELECT max(date) FROM meetings WHERE branch_id = ? AND deleted_at IS NULL AND date <= ?",
                          [org["id"], today.isoformat()]).fetchone()[0]
        row.last_meeting = last
        row.silent = last is None or last < (today - timedelta(days=SILENT_DAYS)).isoformat()
        row.returned_open = db.execute(
            "SELECT count(*) FROM returns WHERE target_branch_id = ? AND resolved_at IS NULL AND deleted_at IS NULL",
            [org["id"]]).fetchone()[0]
        rows.append(row)
    _flag_weak(rows)
    return rows


def _flag_weak(rows: list[BranchRow]) -> None:
    """The bottom tenth by completion (then attendance) among branches with something required."""
    ranked = [r for r in rows if r.completion is not None]
    if not ranked:
        return
    ranked.sort(key=lambda r: (r.completion, r.attendance_rate if r.attendance_rate is not None else 0, r.code))
    for row in ranked[:math.ceil(len(ranked) * WEAK_SHARE)]:
        row.weak_candidate = row.completion < 1  # a branch that held everything is never a candidate
