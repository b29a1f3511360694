"""The operations the kill test interrupts, each with its set-up, its loop and its all-or-nothing check.

Every operation works in one folder: ``sanhui.db`` (the data file), ``home/``
(SANHUI_HOME: backups made on the way), its inputs and ``manifest.json``
(what the checks compare with). ``prepare`` writes that folder once; each run
copies it; ``child`` runs in the process that gets killed and reports
``ready``, ``begin N``, ``end N`` and ``done`` on stdout; ``check`` looks at
the file after the kill and returns the problems found (an operation that is
neither all there nor absent, or one reported finished and then lost).
"""
from __future__ import annotations

import abc
import json
import os
import shutil
import sqlite3
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

DATA = "sanhui.db"
Say = Callable[[str], None]


def _manifest(folder: Path) -> dict:
    return json.loads((folder / "manifest.json").read_text(encoding="utf-8"))


def _write_manifest(folder: Path, values: dict) -> None:
    (folder / "manifest.json").write_text(json.dumps(values, ensure_ascii=False), encoding="utf-8")


def _connect(path: Path) -> sqlite3.Connection:
    """A plain connection, as SQLite would open the file after a crash (a hot WAL is recovered)."""
    return sqlite3.connect(str(path))


def _new_branch(path: Path, members: int, seed: int):
    from sanhui.core.demo import add_members
    from sanhui.core.store.org import create_file, file_info

    db = create_file(path, "branch", "中共青山村支部委员会", "330102001", "中共青山镇委员会", "330102")
    branch_id = file_info(db).org_id
    with db.atomic():
        add_members(db, branch_id, members, seed, date.today())
    return db, branch_id


def _close(db) -> None:
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()


def _count(conn: sqlite3.Connection, sql: str, params=()) -> int:
    return conn.execute(sql, params).fetchone()[0]


def _lost(done: int, ends: int, what: str) -> list[str]:
    """Finished operations must survive the kill: ``done`` may exceed ``ends`` by the one not yet reported."""
    if done < ends:
        return [f"{what}: {ends} reported finished, only {done} in the file (a committed operation was lost)"]
    if done > ends + 1:
        return [f"{what}: {done} in the file but only {ends} reported finished"]
    return []


def meeting_days(count: int) -> list[date]:
    """Distinct past meeting days, one a week, ending a fortnight ago."""
    last = date.today() - timedelta(days=14)
    return [last - timedelta(days=7 * i) for i in range(count)][::-1]


class Operation(abc.ABC):
    """One multi-row operation the kill test interrupts: made ready, run in a child, then judged."""

    name = ""

    @abc.abstractmethod
    def prepare(self, folder: Path, scale: int) -> None:
        """Make the files the child works on."""

    @abc.abstractmethod
    def child(self, folder: Path, say: Say) -> None:
        """Run the operation over and over, saying when each one starts and ends."""

    @abc.abstractmethod
    def check(self, folder: Path, ends: int) -> list[str]:
        """What is wrong with the file after a kill (empty: whole, and all or nothing)."""


