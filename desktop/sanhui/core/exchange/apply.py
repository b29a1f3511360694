"""What a verified package would change, then applying it in one transaction (导入).

``plan_import`` sorts every row into new, updated (a higher version of a row
we have), unchanged (the same or an older version: older never undoes
newer) or refused (with the reason in plain Chinese: a row of another
organisation, a reference to a record this file does not have...).
``apply_plan`` writes exactly that plan, records the sender, its sequence and
the receipt, and runs the township's and the branch's follow-ups
(``directives``), all in one transaction: the package lands whole or not at
all. The same package twice changes nothing.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import Any

from sanhui.core.exchange import directives
from sanhui.core.exchange.keys import ensure_keys
from sanhui.core.exchange.package import BRANCH_REPORT, PackageRefused
from sanhui.core.exchange.peers import add_peer, raise_marks, record_inbox, replace_marks
from sanhui.core.exchange.tables import (
    APPEND_ONLY,
    BRANCH_TABLES,
    PERSONAL_COLUMNS,
    TABLE_LABELS,
    TOWNSHIP_TABLES,
    columns,
    foreign_keys,
)
from sanhui.core.exchange.verify import Incoming, SenderStatus
from sanhui.core.store.database import Database
from sanhui.core.store.org import home_org

CHUNK = 500


@dataclass
class TableChange:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    refused: int = 0
    older: int = 0  # of the unchanged: an older version than ours, kept ours

    def to_json(self) -> dict[str, int]:
        return {"new": self.new, "updated": self.updated, "unchanged": self.unchanged, "refused": self.refused,
                "older": self.older}


@dataclass
class RowRefusal:
    table: str
    row_id: str
    reason: str

    def to_json(self) -> dict[str, str]:
        return {"table": self.table, "id": self.row_id, "reason": self.reason}


@dataclass
class ImportPlan:
    incoming: Incoming
    tables: dict[str, TableChange] = field(default_factory=dict)
    refusals: list[RowRefusal] = field(default_factory=list)
    inserts: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    updates: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    @property
    def changes_rows(self) -> bool:
        return any(t.new or t.updated for t in self.tables.values())

    def summary(self) -> str:
        """``会议记录 新增 3 条、更新 1 条；签到 新增 60 条`` (or that nothing is new)."""
        parts = []
        for table, change in self.tables.items():
            words = [f"{word} {n} 条" for word, n in (("新增", change.new), ("更新", change.updated),
                                                       ("拒收", change.refused)) if n]
            if words:
                parts.append(f"{TABLE_LABELS.get(table, table)} " + "、".join(words))
        return "；".join(parts) if parts else "没有新的变化"

    def to_json(self) -> dict[str, Any]:
        return {"tables": {t: c.to_json() for t, c in self.tables.items()},
                "refused": [r.to_json() for r in self.refusals], "summary": self.summary()}


def _chunks(values: list[Any]):
    for start in range(0, len(values), CHUNK):
        yield values[start:start + CHUNK]


def _existing(db: Database, table: str, ids: list[str]) -> dict[str, dict[str, Any]]:
    extra = ", " + ", ".join(PERSONAL_COLUMNS[table]) if table in PERSONAL_COLUMNS else ""
    version = "1 AS version" if table in APPEND_ONLY else "version"
    found = {}
    for chunk in _chunks(ids):
        marks = ", ".join("?" for _ in chunk)
        for row in db.query(f"SELECT id, branch_id, {version}{extra} FROM {table} WHERE id IN ({marks})", chunk):
            found[row["id"]] = row
    return found


def _owners(db: Database, incoming: Incoming) -> set[str]:
    """The organisations whose rows the sender may send: itself and its 支部 (for a 党总支)."""
    org_id = incoming.sender["org_id"]
    owners = {org_id}
    if incoming.manifest["kind"] == BRANCH_REPORT:
        owners |= {r["id"] for r in incoming.rows.get("orgs", []) if r.get("parent_id") == org_id}
        owners |= {r["id"] for r in db.query("SELECT id FROM orgs WHERE parent_id = ?", [org_id])}
    return owners


class _Planner:
    def __init__(self, db: Database, incoming: Incoming):
        self.db = db
        self.incoming = incoming
        self.plan = ImportPlan(incoming, notes=list(incoming.notes))
        self.owners = _owners(db, incoming)
        self.home = home_org(db)
        self.accepted: dict[str, set[str]] = {}
        self.report = incoming.manifest["kind"] == BRANCH_REPORT

    def run(self) -> ImportPlan:
        for table in BRANCH_TABLES if self.report else TOWNSHIP_TABLES:
            rows = self.incoming.rows.get(table)
            if rows:
                self._table(table, rows)
        return self.plan

    def _references(self, table: str, rows: list[dict], fks: list[tuple[str, str]]) -> dict[str, dict[str, str]]:
        """For referenced ids not already accepted from this package: {ref table: {id: branch_id}} in the file."""
        wanted: dict[str, set[str]] = {}
        for column, ref in fks:
            accepted = self.accepted.get(ref, set())
            wanted.setdefault(ref, set()).update(
                r[column] for r in rows if r.get(column) and r[column] not in accepted)
        found: dict[str, dict[str, str]] = {}
        for ref, ids in wanted.items():
            found[ref] = {}
            for chunk in _chunks(sorted(ids)):
                marks = ", ".join("?" for _ in chunk)
                for row in self.db.query(f"SELECT id, branch_id FROM {ref} WHERE id IN ({marks})", chunk):
                    found[ref][row["id"]] = row["branch_id"]
        return found

    def _table(self, table: str, rows: list[dict[str, Any]]) -> None:
        change = self.plan.tables.setdefault(table, TableChange())
        if table == "orgs":
            rows = sorted(rows, key=lambda r: r.get("parent_id") is not None)
        existing = _existing(self.db, table, [r["id"] for r in rows])
        required = [c.name for c in columns(self.db, table).values() if c.required]
        fks = foreign_keys(self.db, table)
        references = self._references(table, rows, fks)
        accepted = self.accepted.setdefault(table, set())
        photos = self.incoming.photos
        for row in rows:
            old = existing.get(row["id"])
            reason = self._refusal(table, row, old, required, fks, references)
            if reason:
                change.refused += 1
                self.plan.refusals.append(RowRefusal(table, row["id"], reason))
                continue
            accepted.add(row["id"])
            if table == "photos" and row["id"] in photos:
                row = {**row, **photos[row["id"]]}
            if old is None:
                change.new += 1
                self.plan.inserts.setdefault(table, []).append(row)
            elif table not in APPEND_ONLY and row["version"] > old["version"]:
                change.updated += 1
                self.plan.updates.setdefault(table, []).append(row)
            elif table == "members" and row["version"] == old["version"] and _fills_personal(row, old):
                change.updated += 1
                self.plan.updates.setdefault(table, []).append(
                    {k: row[k] for k in ("id", *PERSONAL_COLUMNS["members"])})
            else:
                change.unchanged += 1
                if table not in APPEND_ONLY and row["version"] < old["version"]:
                    change.older += 1

    def _refusal(self, table, row, old, required, fks, references) -> str:
        who = self.incoming.sender_label
        if row["branch_id"] not in self.owners:
            return f"这条记录属于另一个单位，不能由{who}报送或下发。"
        if old is not None and old["branch_id"] != row["branch_id"]:
            return "本文件中已有编号相同、属于另一个单位的记录，为免覆盖没有导入。"
        if old is None:
            missing = [c for c in required if row.get(c) is None]
            if missing:
                return f"记录不完整，缺少：{'、'.join(missing)}。请让对方升级程序后重新导出。"
        special = self._special(table, row)
        if special:
            return special
        for column, ref in fks:
            value = row.get(column)
            if not value or value in self.accepted.get(ref, set()):
                continue
            owner = references.get(ref, {}).get(value)
            if owner is None or owner not in self.owners:
                return (f"它引用的{TABLE_LABELS.get(ref, ref)}（编号 {str(value)[:8]}）不在本文件中。"
                        "请让对方导出完整数据包（sanhui export --full）后再导入。")
        return ""

    def _special(self, table: str, row: dict[str, Any]) -> str:
        if table == "orgs":
            if row.get("kind") == "township":
                return "支部的数据包不能带乡镇党委的组织信息。"
            if row["id"] != self.incoming.sender["org_id"] and row.get("parent_id") != self.incoming.sender["org_id"]:
                return "这个组织不是报送单位本身或它下属的支部。"
        elif table == "returns":
            if row.get("target_branch_id") != self.home.id:
                return "这条退回意见是给其他支部的。"
            found = self.db.execute("SELECT branch_id FROM meetings WHERE id = ?", [row.get("meeting_id")]).fetchone()
            if found is None or found[0] != self.home.id:
                return f"找不到被退回的会议记录（编号 {str(row.get('meeting_id'))[:8]}）。"
        elif table == "notices" and row.get("target_code") not in (None, self.home.code):
            return "这条通知是发给其他支部的。"
        return ""


def _fills_personal(row: dict[str, Any], old: dict[str, Any]) -> bool:
    """Personal numbers that came later for a member we hold without them (sent before the key was known)."""
    keys = PERSONAL_COLUMNS["members"]
    return (all(k in row for k in keys) and not any(old.get(k) for k in keys) and any(row.get(k) for k in keys))


def plan_import(db: Database, incoming: Incoming) -> ImportPlan:
    """What ``incoming`` would change in this file; nothing is written."""
    if incoming.duplicate:
        plan = ImportPlan(incoming, notes=["这个数据包已经导入过，没有变化。"])
        return plan
    return _Planner(db, incoming).run()


def _insert(db: Database, table: str, rows: list[dict[str, Any]]) -> None:
    groups: dict[tuple[str, ...], list[tuple]] = {}
    for row in rows:
        keys = tuple(row)
        groups.setdefault(keys, []).append(tuple(row[k] for k in keys))
    for keys, values in groups.items():
        marks = ", ".join("?" for _ in keys)
        db.conn.executemany(f"INSERT INTO {table} ({', '.join(keys)}) VALUES ({marks})", values)


def _update(db: Database, table: str, rows: list[dict[str, Any]]) -> None:
    groups: dict[tuple[str, ...], list[tuple]] = {}
    for row in rows:
        keys = tuple(k for k in row if k != "id")
        groups.setdefault(keys, []).append(tuple(row[k] for k in keys) + (row["id"],))
    for keys, values in groups.items():
        sets = ", ".join(f"{k} = ?" for k in keys)
        db.conn.executemany(f"UPDATE {table} SET {sets} WHERE id = ?", values)


def _received_marks(incoming: Incoming) -> dict[str, int]:
    return {table: max(r["seq"] for r in rows) for table, rows in incoming.rows.items() if rows}


def apply_plan(db: Database, plan: ImportPlan, accept_new: bool = False) -> ImportPlan:
    """Write ``plan`` in one transaction (a first contact only with ``accept_new``); returns it with notes."""
    incoming = plan.incoming
    if incoming.duplicate:
        return plan
    if incoming.status == SenderStatus.UNKNOWN and not accept_new:
        raise incoming.unknown_sender()
    try:
        with db.atomic():
            peer = incoming.peer
            if incoming.status in (SenderStatus.UNKNOWN, SenderStatus.FIRST_USE, SenderStatus.NEW_KEY):
                replacing = incoming.peer if incoming.status == SenderStatus.NEW_KEY else None
                peer = add_peer(db, incoming.sender, replacing)
                plan.notes.append(_accepted_note(incoming))
            order = BRANCH_TABLES if incoming.manifest["kind"] == BRANCH_REPORT else TOWNSHIP_TABLES
            for table in order:
                if plan.inserts.get(table):
                    _insert(db, table, plan.inserts[table])
                if plan.updates.get(table):
                    _update(db, table, plan.updates[table])
            if incoming.manifest["kind"] == BRANCH_REPORT:
                raise_marks(db, peer.id, _received_marks(incoming))
                plan.notes += directives.after_branch_report(db, plan.inserts, plan.updates)
            else:
                # a receipt is for the key the township knows: a new laptop's file starts from nothing
                ours = incoming.manifest["recipient"].get("fingerprint") == ensure_keys(db).fingerprint
                replace_marks(db, peer.id, incoming.receipt["tables"] if ours else {})
                acked = incoming.receipt["sequence"] if ours else 0
                db.execute("UPDATE peers SET acked_sequence = ? WHERE id = ?", [acked, peer.id])
                if acked:
                    plan.notes.append(f"回执：乡镇已收到本支部第 {acked} 号及以前的数据包，下次只报送此后的变化。")
                plan.notes += directives.after_township_reply(db, plan.inserts, plan.updates, incoming.sender["name"])
            record_inbox(db, peer, incoming.sender, incoming.sequence, incoming.opened.sha256, incoming.file_name,
                         plan.to_json())
    except (sqlite3.Error, OverflowError) as exc:
        raise PackageRefused(
            "数据包中的记录与本文件的数据不相容，已全部撤销，文件没有改动。请让对方导出完整数据包（sanhui export --full）后再导入。",
            repr(exc),
        ) from exc
    return plan


def _accepted_note(incoming: Incoming) -> str:
    if incoming.status == SenderStatus.FIRST_USE:
        return (f"已记住乡镇党委{incoming.sender_label}的密钥，指纹 {incoming.shown_fingerprint}。"
                "请与乡镇核对这个指纹；以后只接受这个密钥签名的数据包。")
    if incoming.status == SenderStatus.NEW_KEY:
        return f"{incoming.sender_label}的新密钥已启用，指纹 {incoming.shown_fingerprint}；旧密钥不再接受。"
    return f"已登记{incoming.sender_label}，密钥指纹 {incoming.shown_fingerprint}；以后只接受这个密钥签名的数据包。"
