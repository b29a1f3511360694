"""Everything checked before anything changes (导入前的检查).

``open_package`` checks the file on its own (structure, bounds, signature,
versions, hashes); ``verify_package`` adds what depends on this file: the
package is meant for us and for our role, its schema is one we understand,
the sender is the one we accepted (or a first contact the caller must
accept after comparing fingerprints), its sequence is newer than the last
one, the personal numbers open with our key and every row is well formed.
Nothing is written; every refusal is a ``PackageRefused`` with a Chinese
sentence saying what to do.
"""
from __future__ import annotations

import enum
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sanhui.core.exchange import personal
from sanhui.core.exchange.keys import ensure_keys, show_fingerprint
from sanhui.core.exchange.package import (
    BRANCH_REPORT,
    DAMAGED,
    DEFAULT_LIMITS,
    PERSONAL,
    RECEIPT,
    UPGRADE,
    Limits,
    OpenedPackage,
    PackageRefused,
    open_package,
)
from sanhui.core.exchange.peers import Peer, active_peer, already_imported, peer_with_key
from sanhui.core.exchange.tables import (
    APPEND_ONLY,
    BLOB_COLUMNS,
    BRANCH_TABLES,
    PERSONAL_COLUMNS,
    TOWNSHIP_TABLES,
    columns,
)
from sanhui.core.model import Role
from sanhui.core.store.database import Database
from sanhui.core.store.db import exchange_version
from sanhui.core.store.org import file_info, home_org


class SenderStatus(str, enum.Enum):
    KNOWN = "known"  # accepted before, same key
    UNKNOWN = "unknown_sender"  # first contact with a branch: accept only after comparing fingerprints
    FIRST_USE = "first_use"  # a branch learns its township's key (trust on first use)
    NEW_KEY = "new_key"  # re-enrolment the township confirmed with accept_new_key


class UnknownSender(PackageRefused):
    """A first package from a branch not yet accepted: compare fingerprints, then accept explicitly."""


@dataclass
class Incoming:
    """A verified package, ready to be planned and applied."""

    opened: OpenedPackage
    file_name: str
    status: SenderStatus
    peer: Peer | None
    duplicate: bool = False
    gap: tuple[int, int] | None = None  # missing sequence numbers, first and last
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    photos: dict[str, dict[str, bytes]] = field(default_factory=dict)
    receipt: dict[str, Any] | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def manifest(self) -> dict[str, Any]:
        return self.opened.manifest

    @property
    def sender(self) -> dict[str, Any]:
        return self.opened.manifest["sender"]

    @property
    def sequence(self) -> int:
        return self.opened.manifest["sequence"]

    @property
    def shown_fingerprint(self) -> str:
        return show_fingerprint(self.sender["fingerprint"])

    @property
    def sender_label(self) -> str:
        return f"“{self.sender['name']}”（代码 {self.sender['code']}）"

    def unknown_sender(self) -> UnknownSender:
        """The refusal of a first contact that was not accepted (yet)."""
        return UnknownSender(
            f"{self.sender_label}是第一次报送，密钥指纹是 {self.shown_fingerprint}。请与该支部电脑上"
            "显示的指纹核对一致后，再确认导入（命令行加 --accept-new）。"
        )


def verify_package(
    db: Database, data: bytes, file_name: str = "", limits: Limits = DEFAULT_LIMITS
) -> Incoming:
    """Check ``data`` (a package file's bytes) completely against this file; nothing is written."""
    opened = open_package(data, limits)
    manifest, sender = opened.manifest, opened.sender
    info, org = file_info(db), home_org(db)
    _check_direction(info.role, manifest)
    if manifest["recipient"]["code"] != org.code:
        raise PackageRefused(
            f"这个数据包是发给“{manifest['recipient']['name'] or manifest['recipient']['code']}”"
            f"（代码 {manifest['recipient']['code']}）的，不是发给本单位（{org.code}）的，程序没有导入它。请确认选择的文件。"
        )
    if manifest["schema"] > exchange_version(db):
        raise PackageRefused(UPGRADE, f"schema {manifest['schema']} > {exchange_version(db)}")
    keys = ensure_keys(db)
    if sender["fingerprint"] == keys.fingerprint:
        raise PackageRefused("这是本数据文件自己导出的数据包，不需要导入。请选择对方发来的数据包。")
    status, peer = _sender_status(db, sender, info.role, org)
    incoming = Incoming(opened, file_name, status, peer)
    incoming.duplicate = already_imported(db, opened.sha256)
    if not incoming.duplicate:
        _check_sequence(incoming)
    payload = _personal(incoming, keys)
    _parse_rows(db, incoming)
    if payload is not None:
        personal.merge(incoming.rows, payload)
    return incoming