class Finalize(Operation):
    """Finalising drafts one after another: status, fingerprint and frozen voting rights together."""

    name = "finalize"

    def prepare(self, folder: Path, scale: int) -> None:
        from sanhui.core.model import Attendance, MeetingType
        from sanhui.core.store.meetings import create_meeting
        from sanhui.core.store.members import list_members

        db, branch_id = _new_branch(folder / DATA, 60, seed=11)
        members = list_members(db, branch_id)
        statuses = {m.id: (Attendance.PRESENT, "") for m in members}
        ids = []
        for index, day in enumerate(meeting_days(6 * scale)):
            ids.append(create_meeting(
                db, branch_id, MeetingType.GENERAL_MEETING, day, members=members, statuses=statuses,
                topic=f"定稿测试 {index + 1}", host=members[0].name, recorder=members[1].name,
                content="书记传达上级会议精神，党员逐一发言。", decisions=["认真抓好落实"],
            ))
        _close(db)
        _write_manifest(folder, {"meetings": ids})

    def child(self, folder: Path, say: Say) -> None:
        from sanhui.core.store import open_db
        from sanhui.core.store.finalize import finalize

        ids = _manifest(folder)["meetings"]
        db = open_db(folder / DATA)
        say("ready")
        for index, meeting_id in enumerate(ids):
            say(f"begin {index}")
            finalize(db, meeting_id)
            say(f"end {index}")

    def check(self, folder: Path, ends: int) -> list[str]:
        problems, finals = [], 0
        conn = _connect(folder / DATA)
        try:
            for meeting_id in _manifest(folder)["meetings"]:
                status, fingerprint, at = conn.execute(
                    "SELECT status, fingerprint, finalized_at FROM meetings WHERE id = ?", [meeting_id]
                ).fetchone()
                live = "FROM attendance WHERE meeting_id = ? AND deleted_at IS NULL"
                rows = _count(conn, f"SELECT count(*) {live}", [meeting_id])
                frozen = _count(conn, f"SELECT count(*) {live} AND voting IS NOT NULL", [meeting_id])
                whole = status == "final" and fingerprint and at and frozen == rows > 0
                none = status == "draft" and not fingerprint and not at and frozen == 0
                if whole:
                    finals += 1
                elif not none:
                    problems.append(f"meeting {meeting_id}: status {status}, fingerprint {fingerprint!r}, "
                                    f"{frozen} of {rows} voting rights frozen")
        finally:
            conn.close()
        return problems + _lost(finals, ends, "finalised records")


class RosterImport(Operation):
    """Roster imports of 60 new members each (plan first, then one transaction)."""

    name = "roster"
    SIZE = 60

    def prepare(self, folder: Path, scale: int) -> None:
        from sanhui.core.store.roster_import import ADD, plan_import
        from sanhui.core.synth import make_members, write_csv

        db, branch_id = _new_branch(folder / DATA, 60, seed=21)
        files, seen = [], set()
        for index in range(2 * scale):
            rows = make_members(self.SIZE, seed=1000 + index, today=date.today())
            ids = [r["身份证号"] for r in rows]
            if seen.intersection(ids):
                continue
            seen.update(ids)
            path = folder / f"roster-{index}.csv"
            write_csv(path, rows)
            plan = plan_import(db, branch_id, path)
            if plan.count(ADD) == self.SIZE:
                files.append({"file": path.name, "ids": ids})
        base = _count(db.conn, "SELECT count(*) FROM members")
        _close(db)
        _write_manifest(folder, {"files": files, "base": base})

    def child(self, folder: Path, say: Say) -> None:
        from sanhui.core.store import open_db
        from sanhui.core.store.org import file_info
        from sanhui.core.store.roster_import import apply_import, plan_import

        db = open_db(folder / DATA)
        branch_id = file_info(db).org_id
        plans = [plan_import(db, branch_id, folder / f["file"]) for f in _manifest(folder)["files"]]
        say("ready")
        for index, plan in enumerate(plans):
            say(f"begin {index}")
            apply_import(db, plan)
            say(f"end {index}")

    def check(self, folder: Path, ends: int) -> list[str]:
        manifest = _manifest(folder)
        problems, whole = [], 0
        conn = _connect(folder / DATA)
        try:
            for item in manifest["files"]:
                marks = ",".join("?" for _ in item["ids"])
                found = _count(conn, f"SELECT count(*) FROM members WHERE id_number IN ({marks})",
                               item["ids"])
                if found == self.SIZE:
                    whole += 1
                elif found:
                    problems.append(f"{item['file']}: {found} of {self.SIZE} members imported")
            total = _count(conn, "SELECT count(*) FROM members")
        finally:
            conn.close()
        if (total - manifest["base"]) % self.SIZE:
            problems.append(f"{total} members: not {manifest['base']} plus a multiple of {self.SIZE}")
        return problems + _lost(whole, ends, "roster imports")


