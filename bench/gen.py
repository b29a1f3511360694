"""Synthetic data files for the benchmarks, deterministic by seed and cached by their parameters.

    python -m bench.gen --branch OUT.db                # one branch: 60 members, 70 records, 10 photos
    python -m bench.gen --township 300 OUT.db          # a township file holding 300 branches' records
    python -m bench.gen --county OUT.db                # a county: 3,000 branches × 10 years (~15 min, 39 GB)

``branch_file()``, ``township_file()`` and ``county_file()`` return the path of a cached file
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

A **county file** is a township-role file (the county gathers its townships'
data) with 3,000 branches in 30 townships and ten years of records (2016-2025):
222 thousand members, 2.0 million records, 73 million attendance rows.
Written row by row it would take about 35 minutes; instead a pool of 60
branches × 10 years is made as above and cloned in SQL (see ``build_county``):
here 14.7 minutes (pool 103 s, cloning 588 s, indexes 187 s; 2.8 GB of
memory at most) and a 39 GB file; leave about 45 GB free (a stale county file
is deleted before the new one is built; the index sorts need temporary space).
Its cache key covers the code that makes it, not the whole of this file, so
that editing something else here does not cost another quarter of an hour.

Content is deterministic by seed; row ids too, except those made by the core
functions (a branch file's ids, the township's or county's own org), and
timestamps. Next to each cached file a ``.json`` says how long it took to build.
"""
from __future__ import annotations

import argparse
import ast
import hashlib
import inspect
import io
import json
import os
import random
import sqlite3
import sys
import tempfile
import textwrap
import time
import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sanhui.core.demo import VILLAGES, add_members, branch_name
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


def _code_key(*parts) -> str:
    """A key from the code of the functions and classes in ``parts`` (docstrings and comments left out),
    the ``repr`` of the other parts and the schema's migrations: for a file too big to rebuild whenever
    anything else in this module changes (the county)."""
    digest = hashlib.sha256(",".join(known_migration_names()).encode())
    for function in parts:
        if not (inspect.isfunction(function) or inspect.isclass(function)):
            digest.update(repr(function).encode())
            continue
        tree = ast.parse(textwrap.dedent(inspect.getsource(function)))
        for node in ast.walk(tree):
            body = getattr(node, "body", None)
            if isinstance(body, list) and body and isinstance(body[0], ast.Expr) \
                    and isinstance(body[0].value, ast.Constant) and isinstance(body[0].value.value, str):
                node.body = body[1:] or [ast.Pass()]
        digest.update(ast.unparse(tree).encode())
    return digest.hexdigest()[:10]


def _cached(name: str, build, key: str | None = None) -> Path:
    """The cached file ``name`` (with the cache key), built by ``build(path)`` into a temporary name first.

    Stale versions (an older gen.py or schema) are removed *before* building: a county file is 39 GB.
    """
    isolate()
    key = key or _cache_key()
    path = cache_dir() / f"{name}-{key}.db"
    if path.exists():
        return path
    for suffix in (".db", ".db-wal", ".db-shm", ".json"):
        for stale in cache_dir().glob(f"{name}-" + "?" * len(key) + suffix):
            stale.unlink(missing_ok=True)
    tmp = path.with_name(f"{path.stem}.building-{os.getpid()}.db")
    for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        leftover.unlink(missing_ok=True)
    start = time.perf_counter()
    phases = build(tmp)  # build_county says how long each phase took
    took = time.perf_counter() - start
    os.replace(tmp, path)
    record = {"seconds": round(took, 1), "bytes": path.stat().st_size, "built": time.strftime("%Y-%m-%d %H:%M")}
    if isinstance(phases, dict):
        record["phases"] = {name: round(value, 1) for name, value in phases.items()}
    build_record(path).write_text(json.dumps(record))
    return path


def build_record(path: Path) -> Path:
    """The ``.json`` beside a cached file: how long it took to build, its size and when."""
    return path.with_suffix(".json")


def build_seconds(path: Path) -> float | None:
    """How long the cached file at ``path`` took to build (None: not recorded)."""
    return build_details(path).get("seconds")


