"""Synthetic data files for the benchmarks, deterministic by seed and cached by their parameters.

    python -m bench.gen --branch OUT.db                # one branch: 60 members, 70 records, 10 photos
    python -m bench.gen --township 300 OUT.db          # a township file holding 300 branches' records

``branch_file()`` and ``township_file()`` return the path of a cached file
(built on first use under ``$SANHUI_BENCH_CACHE`` or ``<tmp>/sanhui-bench``;
the name carries the parameters, the schema's migrations and a hash of this
file, so a stale file is never reused). Open them read-only in spirit: the
benchmarks never write to them.

A **branch file** is made entirely by the application's own code
(``create_file``, ``demo.add_members``, ``synth_meetings.add_demo_meetings``,
``create_meeting``, ``add_photo``, ``finalize``): a branch of ``members``
members in three 党小组 whose ``year`` holds every required meeting, all
final (70 records with three groups: 12 支委会, 12 主题党日, 4 党员大会, 4
党课, 36 党小组会, 组织生活会, 民主评议), topped up with 其他会议 if fewer;
plus, on 10 January of the next year, a 党员大会 of the whole branch with
``photos`` photos, finalised (the record the editor benchmark opens).

A **township file** with ``create_demo(branches=300)`` takes about 130 s and
340 MB here (every record goes through ``create_meeting`` + ``finalize``, a
few statements per attendance row). Here the branches' members come from
``synth.make_members`` and their meetings follow ``add_demo_meetings`` (the
same cadences, days, attendance rates and texts, each branch with its own
seed), but rows are written in bulk: final records with frozen voting rights
and a real fingerprint (they pass ``validate_for_final`` and the fingerprint
check), no votes, guests, photos or talks. About 20 s for 300 branches.

Content is deterministic by seed; row ids too, except those made by the core
functions (a branch file's ids, the township's own org), and timestamps.
"""
from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import random
import sqlite3
import sys
import tempfile
import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sanhui.core.demo import add_members, branch_name
from sanhui.core.model import MeetingStatus, MeetingType, OrgKind, Role
from sanhui.core.plan import RuleSettings, period_bounds, periods_of_year
from sanhui.core.rules import expected_members
from sanhui.core.store.attendance import attendance_from_row
from sanhui.core.store.db import known_migration_names
from sanhui.core.store.finalize import finalize, fingerprint
from sanhui.core.store.meetings import create_meeting, record_from_row
from sanhui.core.store.members import list_members, member_values
from sanhui.core.store.org import create_file, file_info, group_sort_key
from sanhui.core.store.photos import add_photo
from sanhui.core.store.rows import now_iso, to_db
from sanhui.core.synth import make_members, to_member
from sanhui.core.synth_meetings import (
    PLACE,
    add_demo_meetings,
    attendance_statuses,
    hold_meeting,
    meeting_day,
    meeting_fields,
    minutes_text,
)

YEAR = 2025  # the year the benchmarks measure
GENERAL_MEETING_PHOTOS = 10


def cache_dir() -> Path:
    path = Path(os.environ.get("SANHUI_BENCH_CACHE") or Path(tempfile.gettempdir()) / "sanhui-bench")
    path.mkdir(parents=True, exist_ok=True)
    return path


def isolate() -> None:
    """Send whatever the app writes besides the data file (backups before a migration, logs) to the cache."""
    os.environ.setdefault("SANHUI_HOME", str(cache_dir() / "home"))


def _cache_key() -> str:
    digest = hashlib.sha256(Path(__file__).read_bytes())
    digest.update(",".join(known_migration_names()).encode())
    return digest.hexdigest()[:10]


def _cached(name: str, build) -> Path:
    """The cached file ``name`` (with the cache key), built by ``build(path)`` into a temporary name first."""
    isolate()
    path = cache_dir() / f"{name}-{_cache_key()}.db"
    if path.exists():
        return path
    tmp = path.with_name(f"{path.stem}.building-{os.getpid()}.db")
    for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        leftover.unlink(missing_ok=True)
    build(tmp)
    os.replace(tmp, path)
    for stale in cache_dir().glob(f"{name}-" + "?" * len(_cache_key()) + ".db"):  # an older gen.py or schema
        if stale != path:
            stale.unlink(missing_ok=True)
    return path


def _close(db) -> None:
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()


# -- a branch ------------------------------------------------------------------------------------


@dataclass
class BranchInfo:
    """What the benchmarks need to know about a branch file."""

    path: Path
    branch_id: str
    year: int
    book_records: int  # final records dated in ``year``
    photo_record_id: str  # the 党员大会 with photos
    photo_record_members: int
    photos: int


