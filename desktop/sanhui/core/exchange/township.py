"""The township's view of its branches (各支部).

One row per branch that reported (and any branch entered by hand): its last
report, completion per meeting type this year from the branch's own plan
(``plan_for_year`` over the rows and rules it sent), attendance rate,
silence (no meeting for 30 days, 静默支部), records returned and not yet
corrected, and the bottom tenth by completion flagged as candidates for
软弱涣散 review. The writers of what is sent down live in ``directives``.
"""
from __future__ import annotations

import json
import logging
import math
import sqlite3
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Callable

from sanhui.core.documents.layout import Cancelled
from sanhui.core.exchange.directives import (  # noqa: F401 - the township's writers, re-exported
    add_notice,
    open_returns,
    return_record,
    set_theme,
    set_year_plan,
)
from sanhui.core.exchange.peers import list_peers
from sanhui.core.model import MeetingType, Role
from sanhui.core.plan import PlanStatus
from sanhui.core.store.database import Database
from sanhui.core.store.meeting_stats import plan_for_year
from sanhui.core.store.meetings import meeting_refs
from sanhui.core.store.org import file_info
from sanhui.errors import InvalidInput

log = logging.getLogger(__name__)

SILENT_DAYS = 30
FOREVER = "9999-12-31"
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


def _branch_orgs(db: Database, township_id: str) -> list[dict[str, Any]]:
    """The reporting organisations (one per code; a re-enrolled branch by its current org)."""
    peers = {p.code: p for p in list_peers(db) if p.role == Role.BRANCH.value}
    by_code: dict[str, dict[str, Any]] = {}
    for row in db.query("SELECT id, code, name FROM orgs WHERE id = branch_id AND kind != 'township' "
                        "AND id != ? AND deleted_at IS NULL ORDER BY code, seq", [township_id]):
        peer = peers.get(row["code"])
        if row["code"] not in by_code or (peer is not None and peer.org_id == row["id"]):
            by_code[row["code"]] = row
    return [by_code[code] for code in sorted(by_code)]


def branch_overview(db: Database, today: date | None = None, year: int | None = None,
                    progress: Callable[[int, int], None] | None = None,
                    cancel: Callable[[], bool] | None = None, compute_at_most: int | None = None) -> list[BranchRow] | None:
    """One row per branch, by code, for ``year`` (default: this year) as of ``today``.

    A branch's completion and attendance come from ``overview_cache`` when its row for this year and
    date is there (triggers drop a branch's rows whenever its records change), and are computed from its
    plan and attendance otherwise, then stored; ``progress(done, total)`` counts the branches computed,
    and ``cancel()`` stops between two of them (raising ``Cancelled``). With ``compute_at_most``, None is
    returned at once when more branches than that are to be computed (the GUI then computes them off its
    thread). The rest (a branch's last report, last meeting, open returns) is read fresh each time.
    """
    info = file_info(db)
    if info.role != Role.TOWNSHIP:
        raise InvalidInput("只有乡镇党委的数据文件才有“各支部”一览。")
    today = today or date.today()
    year = year or today.year
    on = min(today, date(year, 12, 31))
    orgs = _branch_orgs(db, info.org_id)
    figures = _cached_figures(db, year, on)
    missing = [org["id"] for org in orgs if org["id"] not in figures]
    if compute_at_most is not None and len(missing) > compute_at_most:
        return None
    for done, branch_id in enumerate(missing):
        if cancel is not None and cancel():
            raise Cancelled()
        if progress is not None:
            progress(done, len(missing))
        figures[branch_id] = _branch_figures(db, branch_id, year, on)
    _store_figures(db, year, on, {branch_id: figures[branch_id] for branch_id in missing})
    peers = {p.code: p for p in list_peers(db) if p.role == Role.BRANCH.value}
    returned = dict(db.execute(
        "SELECT target_branch_id, count(*) FROM returns WHERE resolved_at IS NULL AND deleted_at IS NULL "
        "GROUP BY target_branch_id").fetchall())
    silent_before = (today - timedelta(days=SILENT_DAYS)).isoformat()
    rows = []
    for org in orgs:
        row = BranchRow(org["id"], org["code"], org["name"])
        peer = peers.get(org["code"])
        if peer is not None:
            row.fingerprint, row.last_sequence, row.last_report = peer.shown, peer.last_sequence, peer.last_received_at
        data = figures[org["id"]]
        row.types = {MeetingType(t): TypeCompletion(*counts) for t, counts in data["types"].items()}
        row.expected, row.present = data["expected"], data["present"]
        row.last_meeting = db.execute(  # one index seek per branch
            "SELECT max(date) FROM meetings WHERE branch_id = ? AND deleted_at IS NULL AND date <= ?",
            [org["id"], today.isoformat()]).fetchone()[0]
        row.silent = row.last_meeting is None or row.last_meeting < silent_before
        row.returned_open = returned.get(org["id"], 0)
        rows.append(row)
    _flag_weak(rows)
    return rows


