"""The optional password that opens the app: stored as a salted scrypt hash, never in clear.

    stored = hash_password("村支部2026")      # "scrypt$16384$8$1$<salt>$<hash>"
    verify_password("村支部2026", stored)      # True

The hash lives in the settings (``lock_password``); an empty value means no
password. ``set_password`` / ``clear_password`` change it; ``check_password``
is what the start-up prompt and the lock screen ask.
"""
from __future__ import annotations

import base64
import os
import re

from sanhui.core.store.database import Database
from sanhui.errors import InvalidInput

SCHEME = "scrypt"
N, R, P = 2**14, 8, 1  # the interactive-login parameters: ~16 MB and a few tens of ms per try
SALT_BYTES = 16
KEY_BYTES = 32
MIN_LENGTH = 4
MAX_LENGTH = 128
#: How many wrong passwords in a row before the start-up prompt gives up (the lock screen pauses instead).
MAX_TRIES = 5

_HASH = re.compile(r"scrypt\$(\d+)\$(\d+)\$(\d+)\$([A-Za-z0-9+/=]+)\$([A-Za-z0-9+/=]+)")


def _derive(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    # cryptography's scrypt, not hashlib's: the bundle leaves out Python's OpenSSL module (_hashlib).
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=KEY_BYTES, n=n, r=r, p=p).derive(password.encode("utf-8"))


def hash_password(password: str, salt: bytes | None = None) -> str:
    """``scrypt$n$r$p$salt$hash`` (base64): what is stored in the settings."""
    salt = salt if salt is not None else os.urandom(SALT_BYTES)
    key = _derive(password, salt, N, R, P)
    encoded = [base64.b64encode(part).decode() for part in (salt, key)]
    return "$".join([SCHEME, str(N), str(R), str(P), *encoded])


def is_password_hash(value: str) -> bool:
    """Whether ``value`` has the form of a stored hash (so that clear text is never stored by mistake)."""
    match = _HASH.fullmatch(value or "")
    if not match:
        return False
    n, r, p = (int(g) for g in match.groups()[:3])
    return 2 <= n <= 2**16 and n & (n - 1) == 0 and 1 <= r <= 8 and 1 <= p <= 2  # at most ~128 MB to check


def verify_password(password: str, stored: str) -> bool:
    """Whether ``password`` is the one ``stored`` was made from (constant-time comparison)."""
    if not is_password_hash(stored):
        return False
    n, r, p, salt, key = _HASH.fullmatch(stored).groups()
    try:
        derived = _derive(password, base64.b64decode(salt), int(n), int(r), int(p))
    except (ValueError, MemoryError):
        return False
    import hmac  # here, not at start-up: it loads OpenSSL

    return hmac.compare_digest(derived, base64.b64decode(key))


def check_new_password(password: str, repeated: str) -> None:
    """Raise InvalidInput (Chinese) when a new password is too short, too long or typed differently twice."""
    if len(password) < MIN_LENGTH:
        raise InvalidInput(f"密码至少要 {MIN_LENGTH} 个字符。")
    if len(password) > MAX_LENGTH:
        raise InvalidInput(f"密码最多 {MAX_LENGTH} 个字符。")
    if password != repeated:
        raise InvalidInput("两次输入的新密码不一样，请重新输入。")


def stored_hash(db: Database, branch_id: str) -> str:
    from sanhui.core.store.settings import get_setting

    return get_setting(db, branch_id, "lock_password") or ""


def has_password(db: Database, branch_id: str) -> bool:
    return bool(stored_hash(db, branch_id))


def check_password(db: Database, branch_id: str, password: str) -> bool:
    """True when no password is set, or ``password`` is the one set."""
    stored = stored_hash(db, branch_id)
    return not stored or verify_password(password, stored)


def set_password(
    db: Database, branch_id: str, new: str, repeated: str, current: str = ""
) -> None:
    """Set or change the password; changing needs the current one. Raises InvalidInput (Chinese)."""
    from sanhui.core.store.settings import set_setting

    if not check_password(db, branch_id, current):
        raise InvalidInput("当前密码不对，密码没有改动。")
    check_new_password(new, repeated)
    set_setting(db, branch_id, "lock_password", hash_password(new))


def clear_password(db: Database, branch_id: str, current: str) -> None:
    """Remove the password (the current one must be given). Raises InvalidInput (Chinese)."""
    from sanhui.core.store.settings import set_setting

    if not check_password(db, branch_id, current):
        raise InvalidInput("当前密码不对，密码没有取消。")
    set_setting(db, branch_id, "lock_password", "")