def _check_direction(role: Role, manifest: dict[str, Any]) -> None:
    if role == Role.TOWNSHIP and manifest["kind"] != BRANCH_REPORT:
        raise PackageRefused("这是乡镇下发给支部的数据包，应当在支部的电脑上导入，程序没有导入它。请确认选择的文件。")
    if role == Role.BRANCH and manifest["kind"] == BRANCH_REPORT:
        raise PackageRefused("这是支部报送给乡镇的数据包，应当在乡镇的电脑上导入，程序没有导入它。请确认选择的文件。")


def _sender_status(db, sender: dict[str, Any], role: Role, org) -> tuple[SenderStatus, Peer | None]:
    signing_key = bytes.fromhex(sender["signing_key"])
    owner = peer_with_key(db, signing_key)
    if owner is not None and owner.code != sender["code"]:
        raise PackageRefused(
            f"这个数据包用“{owner.name}”（代码 {owner.code}）的密钥签名，却自称来自“{sender['name']}”"
            f"（代码 {sender['code']}），程序没有导入它。请向两个单位核实。"
        )
    peer = active_peer(db, sender["code"])
    if peer is not None:
        if peer.role != sender["role"]:
            raise PackageRefused(DAMAGED, "peer role mismatch")
        if peer.signing_key == signing_key:
            if peer.org_id != sender["org_id"]:
                raise PackageRefused(DAMAGED, "org id changed under the same key")
            return SenderStatus.KNOWN, peer
        if peer.expected_fingerprint and sender["fingerprint"].startswith(peer.expected_fingerprint):
            return SenderStatus.NEW_KEY, peer
        raise PackageRefused(
            f"这个数据包自称来自{_label(sender)}，但签名的密钥（指纹 {show_fingerprint(sender['fingerprint'])}）"
            f"与已登记的密钥（指纹 {peer.shown}）不一致，程序没有导入它。如果对方确实换了电脑或重装了程序，"
            f"请当面或电话核对新指纹后，在“数据交换”页点“对方换了电脑…”登记新指纹"
            f"（命令行：sanhui keys accept {sender['code']} 新指纹），再导入一次。"
        )
    clash = db.execute("SELECT code FROM orgs WHERE id = ?", [sender["org_id"]]).fetchone()
    if clash is not None and clash[0] != sender["code"]:
        raise PackageRefused(DAMAGED, "org id belongs to another code")
    if role == Role.TOWNSHIP:
        return SenderStatus.UNKNOWN, None
    if sender["code"] != (org.township_code or "").strip():
        raise PackageRefused(
            f"这个数据包来自{_label(sender)}，不是本支部所属的乡镇党委（代码 {org.township_code or '未填写'}），"
            "程序没有导入它。请确认选择的文件，或在“设置”中检查乡镇代码。"
        )
    return SenderStatus.FIRST_USE, None


def _label(sender: dict[str, Any]) -> str:
    return f"“{sender['name']}”（代码 {sender['code']}）"


def _check_sequence(incoming: Incoming) -> None:
    last = incoming.peer.last_sequence if incoming.status == SenderStatus.KNOWN else 0
    sequence = incoming.sequence
    if sequence <= last:
        raise PackageRefused(
            f"来自{incoming.sender_label}的这个数据包是第 {sequence} 号，比已经导入的第 {last} 号旧，"
            "导入它只会覆盖较新的记录，程序没有导入它。请导入对方最新导出的数据包。"
        )
    if sequence > last + 1:
        incoming.gap = (last + 1, sequence - 1)
        missing = f"第 {last + 1} 号" if sequence == last + 2 else f"第 {last + 1}～{sequence - 1} 号"
        incoming.notes.append(
            f"缺少{missing}数据包（可能没有带来或已丢失）。这个数据包包含上次回执以来的全部变化，不会缺记录。"
        )


def _personal(incoming: Incoming, keys) -> dict[str, Any] | None:
    header = incoming.manifest["personal"]
    has_entry = PERSONAL in incoming.opened.entries
    if header["mode"] != "sealed":
        if has_entry:
            raise PackageRefused(DAMAGED, "personal entry without a sealed header")
        if header["mode"] == "withheld":
            incoming.notes.append("对方还没有乡镇的密钥，这个数据包没有带身份证号和手机号码；下次报送时会补上。")
        return None
    if incoming.manifest["kind"] != BRANCH_REPORT or not has_entry:
        raise PackageRefused(DAMAGED, "sealed personal data in the wrong package")
    if header["recipient_fingerprint"] != keys.fingerprint:
        raise PackageRefused(
            "数据包中的身份证号和手机号码是加密给另一个密钥的（对方登记的乡镇密钥不是本文件的），程序没有导入它。"
            "请让支部先导入本乡镇下发的数据包，核对乡镇指纹后重新导出。"
        )
    context = personal.context(incoming.sender["fingerprint"], incoming.sequence,
                               incoming.manifest["recipient"]["code"])
    return personal.unseal(incoming.opened.entries[PERSONAL], header, keys.exchange, context)