def _branch_figures(db: Database, branch_id: str, year: int, on: date) -> dict[str, Any]:
    """Completion per type (from the branch's own plan and rules) and attendance of ``year`` as of ``on``,
    and ``until``: the first day after ``on`` on which any of them would change."""
    refs = meeting_refs(db, branch_id, year)
    types: dict[str, list[int]] = {}
    changes = [m.date.isoformat() for m in refs if m.date > on]  # a record counts once its day comes
    for item in plan_for_year(db, branch_id, year, on, refs):
        counts = types.setdefault(item.type.value, [0, 0, 0])  # required, held, missing
        if item.status == PlanStatus.HELD:
            counts[0] += 1
            counts[1] += 1
        elif item.status == PlanStatus.MISSING:
            counts[0] += 1
            counts[2] += 1
        if item.due_date >= on:  # missing from the day after it falls due
            changes.append((item.due_date + timedelta(days=1)).isoformat())
    first, last = date(year, 1, 1).isoformat(), on.isoformat()
    expected, present = db.execute(
        "SELECT count(*), coalesce(sum(a.status = 'present'), 0) FROM meetings m "
        "JOIN attendance a ON a.meeting_id = m.id AND a.deleted_at IS NULL "
        "WHERE m.branch_id = ? AND m.deleted_at IS NULL AND m.date BETWEEN ? AND ?",
        [branch_id, first, last]).fetchone()
    following = db.execute(  # the next record of any type: its attendance counts from its day
        "SELECT min(date) FROM meetings WHERE branch_id = ? AND deleted_at IS NULL AND date > ?",
        [branch_id, last]).fetchone()[0]
    if following is not None:
        changes.append(following)
    return {"types": types, "expected": expected, "present": present, "until": min(changes, default=FOREVER)}


def _cached_figures(db: Database, year: int, on: date) -> dict[str, dict[str, Any]]:
    return {
        branch_id: json.loads(data)
        for branch_id, data in db.execute(
            "SELECT branch_id, data FROM overview_cache WHERE year = ? AND valid_from <= ? AND valid_until > ?",
            [year, on.isoformat(), on.isoformat()])
    }


def _store_figures(db: Database, year: int, on: date, figures: dict[str, dict[str, Any]]) -> None:
    """Keep what was just computed, in place of the branch's older rows for the year. A file that cannot be
    written (read-only, busy) keeps no cache: the figures are computed again next time, nothing else changes."""
    if not figures:
        return
    try:
        with db.atomic():
            db.conn.executemany("DELETE FROM overview_cache WHERE branch_id = ? AND year = ?",
                                [(branch_id, year) for branch_id in figures])
            db.conn.executemany(
                "INSERT INTO overview_cache (branch_id, year, valid_from, valid_until, data) VALUES (?, ?, ?, ?, ?)",
                [(branch_id, year, on.isoformat(), data["until"], json.dumps(data, separators=(",", ":")))
                 for branch_id, data in figures.items()])
    except sqlite3.OperationalError as exc:
        log.info("overview cache not stored: %s", exc)


def _flag_weak(rows: list[BranchRow]) -> None:
    """The bottom tenth by completion (then attendance) among branches with something required."""
    ranked = [r for r in rows if r.completion is not None]
    if not ranked:
        return
    ranked.sort(key=lambda r: (r.completion, r.attendance_rate if r.attendance_rate is not None else 0, r.code))
    for row in ranked[:math.ceil(len(ranked) * WEAK_SHARE)]:
        row.weak_candidate = row.completion < 1  # a branch that held everything is never a candidate