def build_details(path: Path) -> dict:
    """What the ``.json`` beside a cached file says: seconds, bytes, built, and for a county its phases."""
    try:
        return json.loads(build_record(path).read_text())
    except (OSError, ValueError):
        return {}


def row_counts(path: Path) -> dict[str, int]:
    """Rows of the main tables (their highest rowid: gen.py deletes nothing, and a count of 73 million
    attendance rows would take a minute)."""
    conn = sqlite3.connect(path)
    try:
        return {table: conn.execute(f"SELECT coalesce(max(rowid), 0) FROM {table}").fetchone()[0]
                for table in ("orgs", "members", "meetings", "attendance")}
    finally:
        conn.close()


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


# -- a county: a pool of branches cloned in SQL -------------------------------------------------------


COUNTY_NAME, COUNTY_CODE = "中共青山县委员会", "3301"
#: The tables holding a branch's rows in a bulk-made file, parents first (``orgs`` is written in Python).
CLONED_TABLES = ("groups", "members", "meetings", "attendance")
#: Columns holding the id of a row of the pool branch (its own or a foreign key), rewritten per clone.
ID_COLUMNS = ("id", "branch_id", "group_id", "member_id", "meeting_id", "leader_id")


def clone_id(pool_id: str, clone: int) -> str:
    """The id of a pool row in clone number ``clone``: its first 8 hex digits replaced by the clone number.

    The first digits, not the last: clone by clone, the new keys then grow, so every index on an id (the
    primary keys, ``UNIQUE (meeting_id, member_id)``) is appended to rather than written all over — the
    difference between minutes and hours for 70 million attendance rows. Unique as long as the pool's
    ids differ after their first 8 digits (random UUIDs: 90 more random bits; ``UNIQUE`` would refuse).
    """
    return f"{clone:08x}{pool_id[8:]}"


def _clone_id_sql(column: str) -> str:
    """``clone_id`` in SQL, for ``r.column`` of the pool branch ``pb`` (its ``prefix`` set for this round)."""
    return f"pb.prefix || substr(r.{column}, 9)"


