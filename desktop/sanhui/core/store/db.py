"""Opening a Sanhui data file: checks, pragmas and migrations.

``open_db(path)`` returns a ``store.database.Database``; every store function
receives it. Nothing here keeps a connection at module level. sqlite_utils
applies the migrations; it is imported only when a file needs one.
"""
from __future__ import annotations

import functools
import importlib.util
import logging
import os
import shutil
import sqlite3
import time
from datetime import datetime
from pathlib import Path

from sanhui import paths
from sanhui.core.store.database import Database
from sanhui.errors import FileMissing, NewerFileError, NotSanhuiFile, SanhuiError, WriteFailed

log = logging.getLogger(__name__)

MIGRATION_SET = "sanhui"
SQLITE_HEADER = b"SQLite format 3\x00"


def execute_statements(db: Database, script: str) -> None:
    """Run a multi-statement SQL script inside the current transaction.

    ``sqlite3.executescript`` commits first, which would break a migration's
    transaction, so statements are split and executed one by one.
    """
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            if statement.strip():
                db.execute(statement)
            statement = ""
    if statement.strip():
        raise ValueError("incomplete SQL statement at the end of a migration script")


def _migration_files() -> list[Path]:
    return sorted(p for p in paths.migrations_dir().glob("[0-9][0-9][0-9][0-9]_*.py"))


