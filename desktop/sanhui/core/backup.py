"""Consistent copies of the data file, and putting one back."""
from __future__ import annotations

import logging
import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sanhui import paths
from sanhui.core.store.database import Database
from sanhui.core.store.db import _check_file, check_free_space
from sanhui.errors import NotSanhuiFile, WriteFailed

log = logging.getLogger(__name__)


def backup_to(db: Database, out: str | Path) -> Path:
    """A consistent copy of the open file at ``out`` (SQLite backup API), written atomically."""
    out = Path(out)
    if out.is_dir():
        out = out / f"sanhui-backup-{datetime.now().strftime('%Y%m%d-%H%M%S')}.db"
    tmp = out.with_name(out.name + ".part")
    check_free_space(db, out.parent, "这份备份")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        dest = sqlite3.connect(tmp)
        try:
            db.conn.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, out)
    except (OSError, sqlite3.Error) as exc:
        _discard(tmp)
        raise WriteFailed(
            f"备份没有写成：无法写入“{out.parent}”（{exc.__class__.__name__}）。请检查U盘是否已插好、是否只读或已满，数据文件没有改动。",
            str(exc),
        ) from exc
    return out


KEEP_DAILY = 7
KEEP_MONTHLY = 12


def automatic_backup(db: Database, today: date | None = None) -> Path | None:
    """Once a day at start: a daily copy (7 kept) and, the first time in a month, a monthly one (12 kept).

    Returns the copy made, or None when today's copy already exists.
    """
    today = today or date.today()
    folder = paths.backups_dir()
    daily = folder / f"daily-{today:%Y%m%d}.db"
    monthly = folder / f"monthly-{today:%Y%m}.db"
    made = None
    if not daily.exists():
        made = backup_to(db, daily)
    if not monthly.exists():
        backup_to(db, monthly)
    _prune(folder, "daily-*.db", KEEP_DAILY)
    _prune(folder, "monthly-*.db", KEEP_MONTHLY)
    return made


def _prune(folder: Path, pattern: str, keep: int) -> None:
    """Keep the newest ``keep`` copies matching ``pattern`` (their names sort by date)."""
    for old in sorted(folder.glob(pattern))[:-keep]:
        old.unlink(missing_ok=True)


def list_backups() -> list[Path]:
    """Every copy in the backups folder, newest first."""
    return sorted(paths.backups_dir().glob("*.db"), key=lambda p: p.stat().st_mtime, reverse=True)


def default_backup_path() -> Path:
    return paths.backups_dir() / f"sanhui-{datetime.now().strftime('%Y%m%d-%H%M%S')}.db"


@dataclass
class BackupInfo:
    path: Path
    org_name: str
    members: int
    meetings: int
    modified: datetime


def inspect_backup(path: str | Path) -> BackupInfo:
    """What a backup copy holds, read without changing it; refuses a file that is not ours."""
    path = Path(path)
    if not path.is_file():
        raise NotSanhuiFile(f"找不到备份文件“{path}”。请重新选择。")
    _check_file(path)
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise NotSanhuiFile(f"备份文件“{path.name}”已损坏，不能用来恢复。请选择另一个备份。")
        row = conn.execute(
            "SELECT o.name FROM file_info f JOIN orgs o ON o.id = f.org_id"
        ).fetchone()
        members = conn.execute("SELECT count(*) FROM members WHERE deleted_at IS NULL").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        meetings = (
            conn.execute("SELECT count(*) FROM meetings WHERE deleted_at IS NULL").fetchone()[0]
            if "meetings" in tables
            else 0
        )
    except sqlite3.DatabaseError as exc:
        raise NotSanhuiFile(f"备份文件“{path.name}”不是三会一课助手的数据文件。", str(exc)) from exc
    finally:
        conn.close()
    return BackupInfo(path, row[0] if row else "", members, meetings, datetime.fromtimestamp(path.stat().st_mtime))


def restore(db_path: str | Path, source: str | Path) -> Path:
    """Put ``source`` in place of the (closed) data file; the current file is kept aside first.

    Returns where the current file was kept. The copy is checked before
    anything is touched.
    """
    db_path, source = Path(db_path), Path(source)
    inspect_backup(source)
    kept = paths.backups_dir() / f"before-restore-{datetime.now().strftime('%Y%m%d-%H%M%S-%f')}.db"
    tmp = db_path.with_name(db_path.name + ".restore")
    try:
        if db_path.exists():
            _keep_aside(db_path, kept)
        shutil.copyfile(source, tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        for suffix in ("-wal", "-shm"):
            Path(str(db_path) + suffix).unlink(missing_ok=True)
        os.replace(tmp, db_path)
    except (OSError, sqlite3.Error) as exc:
        _discard(tmp)
        raise WriteFailed(f"恢复没有完成：{exc.__class__.__name__}。原数据文件没有改动，请检查磁盘空间后重试。", str(exc)) from exc
    return kept


def _keep_aside(db_path: Path, kept: Path) -> None:
    """A copy of the current file at ``kept``, whole or not at all; a damaged file is copied byte for byte."""
    part = kept.with_name(kept.name + ".part")
    try:
        src = sqlite3.connect(db_path)
        dest = sqlite3.connect(part)
        try:
            src.backup(dest)
        finally:
            dest.close()
            src.close()
    except sqlite3.DatabaseError:  # the very file a restore is meant to replace may be the damaged one
        log.warning("current file could not be copied through SQLite; copying its bytes aside", exc_info=True)
        Path(str(part) + "-journal").unlink(missing_ok=True)
        shutil.copyfile(db_path, part)
        for suffix in ("-wal", "-shm"):
            side = Path(str(db_path) + suffix)
            if side.exists():
                shutil.copyfile(side, Path(str(kept) + suffix))
    os.replace(part, kept)


def _discard(path: Path) -> None:
    """Remove a half-written file, if it can be: the place may not even be a folder."""
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass
