"""The package format (数据包): one zip file, written the same way byte for byte every time.

Entries, in this order: ``manifest.json`` (canonical JSON: sorted keys, no
spaces, UTF-8), ``manifest.sig`` (64 bytes: Ed25519 over ``SIGN_CONTEXT`` +
the manifest bytes), then the entries the manifest lists with their size and
SHA-256: ``rows/<table>.jsonl`` (one JSON object per row), ``receipt.json``
(township → branch), ``personal.bin`` (sealed personal numbers) and
``photos/<id>.jpg`` / ``photos/<id>.thumb.jpg``.

Every entry is stored (not compressed), with fixed dates and attributes, so
the reader can rebuild the file from the entries and compare it with what
it read: one changed byte anywhere, in the data or in the zip structure, is
noticed. Before anything is decompressed the reader bounds the number of
entries, each declared size, the total and the compression ratio, and
refuses names that could leave a folder.
"""
from __future__ import annotations

import hashlib
import io
import json
import re
import struct
import zipfile
import zlib
from dataclasses import dataclass, field
from typing import Any

from sanhui.core.exchange.keys import fingerprint, verify_signature
from sanhui.core.exchange.tables import TABLE_NAMES
from sanhui.errors import SanhuiError

FORMAT_VERSION = 1
EXTENSION = ".sanhui"
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
PERSONAL = "personal.bin"
RECEIPT = "receipt.json"
SIGN_CONTEXT = b"sanhui-package-v1\n"

BRANCH_REPORT = "branch_report"  # 支部 → 乡镇
TOWNSHIP_REPLY = "township_reply"  # 乡镇 → 支部

_ENTRY_NAME = re.compile(
    r"^(manifest\.json|manifest\.sig|personal\.bin|receipt\.json|rows/[a-z_]{1,40}\.jsonl"
    r"|photos/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(\.thumb)?\.jpg)$"
)
_HEX64 = re.compile(r"^[0-9A-Fa-f]{64}$")

DAMAGED = "数据包已损坏或不完整（可能是U盘拔出得太早，或文件被改动过），程序没有导入它。请让对方重新导出一次。"
UPGRADE = "这个数据包是由更新版本的三会一课助手生成的，当前版本无法读取，程序没有导入它。请先升级三会一课助手。"


class PackageRefused(SanhuiError):
    """A package that is not imported; the message says why and what to do."""


@dataclass(frozen=True)
class Limits:
    """Bounds checked before anything is read (no archive bomb)."""

    max_package_bytes: int = 1536 * 1024 * 1024
    max_entries: int = 20_000
    max_entry_bytes: int = 256 * 1024 * 1024
    max_total_bytes: int = 1024 * 1024 * 1024
    max_ratio: float = 50.0
    max_manifest_bytes: int = 16 * 1024 * 1024


DEFAULT_LIMITS = Limits()