def township_of(index: int) -> tuple[str, str]:
    """(name, code) of the county's township number ``index`` (0-based): 中共青山镇委员会, 330101 …"""
    base = VILLAGES[index % len(VILLAGES)]
    suffix = "" if index < len(VILLAGES) else str(index // len(VILLAGES) + 1)
    return f"中共{base}{suffix}镇委员会", f"{COUNTY_CODE}{index + 1:02d}"


def build_county(path: Path, branches: int = 3000, townships: int = 30, seed: int = 1, year: int = YEAR,
                 years: int = 10, pool: int = 60, drop_indexes: bool = True, log=None) -> dict:
    """A county file at ``path``: ``branches`` branches in ``townships`` townships, ``years`` years of
    records up to the end of ``year``; returns the seconds of each phase.

    A pool file of ``pool`` branches is made by ``build_township`` (the bulk rows above), attached, and
    copied ``branches / pool`` rounds over with ``INSERT … SELECT``: in round ``r`` pool branch ``p``
    becomes clone ``r × pool + p`` (``clone_id`` rewrites every id and foreign key, ``seq`` is shifted
    per clone); each clone gets its own name, code and township. The file's indexes (other than the
    primary keys and UNIQUE constraints, which cannot be dropped) are dropped during the copy and made
    again from their ``CREATE INDEX`` statements after it; synchronous off, no journal, foreign keys
    unchecked while building (a scratch file until it is renamed into the cache).

    Fingerprints are copied as they are: ``finalize.fingerprint()`` covers ``group_id`` and the
    attendance's ``member_id``, which are rewritten, so a clone's final records would fail a fingerprint
    check. Nothing in the app checks them on opening a file or showing a page, and the benchmarks do not;
    everything else (members, groups, meetings, attendance, frozen voting rights, ``seq``, the counter)
    is as valid as in the pool.
    """
    say = log or (lambda text: None)
    timings: dict[str, float] = {}
    start = time.perf_counter()
    pool_path = path.with_name(f"{path.stem}.pool.db")
    for leftover in (pool_path, Path(f"{pool_path}-wal"), Path(f"{pool_path}-shm")):
        leftover.unlink(missing_ok=True)
    build_township(pool_path, min(pool, branches), seed, year, years)
    timings["pool"] = time.perf_counter() - start
    say(f"pool of {min(pool, branches)} branches × {years} years: {timings['pool']:.0f} s")
    db = create_file(path, Role.TOWNSHIP, COUNTY_NAME, COUNTY_CODE)
    county_id = file_info(db).org_id
    _close(db)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for pragma in ("journal_mode = OFF", "synchronous = OFF", "foreign_keys = OFF", "cache_size = -1048576",
                       "threads = 2"):
            conn.execute(f"PRAGMA {pragma}")
        conn.execute("ATTACH ? AS pool", [str(pool_path)])
        timings.update(_clone_pool(conn, county_id, branches, townships, drop_indexes, say))
        conn.execute("DETACH pool")
        conn.execute("PRAGMA journal_mode = WAL")  # as the app leaves its files
    finally:
        conn.close()
    pool_path.unlink()
    timings["total"] = time.perf_counter() - start
    return timings


def _clone_pool(conn: sqlite3.Connection, county_id: str, branches: int, townships: int, drop_indexes: bool,
                say) -> dict[str, float]:
    timings: dict[str, float] = {}
    start = time.perf_counter()
    pool_orgs = conn.execute("SELECT * FROM pool.orgs WHERE kind = 'branch' ORDER BY code")
    columns = [d[0] for d in pool_orgs.description]
    pool_orgs = [dict(zip(columns, row)) for row in pool_orgs]
    pool = len(pool_orgs)
    span = conn.execute("SELECT value FROM pool.counters WHERE name = 'seq'").fetchone()[0]
    base = conn.execute("SELECT value FROM main.counters WHERE name = 'seq'").fetchone()[0]
    # The indexes (and the triggers: 0006 clears overview_cache on every write) of the cloned tables.
    indexes = conn.execute(
        "SELECT type, name, sql FROM main.sqlite_master WHERE type IN ('index', 'trigger') AND sql IS NOT NULL "
        f"AND tbl_name IN ({', '.join('?' * (len(CLONED_TABLES) + 1))}) ORDER BY type, name",
        ["orgs", *CLONED_TABLES],
    ).fetchall()
    if not drop_indexes:
        indexes = [row for row in indexes if row[0] == "trigger"]
    # Each pool branch's clone in the current round: its id prefix and what its rows' seq is shifted by.
    conn.execute("CREATE TEMP TABLE pool_branch (id TEXT PRIMARY KEY, idx INTEGER NOT NULL, prefix TEXT, "
                 "seq_shift INTEGER)")
    conn.executemany("INSERT INTO temp.pool_branch (id, idx) VALUES (?, ?)",
                     [(o["id"], i) for i, o in enumerate(pool_orgs)])
    conn.execute("BEGIN")
    for kind, name, _ in indexes:
        conn.execute(f"DROP {kind.upper()} main.{name}")
    per_township = -(-branches // townships)
    orgs = []
    for clone in range(branches):
        row = dict(pool_orgs[clone % pool])
        township_name, township_code = township_of(clone // per_township)
        row.update(id=clone_id(row["id"], clone), branch_id=clone_id(row["branch_id"], clone),
                   parent_id=county_id, name=branch_name(clone),
                   code=f"{township_code}{clone % per_township + 1:03d}", township_name=township_name,
                   township_code=township_code, seq=base + clone * span + row["seq"])
        orgs.append(row)
    conn.executemany(f"INSERT INTO main.orgs ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                     [[row[c] for c in columns] for row in orgs])
    statements = {table: _clone_statement(conn, table) for table in CLONED_TABLES}
    rounds = -(-branches // pool)
    for number in range(rounds):
        conn.execute("UPDATE temp.pool_branch SET prefix = printf('%08x', :clone + idx), "
                     "seq_shift = :base + (:clone + idx) * :span", {"clone": number * pool, "base": base, "span": span})
        for table in CLONED_TABLES:
            conn.execute(statements[table], {"limit": min(pool, branches - number * pool)})
        if number % 5 == 4 or number == rounds - 1:
            say(f"cloned {min(branches, (number + 1) * pool)} of {branches} branches: "
                f"{time.perf_counter() - start:.0f} s")
    conn.execute("UPDATE main.counters SET value = ? WHERE name = 'seq'", [base + branches * span])
    conn.execute("COMMIT")
    timings["clone"] = time.perf_counter() - start
    start = time.perf_counter()
    conn.execute("BEGIN")
    for _, _, sql in indexes:
        conn.execute(sql)
    conn.execute("COMMIT")
    timings["indexes"] = time.perf_counter() - start
    say(f"{len(indexes)} indexes and triggers made again: {timings['indexes']:.0f} s")
    return timings


def _clone_statement(conn: sqlite3.Connection, table: str) -> str:
    """``INSERT INTO main.table … SELECT`` of the pool's rows of every pool branch below ``:limit``, as
    their clones of this round (``temp.pool_branch``)."""
    columns = [row[1] for row in conn.execute(f"PRAGMA pool.table_info({table})")]
    exprs = []
    for column in columns:
        if column in ID_COLUMNS:
            exprs.append(_clone_id_sql(column))
        elif column == "seq":
            exprs.append("r.seq + pb.seq_shift")
        else:
            exprs.append(f"r.{column}")
    return (f"INSERT INTO main.{table} ({', '.join(columns)}) SELECT {', '.join(exprs)} FROM pool.{table} AS r "
            "JOIN temp.pool_branch AS pb ON pb.id = r.branch_id WHERE pb.idx < :limit ORDER BY r.rowid")


def county_file(branches: int = 3000, townships: int = 30, seed: int = 1, year: int = YEAR, years: int = 10,
                pool: int = 60) -> Path:
    """The cached county file (built on first use: about 15 minutes and 39 GB at full size)."""
    key = _code_key(_Rows, _uid, _meeting_fields, _bulk_branch, _bulk_meeting, build_township, clone_id, _clone_id_sql,
                    township_of, build_county, _clone_pool, _clone_statement,
                    (COUNTY_NAME, COUNTY_CODE, CLONED_TABLES, ID_COLUMNS, VILLAGES))
    return _cached(f"county-n{branches}-t{townships}-k{pool}-s{seed}-y{year}-{years}",
                   lambda p: build_county(p, branches, townships, seed, year, years, pool,
                                          log=lambda text: print(f"county: {text}", file=sys.stderr, flush=True)),
                   key)


# -- command line --------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.gen", description=__doc__.split("\n\n")[0])
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--branch", metavar="OUT.db", type=Path, help="a branch file")
    what.add_argument("--township", nargs=2, metavar=("N", "OUT.db"), help="a township file with N branches")
    what.add_argument("--county", metavar="OUT.db", type=Path,
                      help="a county file: --branches branches in --townships townships, --years years, cloned "
                           "from a pool of --pool branches")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--year", type=int, default=YEAR)
    parser.add_argument("--members", type=int, default=60, help="members of the branch (--branch)")
    parser.add_argument("--photos", type=int, default=GENERAL_MEETING_PHOTOS, help="photos on one record (--branch)")
    parser.add_argument("--branches", type=int, default=3000, help="branches of the county (--county)")
    parser.add_argument("--townships", type=int, default=30, help="townships of the county (--county)")
    parser.add_argument("--years", type=int, default=10, help="years of records (--county)")
    parser.add_argument("--pool", type=int, default=60, help="distinct branches cloned (--county)")
    args = parser.parse_args(argv)
    isolate()
    out = args.branch or args.county or Path(args.township[1])
    if out.exists():
        print(f"{out} exists; not overwritten", file=sys.stderr)
        return 1
    if args.branch:
        build_branch(out, args.seed, args.year, args.members, photos=args.photos)
        info = branch_info(out, args.year)
        summary = {"records in year": info.book_records, "photo record members": info.photo_record_members,
                   "photos": info.photos}
    else:
        if args.county:
            timings = build_county(out, args.branches, args.townships, args.seed, args.year, args.years, args.pool,
                                   log=lambda text: print(text, file=sys.stderr, flush=True))
            print("seconds:", json.dumps({k: round(v, 1) for k, v in timings.items()}),
                  f"size: {out.stat().st_size / 1e9:.2f} GB", file=sys.stderr)
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
