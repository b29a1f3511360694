"""This file's key pairs (密钥) and fingerprints (指纹).

Every data file has an Ed25519 key that signs its packages and an X25519
key to which the branches seal personal numbers. They are made when the file
is created (``store.org.create_file``) or, for older files, on first use.
The fingerprint is the SHA-256 of the Ed25519 public key; people compare its
first 16 hexadecimal characters, shown as ``3F2A-91C0-7B44-0D1E``.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

from sanhui.core.store.database import Database
from sanhui.core.store.rows import new_id, now_iso

SIGNING = "signing"
EXCHANGE = "exchange"
#: Hexadecimal characters of the fingerprint people compare.
SHOWN_LENGTH = 16


@dataclass(frozen=True)
class FileKeys:
    """The private keys of this file and their public halves (raw 32 bytes each)."""

    signing: Ed25519PrivateKey
    exchange: X25519PrivateKey
    signing_public: bytes
    exchange_public: bytes

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.signing_public)

    @property
    def shown(self) -> str:
        return show_fingerprint(self.fingerprint)


def fingerprint(signing_public: bytes) -> str:
    """The full fingerprint: SHA-256 of the raw Ed25519 public key, 64 upper-case hex characters."""
    return hashlib.sha256(signing_public).hexdigest().upper()


def show_fingerprint(full: str) -> str:
    """``3F2A-91C0-7B44-0D1E``: the first 16 characters in groups of four."""
    head = normalize_fingerprint(full)[:SHOWN_LENGTH]
    return "-".join(head[i:i + 4] for i in range(0, len(head), 4))


def normalize_fingerprint(text: str) -> str:
    """Upper case, without dashes and spaces, as typed from a printed slip."""
    return re.sub(r"[\s\-:]", "", text or "").upper()


def fingerprint_matches(full: str, typed: str) -> bool:
    """Whether ``typed`` (at least the 16 characters shown) is the start of the full fingerprint."""
    typed = normalize_fingerprint(typed)
    return len(typed) >= SHOWN_LENGTH and normalize_fingerprint(full).startswith(typed)


def _raw_private(key) -> bytes:
    return key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


def _raw_public(key) -> bytes:
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def create_keys(db: Database) -> None:
    """Make both key pairs of this file (inside the caller's transaction)."""
    stamp = now_iso()
    signing = Ed25519PrivateKey.generate()
    exchange = X25519PrivateKey.generate()
    for role, algorithm, key in ((SIGNING, "ed25519", signing), (EXCHANGE, "x25519", exchange)):
        public = _raw_public(key)
        db.execute(
            "INSERT INTO keys (id, role, algorithm, private_key, public_key, fingerprint, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [new_id(), role, algorithm, _raw_private(key), public, fingerprint(public), stamp],
        )


def _load(db: Database) -> FileKeys | None:
    rows = {
        r["role"]: r
        for r in db.query("SELECT role, private_key, public_key FROM keys WHERE retired_at IS NULL")
    }
    if SIGNING not in rows or EXCHANGE not in rows:
        return None
    signing = Ed25519PrivateKey.from_private_bytes(bytes(rows[SIGNING]["private_key"]))
    exchange = X25519PrivateKey.from_private_bytes(bytes(rows[EXCHANGE]["private_key"]))
    return FileKeys(signing, exchange, _raw_public(signing), _raw_public(exchange))


def ensure_keys(db: Database) -> FileKeys:
    """This file's keys, made now if the file predates them."""
    keys = _load(db)
    if keys is not None:
        return keys
    with db.atomic():
        db.execute("UPDATE keys SET retired_at = ? WHERE retired_at IS NULL", [now_iso()])
        create_keys(db)
    return _load(db)


def verify_signature(signing_public: bytes, signature: bytes, message: bytes) -> bool:
    from cryptography.exceptions import InvalidSignature

    try:
        Ed25519PublicKey.from_public_bytes(signing_public).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True