def canonical(value: Any) -> bytes:
    """The one byte form of a JSON value: sorted keys, no spaces, UTF-8."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False).encode()


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# ---------------------------------------------------------------- writing

_DOS_DATE = (0 << 9) | (1 << 5) | 1  # 1980-01-01
_UTF8_FLAG = 0x0800
_VERSION = 20


def write_zip(entries: list[tuple[str, bytes]]) -> bytes:
    """A zip of stored entries with fixed dates and attributes: the same entries, the same bytes."""
    out = io.BytesIO()
    central = io.BytesIO()
    for name, data in entries:
        encoded = name.encode("utf-8")
        crc = zlib.crc32(data) & 0xFFFFFFFF
        offset = out.tell()
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, _VERSION, _UTF8_FLAG, 0, 0, _DOS_DATE, crc,
                              len(data), len(data), len(encoded), 0))
        out.write(encoded)
        out.write(data)
        central.write(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, _VERSION, _VERSION, _UTF8_FLAG, 0, 0,
                                  _DOS_DATE, crc, len(data), len(data), len(encoded), 0, 0, 0, 0, 0, offset))
        central.write(encoded)
    directory = central.getvalue()
    start = out.tell()
    out.write(directory)
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(directory), start, 0))
    return out.getvalue()


def build_package(manifest: dict[str, Any], entries: list[tuple[str, bytes]], signing_key) -> bytes:
    """The package file: ``manifest`` gets the entry list, is signed, and leads the zip."""
    manifest = dict(manifest, entries=[{"name": n, "size": len(d), "sha256": sha256(d)} for n, d in entries])
    manifest_bytes = canonical(manifest)
    signature = signing_key.sign(SIGN_CONTEXT + manifest_bytes)
    return write_zip([(MANIFEST, manifest_bytes), (SIGNATURE, signature), *entries])


# ---------------------------------------------------------------- reading


@dataclass
class OpenedPackage:
    """A package whose structure, signature and entry hashes are checked (nothing about the sender yet)."""

    manifest: dict[str, Any]
    entries: dict[str, bytes] = field(default_factory=dict)
    sha256: str = ""

    @property
    def sender(self) -> dict[str, Any]:
        return self.manifest["sender"]


def _check_name(name: str) -> None:
    if (
        ".." in name.split("/") or name.startswith(("/", "\\")) or "\\" in name or ":" in name
        or "\x00" in name or name != name.strip()
    ):
        raise PackageRefused(
            "数据包中有不安全的文件名（试图写到文件夹之外），可能是恶意构造的文件，程序没有导入它。请向对方核实。",
            f"unsafe entry name {name!r}",
        )
    if not _ENTRY_NAME.match(name):
        raise PackageRefused(
            "数据包中有本程序不认识的内容，程序没有导入它。如果对方用的是更新版本，请先升级三会一课助手；否则请让对方重新导出。",
            f"unknown entry {name!r}",
        )


def _check_bounds(infos: list[zipfile.ZipInfo], limits: Limits) -> None:
    too_big = PackageRefused(
        "数据包解压后过大，超出了允许的范围（可能是恶意构造的文件），程序没有导入它。请向对方核实后重新导出。"
    )
    if len(infos) > limits.max_entries:
        too_big.detail = f"{len(infos)} entries"
        raise too_big
    total = 0
    for info in infos:
        if info.file_size > limits.max_entry_bytes:
            too_big.detail = f"{info.filename}: {info.file_size} bytes"
            raise too_big
        if info.file_size > max(info.compress_size, 1) * limits.max_ratio and info.file_size > 1024:
            too_big.detail = f"{info.filename}: ratio {info.file_size}/{info.compress_size}"
            raise too_big
        total += info.file_size
    if total > limits.max_total_bytes:
        too_big.detail = f"total {total} bytes"
        raise too_big


def read_zip(data: bytes, limits: Limits = DEFAULT_LIMITS) -> dict[str, bytes]:
    """The entries of a package file, in order, after the structural checks and the byte-exact rebuild."""
    if len(data) > limits.max_package_bytes:
        raise PackageRefused("数据包文件太大，超出了允许的范围，程序没有导入它。请确认选择的是三会一课助手的数据包。")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except Exception as exc:  # noqa: BLE001 - hostile bytes: whatever zipfile trips over is damage
        raise PackageRefused(DAMAGED, repr(exc)) from None
    names = [info.filename for info in infos]
    for name in names:
        _check_name(name)
    if len(set(names)) != len(names):
        raise PackageRefused(DAMAGED, "duplicate entry names")
    _check_bounds(infos, limits)
    if names[:2] != [MANIFEST, SIGNATURE] or any(i.compress_type != zipfile.ZIP_STORED for i in infos):
        raise PackageRefused(DAMAGED, f"unexpected layout: {names[:2]}")
    if infos[0].file_size > limits.max_manifest_bytes:
        raise PackageRefused(DAMAGED, "manifest too large")
    entries: dict[str, bytes] = {}
    try:
        for info in infos:
            entries[info.filename] = archive.read(info)
    except Exception as exc:  # noqa: BLE001 - as above (bad CRC, unsupported version or method...)
        raise PackageRefused(DAMAGED, repr(exc)) from None
    if write_zip(list(entries.items())) != data:
        raise PackageRefused(DAMAGED, "the file differs from the rebuilt zip")
    return entries


def _require(condition: bool, what: str) -> None:
    if not condition:
        raise PackageRefused(DAMAGED, f"manifest: {what}")


def _is_int(value: Any, minimum: int = 0) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= minimum


def _check_manifest(manifest: dict[str, Any]) -> None:
    """The fields and types of a format-1 manifest."""
    for key in ("schema", "sequence"):
        _require(_is_int(manifest.get(key), 1), key)
    _require(manifest.get("kind") in (BRANCH_REPORT, TOWNSHIP_REPLY), "kind")
    _require(isinstance(manifest.get("created_at"), str), "created_at")
    sender, recipient = manifest.get("sender"), manifest.get("recipient")
    _require(isinstance(sender, dict) and isinstance(recipient, dict), "sender/recipient")
    for key in ("role", "code", "name", "org_id"):
        _require(isinstance(sender.get(key), str) and 0 < len(sender[key]) <= 100, f"sender.{key}")
    expected_role = "branch" if manifest["kind"] == BRANCH_REPORT else "township"
    _require(sender["role"] == expected_role, "sender.role")
    _require(isinstance(sender.get("exchange_key"), str) and bool(_HEX64.match(sender["exchange_key"])), "key")
    _require(isinstance(recipient.get("code"), str) and isinstance(recipient.get("name", ""), str), "recipient")
    _require(isinstance(manifest.get("full"), bool), "full")
    for key in ("since", "counts"):
        value = manifest.get(key)
        _require(isinstance(value, dict) and all(k in TABLE_NAMES and _is_int(v) for k, v in value.items()), key)
    _require(manifest.get("photos") in ("full", "thumbs", "none"), "photos")
    personal = manifest.get("personal")
    _require(isinstance(personal, dict) and personal.get("mode") in ("sealed", "withheld", "none"), "personal")
    if personal["mode"] == "sealed":
        for key in ("recipient_fingerprint", "ephemeral_key", "nonce"):
            _require(isinstance(personal.get(key), str), f"personal.{key}")
    listed = manifest.get("entries")
    _require(isinstance(listed, list), "entries")
    for item in listed:
        _require(isinstance(item, dict) and isinstance(item.get("name"), str) and _is_int(item.get("size"))
                 and isinstance(item.get("sha256"), str), "entry")


def open_package(data: bytes, limits: Limits = DEFAULT_LIMITS) -> OpenedPackage:
    """Check a package file on its own: structure, signature by the key it names, versions, entry hashes.

    Raises ``PackageRefused``; says nothing yet about whether the sender is
    known (``verify.verify_package`` does that against the open file).
    """
    entries = read_zip(data, limits)
    manifest_bytes, signature = entries.pop(MANIFEST), entries.pop(SIGNATURE)
    try:
        manifest = json.loads(manifest_bytes.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise PackageRefused(DAMAGED, repr(exc)) from None
    _require(isinstance(manifest, dict) and canonical(manifest) == manifest_bytes, "not canonical")
    sender = manifest.get("sender")
    key_hex = sender.get("signing_key") if isinstance(sender, dict) else None
    _require(isinstance(key_hex, str) and bool(_HEX64.match(key_hex)), "signing key")
    signing_key = bytes.fromhex(key_hex)
    if len(signature) != 64 or not verify_signature(signing_key, signature, SIGN_CONTEXT + manifest_bytes):
        raise PackageRefused(DAMAGED, "bad signature")
    _require(sender.get("fingerprint") == fingerprint(signing_key), "fingerprint")
    version = manifest.get("format")
    _require(_is_int(version, 1), "format")
    if version > FORMAT_VERSION:
        raise PackageRefused(UPGRADE, f"format {version}")
    _check_manifest(manifest)
    listed = manifest["entries"]
    if [e["name"] for e in listed] != list(entries):
        raise PackageRefused(
            "数据包中的文件与清单不符（有文件被添加或删除），程序没有导入它。请让对方重新导出一次。",
            f"listed {[e['name'] for e in listed]} vs found {list(entries)}",
        )
    for item in listed:
        data_bytes = entries[item["name"]]
        if len(data_bytes) != item["size"] or sha256(data_bytes) != item["sha256"]:
            raise PackageRefused(DAMAGED, f"hash mismatch in {item['name']}")
    return OpenedPackage(manifest, entries, sha256(data))


def peek_manifest(path) -> dict[str, Any] | None:
    """The manifest of a package file without any check, to sort a batch (None if it cannot be read)."""
    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo(MANIFEST)
            if info.file_size > DEFAULT_LIMITS.max_manifest_bytes:
                return None
            value = json.loads(archive.read(info).decode("utf-8"))
            return value if isinstance(value, dict) else None
    except Exception:  # noqa: BLE001 - a broken file is sorted last and refused by the real check
        return None
