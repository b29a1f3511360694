"""Hostile input: thousands of mutated rosters (.xlsx, .csv) and meeting-record JSON thrown at the importers.

    python -m bench.fuzz_import --cases 3000
    python -m bench.fuzz_import --cases 500 --kinds csv --seed 7 --show 5

Each case is written to a file and imported into a real branch file the way
the app does it (roster: ``plan_import`` then ``apply_import``; meetings:
the CLI's ``read_json_file`` then ``import_records``). The rules: only a
``SanhuiError`` may come out (anything else is a crash); no case may run
longer than the time limit (a hang); the file may change only by a valid
import — compared by a full dump before and after, checked for integrity,
foreign keys and tables the import has no business touching; and no
transaction may be left open.

Packages (``package``): a township file whose two branches have reported
twice, and four valid packages (a branch's next and full report, another
branch's full report, a newcomer's first one) that ``fuzz_cases.package_cases``
damages: bytes, zip entries, and forgeries signed again with the sender's own
key (hostile manifest, rows, listing, sealed personal data). Each case goes
through ``import_files(accept_new=True)`` on a fresh copy of the township
file (one template, ``shutil.copyfile``); a refused result must carry a
Chinese reason and leave every table as it was; an import must pass
``integrity_check`` and add no broken foreign key.
"""
from __future__ import annotations

import argparse
import hashlib
import logging
import random
import re
import shutil
import signal
import sqlite3
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from bench.fuzz_cases import (
    Case,
    PackageWorld,
    build_package_world,
    csv_cases,
    json_cases,
    package_cases,
    xlsx_cases,
)
from sanhui.errors import SanhuiError

CHINESE = re.compile(r"[\u4e00-\u9fff]")
#: What a package import may change: the business tables, the exchange's bookkeeping, the follow-ups.
PACKAGE_TABLES = {
    "orgs", "groups", "members", "settings", "meetings", "attendance", "guests", "votes", "photos", "talks",
    "reminder_actions", "reminder_dismissals", "audit_log", "counters", "peers", "inbox", "receipts", "themes",
    "plans", "notices", "returns",
}


class RefusedPackage(SanhuiError):
    """A package ``import_files`` reported as refused (a result, not an exception)."""


def import_package(db, branch_id: str, path: Path) -> set[str] | None:
    """The app's batch import of one file; a refused result is raised, ``None`` when nothing changes."""
    from sanhui.core.exchange.importer import APPLIED, import_files

    item = import_files(db, [path], accept_new=True).files[0]
    if item.refused:
        if not (CHINESE.search(item.message or "") and item.message.rstrip().endswith(("。", "）", "”"))):
            raise AssertionError(f"refused without a Chinese reason: {item.message!r}")
        raise RefusedPackage(item.message)
    if item.plan is not None:
        bad = [r.reason for r in item.plan.refusals if not CHINESE.search(r.reason or "")]
        if bad:
            raise AssertionError(f"a row refused without a Chinese reason: {bad[0]!r}")
    return PACKAGE_TABLES if item.status == APPLIED else None


#: ``fn(db, branch_id, path) -> set of tables it may change`` (None: nothing changed) for the package importer.
PACKAGE_IMPORTER: Callable | None = import_package

ROSTER_TABLES = {"members", "groups", "audit_log", "counters"}
MEETING_TABLES = {"meetings", "attendance", "guests", "votes", "audit_log", "counters"}


class Hang(Exception):
    """The case ran past its time limit."""