@functools.cache
def _migration_module(path: Path):
    spec = importlib.util.spec_from_file_location(f"sanhui_migration_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def sqlite_utils_module():
    """sqlite_utils, imported with numpy and pandas out of sight.

    sqlite_utils imports numpy and pandas, when they are installed, only to map their value types to SQL;
    Sanhui never hands it either, and numpy alone costs ~0.1 s. The bundle leaves numpy out anyway; this
    makes a development install behave the same. Both stay importable afterwards for whoever needs them.
    """
    import sys

    if "sqlite_utils" not in sys.modules:
        hidden = [name for name in ("numpy", "pandas") if name not in sys.modules]
        for name in hidden:
            sys.modules[name] = None  # an import of it raises ImportError
        try:
            import sqlite_utils  # noqa: F401
            import sqlite_utils.migrations  # noqa: F401
        finally:
            for name in hidden:
                if sys.modules.get(name, 0) is None:
                    del sys.modules[name]
    return sys.modules["sqlite_utils"]


def build_migrations():
    """The chain of numbered migrations in ``db/migrations``, in order (a sqlite_utils ``Migrations``)."""
    migrations = sqlite_utils_module().migrations.Migrations(MIGRATION_SET)
    for path in _migration_files():
        migrations(name=path.stem)(_migration_module(path).migrate)
    return migrations


def known_migration_names() -> list[str]:
    return [p.stem for p in _migration_files()]


def schema_version() -> int:
    """The schema version this copy of Sanhui writes: the number of its migrations."""
    return len(known_migration_names())


def _read_state(path: Path) -> tuple[bool, list[str]]:
    """(has_tables, applied migration names), read without writing a byte."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    side_files = [Path(f"{path}{suffix}") for suffix in ("-wal", "-shm")]
    pre_existing = {p for p in side_files if p.exists()}
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise NotSanhuiFile(f"无法打开数据文件“{path}”。请确认文件没有损坏，或选择另一个文件。", str(exc)) from exc
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        applied: list[str] = []
        if "_sqlite_migrations" in tables:
            applied = [
                r[0]
                for r in conn.execute(
                    "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid",
                    [MIGRATION_SET],
                )
            ]
        return bool(tables), applied
    except sqlite3.DatabaseError as exc:
        raise NotSanhuiFile(
            f"文件“{path}”已损坏或不是三会一课助手的数据文件。请从备份恢复，或选择另一个文件。", str(exc)
        ) from exc
    finally:
        conn.close()
        for side in side_files:  # a read-only look must not leave files behind
            if side not in pre_existing:
                side.unlink(missing_ok=True)


def _check_file(path: Path) -> list[str]:
    """Refuse a file that is not ours or is newer than us; return the applied migrations."""
    with open(path, "rb") as fh:
        header = fh.read(16)
    if header and header != SQLITE_HEADER:
        raise NotSanhuiFile(f"文件“{path}”不是三会一课助手的数据文件，程序没有改动它。请选择正确的数据文件，或新建一个。")
    if not header:
        return []
    has_tables, applied = _read_state(path)
    if has_tables and not applied:
        raise NotSanhuiFile(f"文件“{path}”不是三会一课助手的数据文件，程序没有改动它。请选择正确的数据文件，或新建一个。")
    unknown = [name for name in applied if name not in known_migration_names()]
    if unknown:
        raise NewerFileError(
            f"数据文件“{path.name}”是由更新版本的三会一课助手保存的，当前版本无法打开。请先升级本程序，文件没有被改动。",
            f"unknown migrations: {unknown}",
        )
    return applied


#: How many "before …" copies are kept (the newest).
KEEP_BEFORE_COPIES = 5


def copy_aside(db: Database, reason: str) -> Path:
    """A consistent copy of the open file in the backups folder (SQLite backup API).

    Made before a migration, an import or a restore; the last five are kept. Refused (WriteFailed, nothing
    left behind) when the disk cannot hold it: the operation it protects is then not done either.
    """
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    folder = paths.backups_dir()
    target = folder / f"before-{reason}-{stamp}.db"
    part = target.with_name(target.name + ".part")  # a copy cut short by a crash never looks whole
    check_free_space(db, folder, "操作前先存一份数据副本")
    try:
        dest = sqlite3.connect(part)
        try:
            db.conn.backup(dest)
        finally:
            dest.close()
        os.replace(part, target)
    except (OSError, sqlite3.Error) as exc:
        part.unlink(missing_ok=True)
        raise WriteFailed(f"无法在“{folder}”里先存一份数据副本（{exc.__class__.__name__}），操作没有进行，数据文件没有改动。"
                          "请检查磁盘是否已满。", str(exc)) from exc
    clear_stale_parts(folder)
    copies = sorted(folder.glob("before-*.db"), key=lambda p: p.stat().st_mtime_ns)
    for old in copies[:-KEEP_BEFORE_COPIES]:
        old.unlink(missing_ok=True)
    return target


#: Room left on a disk after a copy: a copy that fills it would stop the day's work (and other programs).
FREE_MARGIN = 200 * 1024 * 1024


def check_free_space(db: Database, folder: Path, what: str) -> None:
    """Refuse, before writing a byte, a whole copy of ``db`` into ``folder`` that its disk cannot hold with
    ``FREE_MARGIN`` to spare (a township's or a county's file is gigabytes)."""
    needed = db.execute("PRAGMA page_count").fetchone()[0] * db.execute("PRAGMA page_size").fetchone()[0]
    try:
        folder.mkdir(parents=True, exist_ok=True)
        free = shutil.disk_usage(folder).free
    except OSError:
        return  # the copy itself will say what is wrong
    if free < needed + FREE_MARGIN:
        raise WriteFailed(
            f"{what}需要约 {_size(needed + FREE_MARGIN)} 空间，但“{folder}”所在的磁盘只剩 {_size(free)}。"
            "请清理磁盘或把旧的备份移到别处后再试，数据文件没有改动。", f"free {free}, needed {needed}")


def _size(n: int) -> str:
    return f"{n / 1024 ** 3:.1f} GB" if n >= 1024 ** 3 else f"{n / 1024 ** 2:.0f} MB"


#: A ``.part`` copy older than this was left by a crash (a copy being made takes seconds, not an hour).
STALE_PART_SECONDS = 3600


def clear_stale_parts(folder: Path) -> None:
    """Remove half-made copies (``*.part`` and their journals) that a crash left in ``folder``."""
    now = time.time()
    for leftover in folder.glob("*.part*"):
        try:
            if now - leftover.stat().st_mtime > STALE_PART_SECONDS:
                leftover.unlink()
        except OSError:
            pass


def _configure(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA busy_timeout = 5000")
    conn.execute("PRAGMA foreign_keys = ON")
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if mode.lower() != "wal":
        log.warning("journal_mode is %s, not wal", mode)
    conn.execute("PRAGMA synchronous = FULL")


def open_db(path: str | Path, create: bool = False) -> Database:
    """Open (or with ``create`` make) a Sanhui data file, migrated to this version.

    A missing file is refused unless ``create``; a file that is not ours or is
    newer than this program is refused untouched; before migrating an
    existing file it is copied aside into the backups folder.
    """
    path = Path(path)
    if not path.exists():
        if not create:
            raise FileMissing(f"找不到数据文件“{path}”。请选择已有的数据文件，或新建一个。")
        applied: list[str] = []
    else:
        if path.is_dir():
            raise NotSanhuiFile(f"“{path}”是一个文件夹，不是数据文件。请选择数据文件。")
        applied = _check_file(path)
    try:
        conn = sqlite3.connect(str(path), timeout=5, check_same_thread=False)
        _configure(conn)
    except sqlite3.Error as exc:
        raise SanhuiError(f"无法打开数据文件“{path}”：{exc}。请检查文件是否只读或磁盘是否已满。", str(exc)) from exc
    db = Database(conn, path)
    if set(known_migration_names()) - set(applied):  # only then is sqlite_utils imported
        if applied:
            try:
                backup = copy_aside(db, "migration")
            except SanhuiError:
                conn.close()
                raise
            log.info("copied %s aside to %s before migrating", path, backup)
        try:
            build_migrations().apply(sqlite_utils_module().Database(conn, execute_plugins=False))
        except Exception as exc:
            conn.close()
            raise SanhuiError(
                "升级数据文件时出错，文件已恢复到升级前的状态。请把日志发给乡镇的技术人员。", repr(exc)
            ) from exc
    return db


def current_version(db: Database) -> int:
    """How many of our migrations the open file has applied."""
    return db.execute(
        "SELECT count(*) FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET]
    ).fetchone()[0]


def exchange_version(db: Database) -> int:
    """The schema number a package carries and is checked against: the applied migrations that change
    what travels. A ``LOCAL_ONLY`` migration (indexes, caches) is left out, so that files with and without
    it still exchange packages."""
    local = {p.stem for p in _migration_files() if getattr(_migration_module(p), "LOCAL_ONLY", False)}
    applied = db.execute("SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET])
    return sum(1 for (name,) in applied if name not in local)