class MeetingsImport(Operation):
    """Meeting-record JSON imports of several records each, some of them final."""

    name = "meetings-json"
    PER_FILE = 4

    def prepare(self, folder: Path, scale: int) -> None:
        from sanhui.core.model import MeetingType
        from sanhui.core.rules import expected_members
        from sanhui.core.store.members import list_members

        db, branch_id = _new_branch(folder / DATA, 60, seed=31)
        members = list_members(db, branch_id)
        days = iter(meeting_days(2 * scale * self.PER_FILE))
        batches = []
        for batch in range(2 * scale):
            records = []
            for number in range(self.PER_FILE):
                day = next(days)
                expected = expected_members(MeetingType.GENERAL_MEETING, members, day)
                records.append({
                    "type": "general_meeting", "topic": f"批次{batch}-{number}", "date": day.isoformat(),
                    "host": members[0].name, "recorder": members[1].name, "content": "学习上级文件精神。",
                    "decisions": ["抓好落实"], "status": "final" if number % 2 else "draft",
                    "attendance": [{"member": m.name, "status": "present"} for m in expected],
                })
            (folder / f"records-{batch}.json").write_text(json.dumps(records, ensure_ascii=False), "utf-8")
            batches.append({"file": f"records-{batch}.json", "prefix": f"批次{batch}-",
                            "attendance": {r["topic"]: len(r["attendance"]) for r in records}})
        _close(db)
        _write_manifest(folder, {"batches": batches})

    def child(self, folder: Path, say: Say) -> None:
        from sanhui.core.store import open_db
        from sanhui.core.store.meeting_json import import_records
        from sanhui.core.store.org import file_info

        db = open_db(folder / DATA)
        branch_id = file_info(db).org_id
        batches = [json.loads((folder / b["file"]).read_text("utf-8")) for b in _manifest(folder)["batches"]]
        say("ready")
        for index, records in enumerate(batches):
            say(f"begin {index}")
            import_records(db, branch_id, records)
            say(f"end {index}")

    def check(self, folder: Path, ends: int) -> list[str]:
        problems, whole = [], 0
        conn = _connect(folder / DATA)
        try:
            for batch in _manifest(folder)["batches"]:
                rows = conn.execute(
                    "SELECT id, topic, status, fingerprint FROM meetings "
                    "WHERE topic LIKE ? AND deleted_at IS NULL",
                    [batch["prefix"] + "%"],
                ).fetchall()
                if len(rows) == self.PER_FILE:
                    whole += 1
                elif rows:
                    problems.append(f"{batch['file']}: {len(rows)} of {self.PER_FILE} records imported")
                for meeting_id, topic, status, fingerprint in rows:
                    attendance = _count(conn, "SELECT count(*) FROM attendance WHERE meeting_id = ? "
                                              "AND deleted_at IS NULL AND status IS NOT NULL", [meeting_id])
                    if attendance != batch["attendance"][topic]:
                        expected = batch["attendance"][topic]
                        problems.append(f"{topic}: {attendance} attendance rows of {expected}")
                    final = topic.endswith(("-1", "-3"))
                    if final != (status == "final" and bool(fingerprint)):
                        problems.append(f"{topic}: status {status}, fingerprint {fingerprint!r}")
        finally:
            conn.close()
        return problems + _lost(whole, ends, "meeting imports")


def dump_digest(path: Path) -> str:
    """SHA-256 of the full SQL dump of a file."""
    import hashlib

    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        digest = hashlib.sha256()
        for line in conn.iterdump():
            digest.update(line.encode("utf-8") + b"\n")
        return digest.hexdigest()
    finally:
        conn.close()


class Restore(Operation):
    """Restores alternating between two backup copies (the current file kept aside each time)."""

    name = "restore"

    def prepare(self, folder: Path, scale: int) -> None:
        from sanhui.core.backup import backup_to

        digests = {}
        for name, members in ((DATA, 60), ("copy-a.db", 30), ("copy-b.db", 90)):
            if name == DATA:
                db, _ = _new_branch(folder / DATA, members, seed=members)
                _close(db)
            else:  # what a backup copy really looks like: made by backup_to
                db, _ = _new_branch(folder / f"tmp-{name}", members, seed=members)
                backup_to(db, folder / name)
                db.close()
                for leftover in folder.glob(f"tmp-{name}*"):
                    leftover.unlink()
            digests[name] = dump_digest(folder / name)
        _write_manifest(folder, {"digests": digests, "rounds": 3 * scale})

    def child(self, folder: Path, say: Say) -> None:
        from sanhui.core.backup import restore

        rounds = _manifest(folder)["rounds"]
        say("ready")
        for index in range(rounds):
            say(f"begin {index}")
            restore(folder / DATA, folder / ("copy-a.db" if index % 2 == 0 else "copy-b.db"))
            say(f"end {index}")

    def check(self, folder: Path, ends: int) -> list[str]:
        digests = _manifest(folder)["digests"]
        conn = _connect(folder / DATA)  # recover a hot WAL first, as the app would
        conn.close()
        digest = dump_digest(folder / DATA)

        def copy(index: int) -> str:
            return digests["copy-a.db" if index % 2 == 0 else "copy-b.db"]

        allowed = {copy(ends - 1) if ends else digests[DATA], copy(ends)}
        if digest in allowed:
            return []
        if digest in digests.values():
            return [f"after {ends} finished restores the file holds an older state"]
        return ["the data file is neither the original nor one of the two copies"]