def photo_bytes(rng: random.Random, width: int = 3264, height: int = 2448) -> bytes:
    """A phone-sized JPEG with shapes and grain, so that it compresses like a photo (not like a flat image)."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (width, height), tuple(rng.randint(90, 200) for _ in range(3)))
    draw = ImageDraw.Draw(image)
    for _ in range(60):
        x, y = rng.randint(-200, width), rng.randint(-200, height)
        w, h = rng.randint(80, width // 3), rng.randint(80, height // 3)
        colour = tuple(rng.randint(0, 255) for _ in range(3))
        (draw.ellipse if rng.random() < 0.5 else draw.rectangle)([x, y, x + w, y + h], fill=colour)
    grain = Image.effect_noise((width, height), 40).convert("RGB")
    image = Image.blend(image, grain, 0.18)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90)
    return out.getvalue()


def build_branch(path: Path, seed: int = 1, year: int = YEAR, members: int = 60, records: int = 70,
                 photos: int = GENERAL_MEETING_PHOTOS) -> None:
    """A branch file at ``path`` (which must not exist), made by the application's own code."""
    db = create_file(path, Role.BRANCH, "中共青山村支部委员会", "330102001", "中共青山镇委员会", "330102")
    branch_id = file_info(db).org_id
    with db.atomic():
        add_members(db, branch_id, members, seed, date(year, 1, 1))
    # years=2 up to 1 January of the next year: all of ``year`` held and final, nothing after it.
    add_demo_meetings(db, branch_id, years=2, seed=seed, today=date(year + 1, 1, 1), skip_rate=0.0)
    rng = random.Random(seed * 7919)
    roster = list_members(db, branch_id)
    committee = [m for m in roster if m.is_committee]
    secretary = next((m.name for m in committee if m.position == "书记"), roster[0].name)
    recorder = next((m.name for m in committee if "组织委员" in m.position), secretary)
    held = _final_in_year(db, branch_id, year)
    month = 1
    while held < records:  # a branch with fewer groups: 其他会议 until the year has ``records``
        meeting_id = create_meeting(
            db, branch_id, MeetingType.OTHER, date(year, month, 15), members=roster, topic="村级事务专题会议",
            place=PLACE, host=secretary, recorder=recorder, content="研究近期村级事务。",
            statuses={m.id: ("present", "") for m in roster},
        )
        finalize(db, meeting_id, date(year + 1, 1, 1))
        held, month = held + 1, month % 12 + 1
    # The record the editor opens: dated in the next year so that the book keeps ``records`` records.
    today = date(year + 1, 1, 31)
    meeting_id = hold_meeting(db, rng, branch_id, MeetingType.GENERAL_MEETING, date(year + 1, 1, 10), None, roster,
                       secretary, recorder, today)
    captions = ("会议现场", "党员重温入党誓词", "签到表", "书记传达上级精神", "党员发言", "表决")
    for number in range(photos):
        add_photo(db, meeting_id, photo_bytes(rng), captions[number % len(captions)])
    finalize(db, meeting_id, today)
    _close(db)


def _final_in_year(db, branch_id: str, year: int) -> int:
    return db.execute(
        "SELECT count(*) FROM meetings WHERE branch_id = ? AND status = 'final' AND deleted_at IS NULL "
        "AND date BETWEEN ? AND ?", [branch_id, f"{year}-01-01", f"{year}-12-31"],
    ).fetchone()[0]


