"""The other side (对方): accepted keys, sequences, receipts, and the packages sent and received.

On a township file the peers are its branches; on a branch file, its
township. A peer is accepted once, after people compared its fingerprint;
a new key for a known code only through ``accept_new_key`` (re-enrolment,
e.g. a new laptop), which keeps the old row with ``replaced_by``.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sanhui.core.exchange.keys import fingerprint_matches, normalize_fingerprint, show_fingerprint
from sanhui.core.store.database import Database
from sanhui.core.store.rows import new_id, now_iso
from sanhui.errors import InvalidInput, NotFound


@dataclass
class Peer:
    id: str
    code: str
    name: str
    role: str
    org_id: str
    signing_key: bytes
    exchange_key: bytes
    fingerprint: str
    accepted_at: str
    replaced_by: str | None = None
    expected_fingerprint: str | None = None
    last_sequence: int = 0  # the last package received from this peer
    acked_sequence: int = 0  # the last of our packages this peer says it received
    last_received_at: str | None = None

    @property
    def shown(self) -> str:
        return show_fingerprint(self.fingerprint)

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code, "name": self.name, "role": self.role, "fingerprint": self.shown,
            "accepted_at": self.accepted_at, "last_sequence": self.last_sequence,
            "last_received_at": self.last_received_at, "pending_new_key": self.expected_fingerprint,
        }


def _peer(row: dict[str, Any]) -> Peer:
    return Peer(**{**row, "signing_key": bytes(row["signing_key"]), "exchange_key": bytes(row["exchange_key"])})


def active_peer(db: Database, code: str) -> Peer | None:
    rows = list(db.query("SELECT * FROM peers WHERE code = ? AND replaced_by IS NULL", [code]))
    return _peer(rows[0]) if rows else None


def peer_with_key(db: Database, signing_key: bytes) -> Peer | None:
    rows = list(db.query("SELECT * FROM peers WHERE signing_key = ? AND replaced_by IS NULL", [signing_key]))
    return _peer(rows[0]) if rows else None


def list_peers(db: Database) -> list[Peer]:
    """The accepted peers (current keys only), by code."""
    return [_peer(r) for r in db.query("SELECT * FROM peers WHERE replaced_by IS NULL ORDER BY code")]


def add_peer(db: Database, sender: dict[str, Any], replacing: Peer | None = None) -> Peer:
    """Accept the sender of a verified package (inside the caller's transaction)."""
    peer_id = new_id()
    if replacing is not None:
        db.execute("UPDATE peers SET replaced_by = ?, expected_fingerprint = NULL WHERE id = ?",
                   [peer_id, replacing.id])
    db.execute(
        "INSERT INTO peers (id, code, name, role, org_id, signing_key, exchange_key, fingerprint, accepted_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [peer_id, sender["code"], sender["name"], sender["role"], sender["org_id"],
         bytes.fromhex(sender["signing_key"]), bytes.fromhex(sender["exchange_key"]), sender["fingerprint"],
         now_iso()],
    )
    return active_peer(db, sender["code"])


def accept_new_key(db: Database, code: str, fingerprint: str) -> Peer:
    """Allow the peer ``code`` to change its key to the one with ``fingerprint`` (read from its slip).

    The next package from ``code`` signed by that key is accepted and
    replaces the old key; any other key is still refused.
    """
    code = (code or "").strip()
    typed = normalize_fingerprint(fingerprint)
    if len(typed) < 16 or any(c not in "0123456789ABCDEF" for c in typed):
        raise InvalidInput("请输入对方新密钥的指纹，至少 16 位，例如 3F2A-91C0-7B44-0D1E。")
    peer = active_peer(db, code)
    if peer is None:
        raise NotFound(f"还没有登记代码为“{code}”的单位，不需要更换密钥：直接导入它的数据包并核对指纹即可。")
    if fingerprint_matches(peer.fingerprint, typed):
        raise InvalidInput(f"指纹 {show_fingerprint(typed)} 就是“{peer.name}”现在登记的密钥，不需要更换。")
    with db.atomic():
        db.execute("UPDATE peers SET expected_fingerprint = ? WHERE id = ?", [typed, peer.id])
    peer.expected_fingerprint = typed
    return peer