class Migration(Operation):
    """Opening a file that lacks the last migration: it is applied in one transaction, or not at all."""

    name = "migration"

    def prepare(self, folder: Path, scale: int) -> None:
        from sanhui.core.store.db import build_migrations, known_migration_names

        full_path = folder / "full.db"
        db, _ = _new_branch(full_path, 60, seed=41)
        _close(db)
        last = known_migration_names()[-1]
        partial = folder / "pristine.db"
        conn = sqlite3.connect(str(partial))
        import sqlite_utils

        older = sqlite_utils.Database(conn, execute_plugins=False)
        build_migrations().apply(older, stop_before=last)
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("ATTACH DATABASE ? AS full", [str(full_path)])
        counts = {}
        for (table,) in conn.execute(
            "SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name != '_sqlite_migrations'"
        ).fetchall():
            columns = [r[1] for r in conn.execute(f"PRAGMA main.table_info({table})")]
            listed = ", ".join(columns)
            conn.execute(f"DELETE FROM main.{table}")
            conn.execute(f"INSERT INTO main.{table} ({listed}) SELECT {listed} FROM full.{table}")
            counts[table] = _count(conn, f"SELECT count(*) FROM main.{table}")
        conn.commit()
        conn.execute("DETACH DATABASE full")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.close()
        shutil.copyfile(partial, folder / DATA)
        full_path.unlink()
        _write_manifest(folder, {
            "counts": counts, "versions": len(known_migration_names()),
            "schemas": {"old": _schema(partial), "new": _fresh_schema(folder)},
            "rounds": 4 * scale,
        })

    def child(self, folder: Path, say: Say) -> None:
        from sanhui.core.store import open_db

        rounds = _manifest(folder)["rounds"]
        say("ready")
        for index in range(rounds):
            tmp = folder / "work.tmp"
            shutil.copyfile(folder / "pristine.db", tmp)
            os.replace(tmp, folder / DATA)  # the harness's own reset: atomic, never half a file
            say(f"begin {index}")
            open_db(folder / DATA).close()
            say(f"end {index}")

    def check(self, folder: Path, ends: int) -> list[str]:
        manifest = _manifest(folder)
        conn = _connect(folder / DATA)
        try:
            applied = _count(conn, "SELECT count(*) FROM _sqlite_migrations")
            counts = {t: _count(conn, f"SELECT count(*) FROM {t}") for t in manifest["counts"]}
        finally:
            conn.close()
        schema = _schema(folder / DATA)
        problems = []
        if applied == manifest["versions"]:
            if schema != manifest["schemas"]["new"]:
                problems.append("migration recorded but the schema is not the new one")
        elif applied == manifest["versions"] - 1:
            if schema != manifest["schemas"]["old"]:
                problems.append("migration not recorded but the schema has changed")
        else:
            problems.append(f"{applied} migrations recorded")
        if counts != manifest["counts"]:
            problems.append("rows were lost or added by the migration")
        return problems


def _schema(path: Path) -> list[list[str]]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return sorted([list(r) for r in conn.execute(
            "SELECT type, name, coalesce(sql, '') FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
        )])
    finally:
        conn.close()


def _fresh_schema(folder: Path) -> list[list[str]]:
    from sanhui.core.store import open_db

    path = folder / "fresh.db"
    open_db(path, create=True).close()
    schema = _schema(path)
    for leftover in folder.glob("fresh.db*"):
        leftover.unlink()
    return schema


OPERATIONS: dict[str, Operation] = {
    op.name: op for op in (Finalize(), RosterImport(), MeetingsImport(), Restore(), Migration())
}
