"""The password that opens the app: a salted scrypt hash in the settings, never the password itself."""
from __future__ import annotations

from pathlib import Path

import pytest

from sanhui.core.lock import (
    MIN_LENGTH,
    check_password,
    clear_password,
    has_password,
    hash_password,
    is_password_hash,
    set_password,
    verify_password,
)
from sanhui.core.settings import SETTINGS, coerce
from sanhui.core.store.settings import get_setting, set_setting
from sanhui.errors import InvalidInput

PASSWORD = "青山村支部2026"


def test_hash_is_salted_scrypt_and_verifies():
    first, second = hash_password(PASSWORD), hash_password(PASSWORD)
    assert first.startswith("scrypt$16384$8$1$") and is_password_hash(first)
    assert first != second  # a fresh salt each time
    assert PASSWORD not in first
    assert verify_password(PASSWORD, first) and verify_password(PASSWORD, second)
    assert not verify_password(PASSWORD + " ", first)
    assert not verify_password("", first)
    assert hash_password(PASSWORD, salt=b"0" * 16) == hash_password(PASSWORD, salt=b"0" * 16)


@pytest.mark.parametrize("value", ["", "abcd", "scrypt$16384$8$1$abc", "scrypt$3$8$1$YQ==$YQ==",
                                   "scrypt$1048576$8$1$YQ==$YQ==", "scrypt$16384$64$1$YQ==$YQ=="])
def test_anything_but_a_sane_hash_is_refused(value):
    assert not is_password_hash(value)
    assert not verify_password("abcd", value)


def _file_bytes(db_path: Path) -> bytes:
    parts = [Path(str(db_path) + suffix) for suffix in ("", "-wal")]
    return b"".join(part.read_bytes() for part in parts if part.exists())


def test_set_change_and_clear(db, db_path, branch_id):
    assert not has_password(db, branch_id) and check_password(db, branch_id, "anything")
    with pytest.raises(InvalidInput, match="至少"):
        set_password(db, branch_id, "abc", "abc")
    with pytest.raises(InvalidInput, match="不一样"):
        set_password(db, branch_id, PASSWORD, PASSWORD + "x")
    set_password(db, branch_id, PASSWORD, PASSWORD)
    assert has_password(db, branch_id)
    assert check_password(db, branch_id, PASSWORD) and not check_password(db, branch_id, "wrong")
    stored = get_setting(db, branch_id, "lock_password")
    assert is_password_hash(stored)
    assert PASSWORD.encode("utf-8") not in _file_bytes(db_path)  # nowhere in the file, in clear
    with pytest.raises(InvalidInput, match="当前密码不对"):
        set_password(db, branch_id, "new-one", "new-one", current="wrong")
    set_password(db, branch_id, "new-one", "new-one", current=PASSWORD)
    assert check_password(db, branch_id, "new-one") and not check_password(db, branch_id, PASSWORD)
    with pytest.raises(InvalidInput, match="没有取消"):
        clear_password(db, branch_id, PASSWORD)
    clear_password(db, branch_id, "new-one")
    assert not has_password(db, branch_id)


def test_settings_registry_never_takes_a_password_in_clear(db, branch_id):
    with pytest.raises(ValueError, match="密码锁"):
        set_setting(db, branch_id, "lock_password", PASSWORD)
    assert get_setting(db, branch_id, "lock_password") == ""
    assert SETTINGS["lock_password"].private and SETTINGS["lock_idle_minutes"].private
    assert not SETTINGS["study_hours_member"].private  # the branch's rules travel; laptop settings do not
    assert coerce("lock_idle_minutes", "15") == 15
    with pytest.raises(ValueError, match="0 到 240"):
        coerce("lock_idle_minutes", -1)
    assert get_setting(db, branch_id, "lock_idle_minutes") == 10


def test_shortest_allowed_password(db, branch_id):
    shortest = "甲" * MIN_LENGTH
    set_password(db, branch_id, shortest, shortest)
    assert check_password(db, branch_id, shortest) and not check_password(db, branch_id, shortest[:-1])