def branch_info(path: Path, year: int = YEAR) -> BranchInfo:
    """Read what the benchmarks need from a branch file made by ``build_branch``."""
    conn = sqlite3.connect(path)
    try:
        branch_id = conn.execute("SELECT org_id FROM file_info").fetchone()[0]
        record_id, photos = conn.execute(
            "SELECT meeting_id, count(*) FROM photos WHERE deleted_at IS NULL GROUP BY meeting_id "
            "ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()
        expected = conn.execute(
            "SELECT count(*) FROM attendance WHERE meeting_id = ? AND deleted_at IS NULL", [record_id]
        ).fetchone()[0]
        records = conn.execute(
            "SELECT count(*) FROM meetings WHERE branch_id = ? AND status = 'final' AND deleted_at IS NULL "
            "AND date BETWEEN ? AND ?", [branch_id, f"{year}-01-01", f"{year}-12-31"],
        ).fetchone()[0]
    finally:
        conn.close()
    return BranchInfo(path, branch_id, year, records, record_id, expected, photos)


def branch_file(seed: int = 1, year: int = YEAR, members: int = 60, records: int = 70,
                photos: int = GENERAL_MEETING_PHOTOS) -> BranchInfo:
    """The cached branch file for these parameters (built on first use, about 10 s: the photos)."""
    path = _cached(f"branch-s{seed}-y{year}-m{members}-r{records}-p{photos}",
                   lambda p: build_branch(p, seed, year, members, records, photos))
    return branch_info(path, year)


# -- a township ----------------------------------------------------------------------------------


_PLAIN = (str, int, float, type(None))


class _Rows:
    """Rows to insert in bulk, with the bookkeeping columns ``insert_row`` would give them."""

    ORDER = ("orgs", "groups", "members", "meetings", "attendance")

    def __init__(self, db, stamp: str):
        self.db = db
        self.stamp = stamp
        self.seq = db.execute("SELECT value FROM counters WHERE name = 'seq'").fetchone()[0]
        self.tables: dict[str, list[dict]] = {name: [] for name in self.ORDER}

    def add(self, table: str, values: dict) -> dict:
        self.seq += 1
        row = {k: v if type(v) in _PLAIN else to_db(v) for k, v in values.items()}
        row.update(created_at=self.stamp, updated_at=self.stamp, version=1, seq=self.seq)
        self.tables[table].append(row)
        return row

    def flush(self) -> None:
        for table in self.ORDER:
            rows = self.tables[table]
            if not rows:
                continue
            columns = list(rows[0])
            sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
            self.db.conn.executemany(sql, [[row[c] for c in columns] for row in rows])
            rows.clear()
        self.db.execute("UPDATE counters SET value = ? WHERE name = 'seq'", [self.seq])


def _uid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _meeting_fields(rng: random.Random, meeting_type: MeetingType, on: date, group_name: str | None,
                    names: list[str], secretary: str, recorder: str) -> dict:
    """The fields the demo gives a record of this type, with its minutes (without votes)."""
    fields = meeting_fields(rng, meeting_type, on, group_name, names, secretary, recorder)
    fields["content"] = minutes_text(rng, fields["host"], names, rng.randint(2, 4))
    return fields


def _bulk_branch(rows: _Rows, branch_id: str, member_count: int, seed: int, years: range, today: date) -> int:
    """One branch's groups, members and meeting records as rows; returns how many records."""
    rng = random.Random(seed)
    group_ids: dict[str, str] = {}
    roster = []
    for member_row in make_members(member_count, seed=seed, today=date(years[0], 1, 1)):
        member = to_member(member_row)
        member.id, member.branch_id = _uid(rng), branch_id
        group = member_row["党小组"]
        if group and group not in group_ids:
            group_ids[group] = _uid(rng)
            rows.add("groups", {"id": group_ids[group], "branch_id": branch_id, "name": group, "leader_id": None})
        member.group_id = group_ids.get(group)
        rows.add("members", {"id": member.id, **member_values(member)})
        roster.append(member)
    committee = [m for m in roster if m.is_committee]
    secretary = next((m.name for m in committee if m.position == "书记"), roster[0].name)
    recorder = next((m.name for m in committee if "组织委员" in m.position), secretary)
    groups = sorted(group_ids.items(), key=lambda item: group_sort_key(item[0]))  # (name, id), as list_groups
    settings = RuleSettings()
    made = 0
    for year in years:
        for meeting_type in (MeetingType.COMMITTEE, MeetingType.THEME_DAY, MeetingType.GENERAL_MEETING,
                             MeetingType.PARTY_LECTURE, MeetingType.GROUP_MEETING, MeetingType.ORG_LIFE,
                             MeetingType.DEMOCRATIC_REVIEW):
            for period in periods_of_year(year, settings.cadence(meeting_type)):
                first, last = period_bounds(period)
                if first > today or rng.random() < 0.05:
                    continue
                for group in groups if meeting_type == MeetingType.GROUP_MEETING else [None]:
                    on = meeting_day(rng, meeting_type, first, last, settings)
                    if on > today:
                        continue
                    _bulk_meeting(rows, rng, branch_id, meeting_type, on, group, roster, secretary, recorder,
                                  today)
                    made += 1
    return made


def _bulk_meeting(rows: _Rows, rng: random.Random, branch_id: str, meeting_type: MeetingType, on: date,
                  group: tuple[str, str] | None, roster: list, secretary: str, recorder: str, today: date) -> None:
    """One record and its attendance rows, finalised as ``finalize`` would (voting rights, fingerprint)."""
    group_id = group[1] if group else None
    expected = expected_members(meeting_type, roster, on, group_id)
    statuses = attendance_statuses(rng, expected, 0.92 if meeting_type == MeetingType.COMMITTEE else 0.8)
    names = [m.name for m in expected] or [secretary]
    final = on.year < today.year or (on.year == today.year and on.month < today.month)
    meeting_id = _uid(rng)
    meeting = rows.add("meetings", {
        "id": meeting_id, "branch_id": branch_id, "type": meeting_type, "group_id": group_id, "date": on,
        **_meeting_fields(rng, meeting_type, on, group[0] if group else None, names, secretary, recorder),
        "no_decision_reason": "", "for_period": None, "returned_comment": "", "township_theme_id": None,
        "status": MeetingStatus.FINAL if final else MeetingStatus.DRAFT,
        "finalized_at": f"{today.isoformat()}T09:00:00" if final else None, "fingerprint": None,
    })
    attendance = []
    for member in expected:
        status, reason = statuses[member.id]
        attendance.append(rows.add("attendance", {
            "id": _uid(rng), "branch_id": branch_id, "meeting_id": meeting_id, "member_id": member.id,
            "member_name": member.name, "status": status, "reason": reason,
            "voting": int(member.can_vote(on)) if final else None, "makeup_date": None, "makeup_method": "",
        }))
    if final:
        record = record_from_row(meeting)
        record.attendance = [attendance_from_row(row) for row in attendance]
        meeting["fingerprint"] = fingerprint(record)


def build_township(path: Path, branches: int = 300, seed: int = 1, year: int = YEAR, years: int = 1) -> None:
    """A township file at ``path`` with ``branches`` branches (15-120 members each) and ``years`` years
    of their records up to the end of ``year``, all final."""
    db = create_file(path, Role.TOWNSHIP, "中共青山镇委员会", "330102")
    township_id = file_info(db).org_id
    rng = random.Random(seed)
    today = date(year + 1, 1, 1)
    db.conn.execute("PRAGMA cache_size = -262144")  # 256 MB while building: random UUID keys thrash a small cache
    db.conn.execute("PRAGMA synchronous = OFF")  # a scratch file until it is renamed into the cache
    with db.atomic():
        rows = _Rows(db, now_iso())
        for index in range(branches):
            branch_id = _uid(rng)
            rows.add("orgs", {
                "id": branch_id, "branch_id": branch_id, "kind": OrgKind.BRANCH, "name": branch_name(index),
                "code": f"330102{index + 1:03d}", "parent_id": township_id, "township_name": "中共青山镇委员会",
                "township_code": "330102",
            })
            _bulk_branch(rows, branch_id, rng.randint(15, 120), seed * 1000 + index,
                         range(year - years + 1, year + 1), today)
            rows.flush()
    _close(db)


def township_file(branches: int = 300, seed: int = 1, year: int = YEAR, years: int = 1) -> Path:
    """The cached township file for these parameters (built on first use)."""
    return _cached(f"township-n{branches}-s{seed}-y{year}-{years}",
                   lambda p: build_township(p, branches, seed, year, years))


def township_branches(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT id FROM orgs WHERE kind = 'branch' ORDER BY code")]
    finally:
        conn.close()


# -- command line --------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.gen", description=__doc__.split("\n\n")[0])
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--branch", metavar="OUT.db", type=Path, help="a branch file")
    what.add_argument("--township", nargs=2, metavar=("N", "OUT.db"), help="a township file with N branches")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--year", type=int, default=YEAR)
    parser.add_argument("--members", type=int, default=60, help="members of the branch (--branch)")
    parser.add_argument("--photos", type=int, default=GENERAL_MEETING_PHOTOS, help="photos on one record (--branch)")
    args = parser.parse_args(argv)
    isolate()
    out = args.branch or Path(args.township[1])
    if out.exists():
        print(f"{out} exists; not overwritten", file=sys.stderr)
        return 1
    if args.branch:
        build_branch(out, args.seed, args.year, args.members, photos=args.photos)
        info = branch_info(out, args.year)
        summary = {"records in year": info.book_records, "photo record members": info.photo_record_members,
                   "photos": info.photos}
    else:
        build_township(out, int(args.township[0]), args.seed, args.year)
        conn = sqlite3.connect(out)
        summary = {table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                   for table in ("orgs", "members", "meetings", "attendance")}
        conn.close()
    print(out, json.dumps(summary, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