def marks(db: Database, peer_id: str) -> dict[str, int]:
    """Per table, the highest ``seq`` received from (township) or acknowledged by (branch) the peer."""
    return {r["table_name"]: r["max_seq"] for r in db.query(
        "SELECT table_name, max_seq FROM receipts WHERE peer_id = ?", [peer_id])}


def raise_marks(db: Database, peer_id: str, received: dict[str, int]) -> None:
    """The township: what it has now received (marks only go up)."""
    stamp = now_iso()
    for table, value in received.items():
        db.execute(
            "INSERT INTO receipts (peer_id, table_name, max_seq, updated_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (peer_id, table_name) DO UPDATE SET max_seq = max(max_seq, excluded.max_seq), "
            "updated_at = excluded.updated_at",
            [peer_id, table, value, stamp],
        )


def replace_marks(db: Database, peer_id: str, acknowledged: dict[str, int]) -> None:
    """The branch: exactly what the township says it holds (after a restore it may hold less)."""
    db.execute("DELETE FROM receipts WHERE peer_id = ?", [peer_id])
    stamp = now_iso()
    for table, value in acknowledged.items():
        db.execute("INSERT INTO receipts (peer_id, table_name, max_seq, updated_at) VALUES (?, ?, ?, ?)",
                   [peer_id, table, value, stamp])


def reserve_sequence(
    db: Database, recipient_code: str, kind: str, full: bool, personal: bool
) -> tuple[str, int]:
    """(outbox id, sequence) of the next package to ``recipient_code`` (inside the caller's transaction).

    Reserved before the file is written, so a number is never used twice,
    even when writing fails (the recipient then sees a harmless gap).
    """
    row = db.execute("SELECT coalesce(max(sequence), 0) FROM outbox WHERE recipient_code = ?",
                     [recipient_code]).fetchone()
    sequence = row[0] + 1
    outbox_id = new_id()
    db.execute(
        "INSERT INTO outbox (id, recipient_code, sequence, kind, created_at, full, personal) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [outbox_id, recipient_code, sequence, kind, now_iso(), int(full), int(personal)],
    )
    return outbox_id, sequence


def finish_outbox(db: Database, outbox_id: str, status: str, counts: dict[str, int] | None = None,
                  file_name: str = "", sha256: str = "") -> None:
    with db.atomic():
        db.execute("UPDATE outbox SET status = ?, counts = ?, file_name = ?, sha256 = ? WHERE id = ?",
                   [status, json.dumps(counts or {}, ensure_ascii=False), file_name, sha256, outbox_id])


def personal_acknowledged(db: Database, peer: Peer) -> bool:
    """Whether the township has received one of our packages that carried the personal numbers."""
    row = db.execute(
        "SELECT 1 FROM outbox WHERE recipient_code = ? AND personal = 1 AND status = 'written' "
        "AND sequence <= ? LIMIT 1",
        [peer.code, peer.acked_sequence],
    ).fetchone()
    return row is not None


def record_inbox(db: Database, peer: Peer, sender: dict[str, Any], sequence: int, sha256: str,
                 file_name: str, summary: dict[str, Any]) -> None:
    """The package as received, and the peer's sequence (inside the caller's transaction)."""
    stamp = now_iso()
    db.execute(
        "INSERT INTO inbox (id, peer_id, sender_code, fingerprint, sequence, sha256, file_name, received_at, "
        "summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [new_id(), peer.id, sender["code"], sender["fingerprint"], sequence, sha256, file_name, stamp,
         json.dumps(summary, ensure_ascii=False)],
    )
    db.execute("UPDATE peers SET last_sequence = max(last_sequence, ?), last_received_at = ?, name = ? "
               "WHERE id = ?", [sequence, stamp, sender["name"], peer.id])


def already_imported(db: Database, sha256: str) -> bool:
    return db.execute("SELECT 1 FROM inbox WHERE sha256 = ?", [sha256]).fetchone() is not None
