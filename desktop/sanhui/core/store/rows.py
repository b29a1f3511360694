"""Generic row operations shared by every aggregate: keys, versions, tombstones, audit.

Every write goes through here so that the rules of DESIGN.md "Data" hold in
one place: UUID keys, ``version`` increased on every change, ``updated_at``,
``seq`` from the file's counter, deletion as a tombstone.
"""
from __future__ import annotations

import json
import uuid
from datetime import date, datetime
from enum import Enum
from typing import Any

from sanhui.core.store.database import Database
from sanhui.errors import NotFound


def now_iso() -> str:
    """Local time, to the second: ``2026-03-05T09:00:00``."""
    return datetime.now().replace(microsecond=0).isoformat()


def new_id() -> str:
    return str(uuid.uuid4())


def next_seq(db: Database) -> int:
    """The next entry sequence number of this file."""
    return db.execute("UPDATE counters SET value = value + 1 WHERE name = 'seq' RETURNING value").fetchone()[0]


def to_db(value: Any) -> Any:
    """A Python value as stored: dates as ISO text, enums as their value."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return value


def insert_row(db: Database, table: str, values: dict[str, Any], row_id: str | None = None) -> str:
    """Insert a new row with a fresh UUID (or ``row_id``); returns the id."""
    stamp = now_iso()
    row = {k: to_db(v) for k, v in values.items()}
    row.update(
        id=row_id or row.get("id") or new_id(),
        created_at=stamp,
        updated_at=stamp,
        version=1,
        seq=next_seq(db),
    )
    columns = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    db.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(row.values()))
    return row["id"]


def get_row(db: Database, table: str, row_id: str) -> dict[str, Any]:
    rows = list(db.query(f"SELECT * FROM {table} WHERE id = ?", [row_id]))
    if not rows:
        raise NotFound(f"找不到这条记录（{table} {row_id[:8]}），它可能已被删除。请刷新后重试。")
    return rows[0]


def update_row(
    db: Database,
    table: str,
    row_id: str,
    values: dict[str, Any],
    audit: bool = False,
    reason: str = "",
    actor: str = "",
) -> dict[str, tuple[Any, Any]]:
    """Change the given columns; returns {column: (old, new)} of what really changed.

    Nothing changed: no write, the version stays. With ``audit`` the old and
    new values go to the audit log with ``reason``.
    """
    old = get_row(db, table, row_id)
    new = {k: to_db(v) for k, v in values.items()}
    changed = {k: (old.get(k), v) for k, v in new.items() if old.get(k) != v}
    if not changed:
        return {}
    sets = ", ".join(f"{k} = ?" for k in changed)
    params = [v for _, v in changed.values()] + [now_iso(), next_seq(db), row_id]
    db.execute(
        f"UPDATE {table} SET {sets}, version = version + 1, updated_at = ?, seq = ? WHERE id = ?", params
    )
    if audit:
        write_audit(
            db,
            old["branch_id"],
            table,
            row_id,
            "update",
            {k: o for k, (o, _) in changed.items()},
            {k: n for k, (_, n) in changed.items()},
            reason,
            actor,
        )
    return changed


def tombstone(db: Database, table: str, row_id: str, reason: str = "", actor: str = "") -> None:
    """Mark a row deleted (it still travels on the USB stick)."""
    old = get_row(db, table, row_id)
    if old["deleted_at"]:
        return
    stamp = now_iso()
    db.execute(
        f"UPDATE {table} SET deleted_at = ?, updated_at = ?, version = version + 1, seq = ? WHERE id = ?",
        [stamp, stamp, next_seq(db), row_id],
    )
    write_audit(db, old["branch_id"], table, row_id, "delete", None, None, reason, actor)


def write_audit(
    db: Database,
    branch_id: str,
    table: str,
    row_id: str,
    action: str,
    old_values: dict | None,
    new_values: dict | None,
    reason: str = "",
    actor: str = "",
) -> None:
    db.execute(
        "INSERT INTO audit_log (id, branch_id, at, seq, actor, table_name, row_id, action, old_values, "
        "new_values, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            new_id(),
            branch_id,
            now_iso(),
            next_seq(db),
            actor,
            table,
            row_id,
            action,
            None if old_values is None else json.dumps(old_values, ensure_ascii=False),
            None if new_values is None else json.dumps(new_values, ensure_ascii=False),
            reason,
        ],
    )


def audit_entries(db: Database, table: str, row_id: str) -> list[dict[str, Any]]:
    """The audit log of one row, oldest first, with old/new values decoded."""
    entries = []
    for row in db.query(
        "SELECT * FROM audit_log WHERE table_name = ? AND row_id = ? ORDER BY seq", [table, row_id]
    ):
        row["old_values"] = json.loads(row["old_values"]) if row["old_values"] else None
        row["new_values"] = json.loads(row["new_values"]) if row["new_values"] else None
        entries.append(row)
    return entries