@contextmanager
def time_limit(seconds: float):
    """Raise Hang in the main thread after ``seconds`` (SIGALRM; no limit where there is none)."""
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable or seconds <= 0:
        yield
        return

    def expire(signum, frame):
        raise Hang(f"longer than {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@dataclass
class Outcome:
    case: Case
    result: str  # imported, refused, nothing, crash, hang
    seconds: float
    problems: list[str] = field(default_factory=list)  # crash, hang, bad change, open transaction
    detail: str = ""


def table_digests(conn: sqlite3.Connection) -> dict[str, str]:
    """Per table, a SHA-256 of its rows in a fixed order: the full dump, comparable table by table."""
    digests = {}
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    for table in tables:
        digest = hashlib.sha256()
        for text in sorted(repr(row) for row in conn.execute(f"SELECT * FROM {table}")):  # WITHOUT ROWID too
            digest.update(text.encode("utf-8"))
        digests[table] = digest.hexdigest()
    schema = conn.execute("SELECT group_concat(sql, ';') FROM (SELECT sql FROM sqlite_master ORDER BY name)")
    digests["<schema>"] = hashlib.sha256(str(schema.fetchone()[0]).encode()).hexdigest()
    return digests


class Oracle:
    """A branch file with a roster, the importers, and the rules every case is judged by."""

    def __init__(self, folder: Path, members: int = 30, seed: int = 5, today: date | None = None):
        from sanhui.core.demo import add_members
        from sanhui.core.store.members import list_members
        from sanhui.core.store.org import create_file, file_info

        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.today = today or date.today()
        self.template = self.folder / "template.db"
        db = create_file(self.template, "branch", "中共青山村支部委员会", "330102001", "中共青山镇委员会", "330102")
        self.branch_id = file_info(db).org_id
        with db.atomic():
            add_members(db, self.branch_id, members, seed, self.today)
        self.names = [m.name for m in list_members(db, self.branch_id)]
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.close()
        self.path = self.folder / "sanhui.db"
        self.db = None
        self.reset()

    def reset(self) -> None:
        from sanhui.core.store import open_db

        if self.db is not None:
            self.db.close()
        for suffix in ("-wal", "-shm"):
            Path(str(self.path) + suffix).unlink(missing_ok=True)
        shutil.copyfile(self.template, self.path)
        self.db = open_db(self.path)
        self.before = table_digests(self.db.conn)

    def close(self) -> None:
        if self.db is not None:
            self.db.close()
            self.db = None

    # -- the importers, as the app calls them ------------------------------------------------------
    def import_roster(self, path: Path) -> tuple[str, set[str], int]:
        from sanhui.core.store.roster_import import ADD, UPDATE, apply_import, plan_import

        plan = plan_import(self.db, self.branch_id, path, today=self.today)
        if not plan.count(ADD) + plan.count(UPDATE):
            return "nothing", set(), 0
        apply_import(self.db, plan)
        return "imported", ROSTER_TABLES, plan.count(ADD)

    def import_meetings(self, path: Path) -> tuple[str, set[str], int]:
        from sanhui.cli.meetings import read_json_file
        from sanhui.core.store.meeting_json import import_records

        records = read_json_file(path)
        result = import_records(self.db, self.branch_id, records, today=self.today)
        if not result.records:
            return "nothing", set(), 0
        return "imported", MEETING_TABLES, result.count("created")

    def import_package(self, path: Path) -> tuple[str, set[str], int]:
        tables = PACKAGE_IMPORTER(self.db, self.branch_id, path)
        if tables is None:
            return "nothing", set(), 0
        return "imported", set(tables), 0

    # -- one case ----------------------------------------------------------------------------------
    def run(self, case: Case, seconds: float = 5.0) -> Outcome:
        target = {"xlsx": self.import_roster, "csv": self.import_roster, "json": self.import_meetings,
                  "package": self.import_package}[case.kind]
        path = self.folder / f"case{case.suffix}"
        path.write_bytes(case.data)
        counts_before = self._counts()
        start = time.perf_counter()
        allowed, added = set(), 0
        outcome = Outcome(case, "", 0.0)
        try:
            with time_limit(seconds):
                outcome.result, allowed, added = target(path)
        except SanhuiError as exc:
            outcome.result, outcome.detail = "refused", str(exc)[:200]
        except Hang as exc:
            outcome.result = "hang"
            outcome.problems.append(f"hang: {exc}")
        except Exception as exc:  # noqa: BLE001 - that is what we are looking for
            outcome.result = "crash"
            outcome.problems.append(f"crash: {type(exc).__name__}: {str(exc)[:200]}")
            outcome.detail = traceback.format_exc()[-3000:]
        outcome.seconds = time.perf_counter() - start
        outcome.problems += self._judge(outcome.result, allowed, added, counts_before)
        if outcome.result == "imported" or outcome.problems:
            self.reset()
        return outcome

    def _counts(self) -> dict[str, int]:
        return {t: self.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("members", "meetings")}

    def _judge(self, result: str, allowed: set[str], added: int, counts_before: dict[str, int]) -> list[str]:
        problems = []
        conn = self.db.conn
        if conn.in_transaction:
            problems.append("a transaction was left open")
            conn.rollback()
        after = table_digests(conn)
        changed = {t for t in after if after[t] != self.before.get(t)}
        if result != "imported":
            if changed:
                problems.append(f"file changed without an import: {sorted(changed)}")
            return problems
        if changed - allowed:
            problems.append(f"the import changed tables it should not: {sorted(changed - allowed)}")
        if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            problems.append("integrity_check failed after the import")
        if conn.execute("PRAGMA foreign_key_check").fetchall():
            problems.append("foreign keys broken after the import")
        counts = self._counts()
        grown = counts["members"] - counts_before["members"] if "members" in allowed else \
            counts["meetings"] - counts_before["meetings"]
        if allowed and grown != added:
            problems.append(f"{grown} rows added, the import reported {added}")
        try:
            problems += self._invalid_members(allowed)
            problems += self._formulas_on_export(allowed)
        except Exception as exc:  # noqa: BLE001 - the imported data breaks the app's own reading of it
            problems.append(f"reading the roster after the import fails: {type(exc).__name__}: "
                            f"{str(exc)[:150]}")
        return problems

    def _invalid_members(self, allowed: set[str]) -> list[str]:
        """After a roster import every member must still pass the same checks as one typed in."""
        if "members" not in allowed:
            return []
        from sanhui.core.store.members import list_members
        from sanhui.core.validation import validate_member

        bad = [(m.name, p.message) for m in list_members(self.db, self.branch_id)
               for p in validate_member(m, self.today)]
        return [f"invalid member stored: {bad[0][0]!r}: {bad[0][1]}"] if bad else []


    def _formulas_on_export(self, allowed: set[str]) -> list[str]:
        """What came in as text goes out as text: an exported roster holds no formula cell."""
        if "members" not in allowed:
            return []
        from openpyxl import load_workbook

        from sanhui.core.roster import write_roster_xlsx
        from sanhui.core.store.members import list_members
        from sanhui.core.store.org import list_groups

        out = self.folder / "export.xlsx"
        groups = {g.id: g.name for g in list_groups(self.db, self.branch_id)}
        try:
            write_roster_xlsx(out, list_members(self.db, self.branch_id), groups)
        except Exception as exc:  # noqa: BLE001 - an imported value the export cannot write
            return [f"the roster can no longer be exported: {type(exc).__name__}: {str(exc)[:100]}"]
        sheet = load_workbook(out).active
        formulas = [c.coordinate for row in sheet.iter_rows() for c in row if c.data_type == "f"]
        return [f"formula cells in the exported roster: {formulas[:3]}"] if formulas else []


class PackageOracle(Oracle):
    """A township file (template copied per import) and the packages' rules."""

    def __init__(self, folder: Path, world: PackageWorld | None = None):
        from sanhui.core.store import open_db
        from sanhui.core.store.org import file_info

        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.world = world or build_package_world(self.folder / "world")
        self.template = self.world.township
        self.today = date.today()
        self.names: list[str] = []
        db = open_db(self.template)
        self.branch_id = file_info(db).org_id
        self.broken_keys = len(db.execute("PRAGMA foreign_key_check").fetchall())
        db.close()
        self.path = self.folder / "township.db"
        self.db = None
        self.reset()

    def _counts(self) -> dict[str, int]:
        return {}

    def _judge(self, result: str, allowed: set[str], added: int, counts_before: dict[str, int]) -> list[str]:
        problems = []
        conn = self.db.conn
        if conn.in_transaction:
            problems.append("a transaction was left open")
            conn.rollback()
        after = table_digests(conn)
        changed = {t for t in after if after[t] != self.before.get(t)}
        if result != "imported":
            if changed:
                problems.append(f"file changed without an import: {sorted(changed)}")
            return problems
        if changed - allowed:
            problems.append(f"the import changed tables it should not: {sorted(changed - allowed)}")
        if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            problems.append("integrity_check failed after the import")
        broken = conn.execute("PRAGMA foreign_key_check").fetchall()
        if len(broken) > self.broken_keys:
            problems.append(f"foreign keys broken after the import: {broken[:2]}")
        return problems


@dataclass
class Figures:
    kind: str
    cases: int = 0
    imported: int = 0
    refused: int = 0
    nothing: int = 0
    crashes: int = 0
    hangs: int = 0
    bad_changes: int = 0
    slowest_s: float = 0.0
    failures: list[Outcome] = field(default_factory=list)

    def add(self, outcome: Outcome) -> None:
        self.cases += 1
        self.slowest_s = max(self.slowest_s, outcome.seconds)
        if outcome.result in ("imported", "refused", "nothing"):
            setattr(self, outcome.result, getattr(self, outcome.result) + 1)
        self.crashes += outcome.result == "crash"
        self.hangs += outcome.result == "hang"
        self.bad_changes += any(not p.startswith(("crash", "hang")) for p in outcome.problems)
        if outcome.problems:
            self.failures.append(outcome)


def cases_for(kind: str, rng: random.Random, count: int, names: list[str],
              world: PackageWorld | None = None) -> Iterator[Case]:
    if kind == "xlsx":
        return xlsx_cases(rng, count)
    if kind == "csv":
        return csv_cases(rng, count)
    if kind == "json":
        return json_cases(rng, count, names)
    if kind == "package":
        return package_cases(rng, count, world) if PACKAGE_IMPORTER is not None else iter(())
    raise ValueError(kind)


KINDS = ("xlsx", "csv", "json", "package")
SHARE = {"xlsx": 0.25, "csv": 0.25, "json": 0.20, "package": 0.30}


def campaign(total: int, kinds: tuple[str, ...] = KINDS, seed: int = 1, seconds: float = 5.0,
             folder: Path | None = None, progress: bool = False) -> dict[str, Figures]:
    own = folder is None
    folder = Path(tempfile.mkdtemp(prefix="sanhui-fuzz-")) if own else Path(folder)
    import os

    old_home = os.environ.get("SANHUI_HOME")
    os.environ["SANHUI_HOME"] = str(folder / "home")
    oracles: dict[str, Oracle] = {}
    try:
        figures = {}
        shares = {k: SHARE[k] for k in kinds}
        weight = sum(shares.values()) or 1
        for kind in kinds:
            figures[kind] = Figures(kind)
            count = round(total * shares[kind] / weight)
            rng = random.Random(f"{seed}-{kind}")
            if kind == "package":
                oracle = oracles["package"] = PackageOracle(folder / "packages")
            else:
                oracle = oracles.get("branch") or oracles.setdefault("branch", Oracle(folder / "work"))
            world = getattr(oracle, "world", None)
            for number, case in enumerate(cases_for(kind, rng, count, oracle.names, world)):
                figures[kind].add(oracle.run(case, seconds))
                if progress and number % 100 == 99:
                    print(f"  {kind}: {number + 1} cases", file=sys.stderr, flush=True)
        return figures
    finally:
        for oracle in oracles.values():
            oracle.close()
        if old_home is None:
            os.environ.pop("SANHUI_HOME", None)
        else:
            os.environ["SANHUI_HOME"] = old_home
        if own:
            shutil.rmtree(folder, ignore_errors=True)


def report(figures: dict[str, Figures], seconds: float, show: int = 3) -> str:
    lines = [f"{'kind':<9}{'cases':>7}{'imported':>10}{'refused':>9}{'nothing':>9}{'crashes':>9}{'hangs':>7}"
             f"{'bad changes':>13}{'slowest s':>11}"]
    for f in figures.values():
        lines.append(f"{f.kind:<9}{f.cases:>7}{f.imported:>10}{f.refused:>9}{f.nothing:>9}{f.crashes:>9}"
                     f"{f.hangs:>7}{f.bad_changes:>13}{f.slowest_s:>11.2f}")
    cases = sum(f.cases for f in figures.values())
    failures = [o for f in figures.values() for o in f.failures]
    lines.append(f"{cases} cases, {len(failures)} broke a rule; {seconds:.0f} s")
    for outcome in failures[:show]:
        lines.append(f"- {outcome.case.kind} ({outcome.case.how}): {'; '.join(outcome.problems)}")
        if outcome.detail:
            lines.append("  " + outcome.detail.strip().splitlines()[-1])
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.fuzz_import", description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=3000, help="cases in all, spread over the kinds")
    parser.add_argument("--kinds", default="xlsx,csv,json,package")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=5.0,
                        help="seconds per case before it counts as a hang")
    parser.add_argument("--show", type=int, default=5, help="failures to print")
    parser.add_argument("--save", help="folder to write the failing cases to")
    args = parser.parse_args(argv)
    logging.getLogger("sanhui").addHandler(logging.NullHandler())  # each refusal is logged: not here
    kinds = tuple(k for k in args.kinds.split(",") if k)
    start = time.monotonic()
    figures = campaign(args.cases, kinds, seed=args.seed, seconds=args.timeout, progress=True)
    print(report(figures, time.monotonic() - start, args.show))
    if PACKAGE_IMPORTER is None and "package" in kinds:
        print("package: no cases - the hook (bench/fuzz_cases.package_cases, PACKAGE_IMPORTER) "
              "is not filled in yet")
    if args.save:
        out = Path(args.save)
        out.mkdir(parents=True, exist_ok=True)
        for number, outcome in enumerate(o for f in figures.values() for o in f.failures):
            (out / f"{number:04d}-{outcome.case.kind}{outcome.case.suffix}").write_bytes(outcome.case.data)
    broken = sum(len(f.failures) for f in figures.values())
    return 0 if broken == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
