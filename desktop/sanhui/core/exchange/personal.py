"""Personal numbers (身份证号, 手机号码) sealed to the township's key, so a lost stick shows none.

The rows of ``members`` travel without ``id_number`` and ``phone``; the audit
log entries of members lose those keys from their old and new values. The
originals go into ``personal.bin``: canonical JSON sealed with an ephemeral
X25519 key agreed with the township's X25519 key, HKDF-SHA256, AES-256-GCM,
the package's sender fingerprint, sequence and recipient as associated
data. Before the branch knows its township's key the numbers are withheld
(not sent); the township then keeps what it had.
"""
from __future__ import annotations

import json
import os
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from sanhui.core.exchange.package import DAMAGED, PackageRefused, canonical
from sanhui.core.exchange.tables import PERSONAL_COLUMNS

INFO = b"sanhui personal data v1"
MEMBER_KEYS = PERSONAL_COLUMNS["members"]


def _key(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral + recipient, info=INFO).derive(shared)


def seal(payload: dict[str, Any], recipient_exchange_key: bytes, context: bytes) -> tuple[bytes, dict[str, str]]:
    """(ciphertext, the manifest fields needed to open it with the recipient's private key)."""
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient_exchange_key))
    nonce = os.urandom(12)
    key = _key(shared, ephemeral_public, recipient_exchange_key)
    sealed = AESGCM(key).encrypt(nonce, canonical(payload), context)
    return sealed, {"ephemeral_key": ephemeral_public.hex(), "nonce": nonce.hex()}


def unseal(sealed: bytes, header: dict[str, Any], private_key: X25519PrivateKey, context: bytes) -> dict[str, Any]:
    """The payload; a wrong key or a changed byte is refused as damage."""
    try:
        ephemeral_public = bytes.fromhex(header["ephemeral_key"])
        nonce = bytes.fromhex(header["nonce"])
        own_public = private_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        shared = private_key.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
        plain = AESGCM(_key(shared, ephemeral_public, own_public)).decrypt(nonce, sealed, context)
        payload = json.loads(plain.decode("utf-8"))
    except (InvalidTag, ValueError, KeyError, UnicodeDecodeError, RecursionError) as exc:
        raise PackageRefused(DAMAGED, f"personal data: {exc!r}") from None
    if not isinstance(payload, dict):
        raise PackageRefused(DAMAGED, "personal data is not an object")
    return payload


def context(sender_fingerprint: str, sequence: int, recipient_code: str) -> bytes:
    """The associated data binding the sealed entry to its package."""
    return f"{sender_fingerprint}|{sequence}|{recipient_code}".encode()


def _strip(encoded: str | None) -> tuple[str | None, bool]:
    """An audit value without personal keys, and whether it had any."""
    if not encoded:
        return encoded, False
    try:
        values = json.loads(encoded)
    except (ValueError, RecursionError):
        return encoded, False
    if not isinstance(values, dict) or not any(k in values for k in MEMBER_KEYS):
        return encoded, False
    kept = {k: v for k, v in values.items() if k not in MEMBER_KEYS}
    return json.dumps(kept, ensure_ascii=False), True


def split(table: str, row: dict[str, Any], secrets: dict[str, dict]) -> dict[str, Any]:
    """``row`` as it travels in the clear; its personal values are added to ``secrets``."""
    if table == "members":
        secrets.setdefault("members", {})[row["id"]] = {k: row.pop(k, "") for k in MEMBER_KEYS}
    elif table == "audit_log" and row.get("table_name") == "members":
        old, had_old = _strip(row.get("old_values"))
        new, had_new = _strip(row.get("new_values"))
        if had_old or had_new:
            secrets.setdefault("audit", {})[row["id"]] = {
                "old_values": row.get("old_values"), "new_values": row.get("new_values"),
            }
            row["old_values"], row["new_values"] = old, new
    return row


def merge(rows: dict[str, list[dict[str, Any]]], payload: dict[str, Any]) -> None:
    """Put the opened personal values back into the rows they were taken from."""
    members = payload.get("members") or {}
    audit = payload.get("audit") or {}
    if not isinstance(members, dict) or not isinstance(audit, dict):
        raise PackageRefused(DAMAGED, "personal data layout")
    for row in rows.get("members", []):
        values = members.get(row["id"])
        if isinstance(values, dict):
            for key in MEMBER_KEYS:
                if isinstance(values.get(key), str):
                    row[key] = values[key]
    for row in rows.get("audit_log", []):
        values = audit.get(row["id"])
        if isinstance(values, dict):
            for key in ("old_values", "new_values"):
                if values.get(key) is None or isinstance(values.get(key), str):
                    row[key] = values.get(key)
