"""Writing the next package for the other side (导出数据包).

A branch sends its township every row changed since the township's last
receipt (or everything, ``full``), tombstones and photos included, with the
personal numbers sealed to the township's key. A township sends each branch
its receipt, the records returned to it, the year plans, the monthly themes
and the notices meant for it.

The sequence number is reserved first; the package is built from one
consistent read; the file goes to ``<name>.part``, is flushed and synced,
renamed, read back and checked. Any failure removes what was written and
raises ``WriteFailed``: a stick pulled out early never leaves a file that
passes verification.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sanhui import __version__
from sanhui.core.exchange import personal
from sanhui.core.exchange.keys import FileKeys, ensure_keys, show_fingerprint
from sanhui.core.exchange.package import (
    BRANCH_REPORT,
    EXTENSION,
    FORMAT_VERSION,
    PERSONAL,
    RECEIPT,
    TOWNSHIP_REPLY,
    PackageRefused,
    build_package,
    canonical,
    open_package,
    sha256,
)
from sanhui.core.exchange.peers import (
    Peer,
    active_peer,
    finish_outbox,
    list_peers,
    marks,
    personal_acknowledged,
    reserve_sequence,
)
from sanhui.core.exchange.tables import BRANCH_TABLES, TOWNSHIP_TABLES, row_columns
from sanhui.core.model import Branch, Role
from sanhui.core.settings import SETTINGS
from sanhui.core.store.database import Database
from sanhui.core.store.db import exchange_version
from sanhui.core.store.org import file_info, home_org
from sanhui.core.store.rows import now_iso
from sanhui.errors import InvalidInput, WriteFailed


@dataclass
class ExportResult:
    path: Path
    recipient_code: str
    sequence: int
    counts: dict[str, int] = field(default_factory=dict)
    personal: str = "none"  # sealed | withheld | none
    full: bool = False

    def to_json(self) -> dict[str, Any]:
        return {"path": str(self.path), "recipient": self.recipient_code, "sequence": self.sequence,
                "counts": self.counts, "personal": self.personal, "full": self.full}


def export_packages(
    db: Database, out_dir: str | Path, full: bool = False, to: list[str] | None = None,
    photos: str = "full",
) -> list[ExportResult]:
    """Write the next package(s) into ``out_dir``: a branch's one report, or a township's reply per branch.

    ``to``: the branch codes a township writes for (default: every accepted
    branch). ``photos``: ``full`` (photos and thumbnails) or ``thumbs``.
    """
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise WriteFailed(f"找不到文件夹“{out_dir}”。请插好U盘，选择U盘上的文件夹后再导出。")
    keys = ensure_keys(db)
    org = home_org(db)
    if file_info(db).role == Role.BRANCH:
        return [_export_branch(db, keys, org, out_dir, full, photos)]
    codes = list(dict.fromkeys(to or [p.code for p in list_peers(db) if p.role == Role.BRANCH.value]))
    if not codes:
        raise InvalidInput("还没有任何支部报送过数据包，不知道要给哪些支部下发。请先导入支部的数据包，或用 --to 指定支部代码。")
    return [_export_township(db, keys, org, out_dir, code.strip()) for code in codes]


def _sender(keys: FileKeys, org: Branch, role: Role) -> dict[str, str]:
    return {"role": role.value, "code": org.code, "name": org.name, "org_id": org.id,
            "fingerprint": keys.fingerprint, "signing_key": keys.signing_public.hex(),
            "exchange_key": keys.exchange_public.hex()}


def _jsonl(rows: list[dict[str, Any]]) -> bytes:
    return b"".join(canonical(row) + b"\n" for row in rows)


def _rows(db: Database, table: str, where: str, params: list[Any], order: str = "seq") -> list[dict]:
    names = row_columns(db, table)
    select = ", ".join(names)
    if table == "members":
        select += ", id_number, phone"
    cursor = db.execute(f"SELECT {select} FROM {table} WHERE {where} ORDER BY {order}", params)
    names = [d[0] for d in cursor.description]
    rows = [dict(zip(names, values)) for values in cursor.fetchall()]
    if table == "settings":  # the app's password and this laptop's own settings never leave it
        rows = [r for r in rows if not (r["key"] in SETTINGS and SETTINGS[r["key"]].private)]
    return rows


def _export_branch(db, keys: FileKeys, org: Branch, out_dir: Path, full: bool, photos: str) -> ExportResult:
    township_code = (org.township_code or "").strip()
    if not township_code:
        raise InvalidInput("还没有填写本支部所属乡镇党委的代码，不知道数据包要交给谁。请在“设置”中填写乡镇名称和代码后再导出。")
    township = active_peer(db, township_code)
    mode = "sealed" if township is not None else "withheld"
    since = {} if full or township is None else marks(db, township.id)
    resend_members = township is not None and not personal_acknowledged(db, township)
    with db.atomic():  # one consistent read, and the sequence reserved with it
        outbox_id, sequence = reserve_sequence(db, township_code, BRANCH_REPORT, full, False)
        entries, counts, secrets = [], {}, {}
        photo_entries = []
        for table in BRANCH_TABLES:
            after = 0 if table == "members" and resend_members else since.get(table, 0)
            order = "parent_id IS NOT NULL, seq" if table == "orgs" else "seq"
            rows = [personal.split(table, row, secrets) for row in _rows(db, table, "seq > ?", [after], order)]
            if not rows:
                continue
            counts[table] = len(rows)
            entries.append((f"rows/{table}.jsonl", _jsonl(rows)))
            if table == "photos":
                photo_entries = _photo_entries(db, [r["id"] for r in rows if not r["deleted_at"]], photos)
        recipient = {"code": township_code, "name": org.township_name,
                     "fingerprint": township.fingerprint if township else None}
        manifest = _manifest(keys, org, Role.BRANCH, BRANCH_REPORT, sequence, recipient, full, since, counts, db)
        manifest["photos"] = photos if photo_entries else "none"
        if mode == "sealed" and secrets:
            context = personal.context(keys.fingerprint, sequence, township_code)
            sealed, header = personal.seal(secrets, township.exchange_key, context)
            manifest["personal"] = {"mode": "sealed", "recipient_fingerprint": township.fingerprint, **header}
            entries.append((PERSONAL, sealed))
            db.execute("UPDATE outbox SET personal = 1 WHERE id = ?", [outbox_id])
        else:
            manifest["personal"] = {"mode": "withheld" if secrets else "none"}
        data = build_package(manifest, entries + photo_entries, keys.signing)
    name = f"sanhui-{org.code}-to-{township_code}-{sequence:04d}{EXTENSION}"
    path = _write(db, outbox_id, data, out_dir, name, counts)
    return ExportResult(path, township_code, sequence, counts, manifest["personal"]["mode"], full)


def _photo_entries(db: Database, photo_ids: list[str], photos: str) -> list[tuple[str, bytes]]:
    entries = []
    for start in range(0, len(photo_ids), 200):
        chunk = photo_ids[start:start + 200]
        marks_sql = ", ".join("?" for _ in chunk)
        for row in db.execute(f"SELECT id, data, thumb FROM photos WHERE id IN ({marks_sql}) ORDER BY seq", chunk):
            if row[1] is not None and photos == "full":
                entries.append((f"photos/{row[0]}.jpg", bytes(row[1])))
            if row[2] is not None:
                entries.append((f"photos/{row[0]}.thumb.jpg", bytes(row[2])))
    return entries


def _manifest(keys, org, role, kind, sequence, recipient, full, since, counts, db) -> dict[str, Any]:
    return {
        "format": FORMAT_VERSION, "schema": exchange_version(db), "app_version": __version__, "kind": kind,
        "created_at": now_iso(), "sequence": sequence, "sender": _sender(keys, org, role), "recipient": recipient,
        "full": full, "since": since, "counts": counts, "photos": "none", "personal": {"mode": "none"},
    }


def _export_township(db, keys: FileKeys, org: Branch, out_dir: Path, code: str) -> ExportResult:
    peer: Peer | None = active_peer(db, code)
    if peer is not None and peer.role != Role.BRANCH.value:
        raise InvalidInput(f"代码“{code}”不是一个支部。请检查支部代码。")
    target_ids = [peer.org_id] if peer else []
    target_ids += [r["id"] for r in db.query(
        "SELECT id FROM orgs WHERE code = ? AND kind != 'township' AND deleted_at IS NULL", [code])]
    recipient_name = peer.name if peer else next(
        (r["name"] for r in db.query("SELECT name FROM orgs WHERE code = ? AND kind != 'township'", [code])), "")
    with db.atomic():
        outbox_id, sequence = reserve_sequence(db, code, TOWNSHIP_REPLY, True, False)
        receipt = {"sequence": peer.last_sequence if peer else 0, "tables": marks(db, peer.id) if peer else {}}
        entries, counts = [(RECEIPT, canonical(receipt))], {}
        id_marks = ", ".join("?" for _ in target_ids) or "NULL"
        filters = {
            "themes": ("branch_id = ?", [org.id]),
            "plans": ("branch_id = ?", [org.id]),
            "notices": ("branch_id = ? AND (target_code IS NULL OR target_code = ?)", [org.id, code]),
            "returns": (f"branch_id = ? AND target_branch_id IN ({id_marks})", [org.id, *target_ids]),
        }
        for table in TOWNSHIP_TABLES:
            where, params = filters[table]
            rows = _rows(db, table, where, params)
            if rows:
                counts[table] = len(rows)
                entries.append((f"rows/{table}.jsonl", _jsonl(rows)))
        recipient = {"code": code, "name": recipient_name, "fingerprint": peer.fingerprint if peer else None}
        manifest = _manifest(keys, org, Role.TOWNSHIP, TOWNSHIP_REPLY, sequence, recipient, True, {}, counts, db)
        data = build_package(manifest, entries, keys.signing)
    path = _write(db, outbox_id, data, out_dir, f"sanhui-{org.code}-to-{code}-{sequence:04d}{EXTENSION}", counts)
    return ExportResult(path, code, sequence, counts, "none", True)


def _write(db, outbox_id: str, data: bytes, out_dir: Path, name: str, counts: dict[str, int]) -> Path:
    try:
        path = write_package_file(data, out_dir, name)
    except WriteFailed:
        finish_outbox(db, outbox_id, "failed")
        raise
    finish_outbox(db, outbox_id, "written", counts, path.name, sha256(data))
    return path


def write_package_file(data: bytes, out_dir: Path, name: str) -> Path:
    """``data`` at ``out_dir/name`` via ``name.part``, synced, renamed, read back and checked."""
    target = out_dir / name
    if target.exists():
        stem = name[: -len(EXTENSION)]
        target = next(out_dir / f"{stem}-{n}{EXTENSION}" for n in range(2, 1000)
                      if not (out_dir / f"{stem}-{n}{EXTENSION}").exists())
    part = target.with_name(target.name + ".part")
    try:
        with open(part, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(part, target)
        _sync_folder(out_dir)
        written = target.read_bytes()
        if written != data:
            raise OSError("the file read back differs from what was written")
        open_package(written)
    except (OSError, PackageRefused) as exc:
        for leftover in (part, target):
            try:
                leftover.unlink(missing_ok=True)
            except OSError:
                pass
        raise WriteFailed(
            f"数据包没有写成功（{out_dir}），已删除写了一半的文件。请检查U盘是否插好、是否已满，然后重新导出。",
            json.dumps(repr(exc), ensure_ascii=False),
        ) from exc
    return target


def _sync_folder(folder: Path) -> None:
    """Make the rename durable where the system allows it (not on Windows)."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def fingerprint_line(db: Database) -> str:
    """``中共青山村支部委员会（330102001）密钥指纹：3F2A-91C0-7B44-0D1E``, for screens and slips."""
    keys = ensure_keys(db)
    org = home_org(db)
    return f"{org.name}（{org.code}）密钥指纹：{show_fingerprint(keys.fingerprint)}"