def _bad_rows(detail: str) -> PackageRefused:
    return PackageRefused("数据包中的记录格式不对，可能已损坏或不是本程序生成的，程序没有导入它。请让对方重新导出一次。", detail)


def _is_int(value: Any, minimum: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= minimum


def _parse_rows(db: Database, incoming: Incoming) -> None:
    allowed = BRANCH_TABLES if incoming.manifest["kind"] == BRANCH_REPORT else TOWNSHIP_TABLES
    counts = incoming.manifest["counts"]
    for name, data in incoming.opened.entries.items():
        if not name.startswith("rows/"):
            continue
        table = name[len("rows/"):-len(".jsonl")]
        if table not in allowed:
            raise _bad_rows(f"table {table} not allowed in {incoming.manifest['kind']}")
        known = set(columns(db, table)) - set(BLOB_COLUMNS.get(table, ())) - set(PERSONAL_COLUMNS.get(table, ()))
        try:
            lines = data.decode("utf-8").split("\n")
        except UnicodeDecodeError:
            raise _bad_rows(f"{name}: not UTF-8") from None
        if lines[-1] != "":
            raise _bad_rows(f"{name}: no final newline")
        rows, seen = [], set()
        for number, line in enumerate(lines[:-1], start=1):
            try:
                row = json.loads(line)
            except (ValueError, RecursionError):  # RecursionError: JSON nested thousands deep
                raise _bad_rows(f"{name}:{number}: not JSON") from None
            _check_row(table, row, known, f"{name}:{number}")
            if row["id"] in seen:
                raise _bad_rows(f"{name}:{number}: duplicate id")
            seen.add(row["id"])
            rows.append(row)
        if counts.get(table) != len(rows):
            raise _bad_rows(f"{name}: {len(rows)} rows, manifest says {counts.get(table)}")
        incoming.rows[table] = rows
    if set(counts) != set(incoming.rows):
        raise _bad_rows("counts name tables without entries")
    _attach_photos(incoming)
    _read_receipt(incoming)


def _check_row(table: str, row: Any, known: set[str], where: str) -> None:
    if not isinstance(row, dict):
        raise _bad_rows(f"{where}: not an object")
    unknown = set(row) - known
    if unknown:
        raise PackageRefused(UPGRADE, f"{where}: unknown columns {sorted(unknown)}")
    if not (isinstance(row.get("id"), str) and 0 < len(row["id"]) <= 64 and isinstance(row.get("branch_id"), str)):
        raise _bad_rows(f"{where}: id/branch_id")
    if not _is_int(row.get("seq"), 0) or (table not in APPEND_ONLY and not _is_int(row.get("version"), 1)):
        raise _bad_rows(f"{where}: seq/version")
    for key, value in row.items():
        if not (value is None or isinstance(value, (str, int, float))):
            raise _bad_rows(f"{where}: {key} is not a plain value")
        if isinstance(value, int) and not -(2**63) <= value < 2**63:  # SQLite's integers are 64-bit
            raise _bad_rows(f"{where}: {key} is out of range")


def _attach_photos(incoming: Incoming) -> None:
    photo_rows = {row["id"] for row in incoming.rows.get("photos", [])}
    for name, data in incoming.opened.entries.items():
        if not name.startswith("photos/"):
            continue
        stem = name[len("photos/"):]
        photo_id, kind = (stem[:-len(".thumb.jpg")], "thumb") if stem.endswith(".thumb.jpg") else (stem[:-4], "data")
        if photo_id not in photo_rows:
            raise _bad_rows(f"{name}: no photo row")
        incoming.photos.setdefault(photo_id, {})[kind] = data


def _read_receipt(incoming: Incoming) -> None:
    data = incoming.opened.entries.get(RECEIPT)
    if incoming.manifest["kind"] == BRANCH_REPORT:
        if data is not None:
            raise _bad_rows("a receipt in a branch report")
        return
    try:
        receipt = json.loads(data.decode("utf-8")) if data is not None else None
    except (UnicodeDecodeError, ValueError, RecursionError):
        receipt = None
    tables = receipt.get("tables") if isinstance(receipt, dict) else None
    if (not isinstance(receipt, dict) or not _is_int(receipt.get("sequence"), 0) or not isinstance(tables, dict)
            or not all(k in BRANCH_TABLES and _is_int(v, 0) for k, v in tables.items())):
        raise _bad_rows("receipt")
    incoming.receipt = receipt


def read_file(path: str | Path) -> bytes:
    """The bytes of a package file, or a refusal saying it cannot be read."""
    path = Path(path)
    try:
        return path.read_bytes()
    except IsADirectoryError:
        raise PackageRefused(f"“{path.name}”是一个文件夹，不是数据包。") from None
    except OSError as exc:
        raise PackageRefused(f"无法读取文件“{path.name}”。请检查U盘是否插好，然后再试一次。", repr(exc)) from None
