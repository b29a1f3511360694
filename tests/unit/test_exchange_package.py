"""Keys, the package format, sealing personal numbers, and writing to a stick that fails."""
from __future__ import annotations

import io
import os
import re
import zipfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from sanhui.core.exchange import personal
from sanhui.core.exchange.export import export_packages, write_package_file
from sanhui.core.exchange.keys import ensure_keys, fingerprint_matches, show_fingerprint
from sanhui.core.exchange.package import (
    MANIFEST,
    SIGNATURE,
    PackageRefused,
    build_package,
    open_package,
    read_zip,
    write_zip,
)
from sanhui.core.exchange.verify import verify_package
from sanhui.core.store import open_db
from sanhui.core.store.org import create_file
from sanhui.errors import WriteFailed

from common import TODAY

SHOWN = re.compile(r"^[0-9A-F]{4}(-[0-9A-F]{4}){3}$")


def test_every_new_file_has_its_own_keys(tmp_path):
    first = create_file(tmp_path / "a.db", "branch", "中共青山村支部委员会", "330102001", "中共青山镇委员会", "330102")
    second = create_file(tmp_path / "t.db", "township", "中共青山镇委员会", "330102")
    rows = first.execute("SELECT role, length(private_key), length(public_key) FROM keys ORDER BY role").fetchall()
    assert rows == [("exchange", 32, 32), ("signing", 32, 32)]
    one, two = ensure_keys(first), ensure_keys(second)
    assert one.fingerprint != two.fingerprint and len(one.fingerprint) == 64
    assert SHOWN.match(one.shown) and one.fingerprint.startswith(one.shown.replace("-", ""))
    assert ensure_keys(first).fingerprint == one.fingerprint  # stable
    assert fingerprint_matches(one.fingerprint, one.shown.lower().replace("-", " "))
    assert not fingerprint_matches(one.fingerprint, one.shown[:9])


def test_an_older_file_gets_its_keys_on_first_use(db, db_path):
    db.execute("DELETE FROM keys")
    db.conn.commit()
    keys = ensure_keys(db)
    db.close()
    again = open_db(db_path)
    assert ensure_keys(again).fingerprint == keys.fingerprint
    assert again.execute("SELECT count(*) FROM keys WHERE retired_at IS NULL").fetchone()[0] == 2
    again.close()


def test_show_fingerprint_groups_sixteen_characters():
    assert show_fingerprint("3f2a91c07b440d1e" + "0" * 48) == "3F2A-91C0-7B44-0D1E"


def test_the_zip_is_the_same_bytes_every_time_and_readable_by_anyone():
    entries = [("manifest.json", b"{}"), ("manifest.sig", b"x" * 64), ("rows/talks.jsonl", "谈话\n".encode())]
    data = write_zip(entries)
    assert write_zip(entries) == data
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.testzip() is None
        assert [(i.filename, archive.read(i)) for i in archive.infolist()] == entries
    assert list(read_zip(data).items()) == entries


def test_a_package_opens_only_with_its_own_signature(db):
    keys = ensure_keys(db)
    manifest = {
        "format": 1, "schema": 5, "kind": "branch_report", "created_at": "2026-11-23T09:00:00", "sequence": 1,
        "sender": {"role": "branch", "code": "330102001", "name": "中共青山村支部委员会", "org_id": "x",
                   "fingerprint": keys.fingerprint, "signing_key": keys.signing_public.hex(),
                   "exchange_key": keys.exchange_public.hex()},
        "recipient": {"code": "330102", "name": "", "fingerprint": None}, "full": False, "since": {},
        "counts": {"talks": 1}, "photos": "none", "personal": {"mode": "none"},
    }
    data = build_package(manifest, [("rows/talks.jsonl", b'{"id":"1"}\n')], keys.signing)
    opened = open_package(data)
    assert opened.manifest["sequence"] == 1 and opened.entries == {"rows/talks.jsonl": b'{"id":"1"}\n'}
    entries = dict(read_zip(data))
    entries[SIGNATURE] = bytes(64)
    with pytest.raises(PackageRefused, match="已损坏"):
        open_package(write_zip([(MANIFEST, entries[MANIFEST]), (SIGNATURE, entries[SIGNATURE]),
                                ("rows/talks.jsonl", entries["rows/talks.jsonl"])]))


def test_personal_numbers_open_only_with_the_right_key_and_package():
    township = X25519PrivateKey.generate()
    public = township.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    payload = {"members": {"m1": {"id_number": "330102196503021234", "phone": "13800001111"}}}
    context = personal.context("AB" * 32, 7, "330102")
    sealed, header = personal.seal(payload, public, context)
    assert b"13800001111" not in sealed and b"330102196503021234" not in sealed
    assert personal.unseal(sealed, header, township, context) == payload
    with pytest.raises(PackageRefused):
        personal.unseal(sealed, header, X25519PrivateKey.generate(), context)
    with pytest.raises(PackageRefused):
        personal.unseal(sealed, header, township, personal.context("AB" * 32, 8, "330102"))


def test_audit_entries_of_members_lose_their_numbers_in_the_clear():
    secrets: dict = {}
    row = {"id": "a1", "table_name": "members", "old_values": '{"phone": "13800001111", "name": "张三"}',
           "new_values": '{"phone": "13900002222", "name": "张三"}'}
    clear = personal.split("audit_log", dict(row), secrets)
    assert "1380000" not in clear["old_values"] and "1390000" not in clear["new_values"]
    assert "张三" in clear["old_values"]
    rows = {"audit_log": [clear]}
    personal.merge(rows, secrets)
    assert rows["audit_log"][0]["new_values"] == row["new_values"]


@pytest.fixture
def branch(tmp_path):
    from sanhui.core.demo import create_demo

    return create_demo(tmp_path / "a.db", today=TODAY)


def test_a_stick_that_fails_while_writing_leaves_nothing(branch, tmp_path, monkeypatch):
    stick = tmp_path / "stick"
    stick.mkdir()

    def broken_fsync(fd):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(WriteFailed, match="没有写成功"):
        export_packages(branch, stick)
    assert list(stick.iterdir()) == []
    assert branch.execute("SELECT sequence, status FROM outbox").fetchall() == [(1, "failed")]
    monkeypatch.undo()
    result = export_packages(branch, stick)[0]
    assert result.sequence == 2 and [p.name for p in stick.iterdir()] == [result.path.name]


def test_a_stick_that_returns_other_bytes_is_caught_on_reading_back(branch, tmp_path, monkeypatch):
    stick = tmp_path / "stick"
    stick.mkdir()
    real = Path.read_bytes

    def short_read(self):
        data = real(self)
        return data[:-10] if self.suffix == ".sanhui" else data

    monkeypatch.setattr(Path, "read_bytes", short_read)
    with pytest.raises(WriteFailed):
        export_packages(branch, stick)
    assert list(stick.iterdir()) == []


def test_write_package_file_never_overwrites_nor_leaves_what_fails(tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    (stick / "p.sanhui").write_bytes(b"earlier")
    with pytest.raises(WriteFailed):
        write_package_file(b"not a package", stick, "p.sanhui")
    assert (stick / "p.sanhui").read_bytes() == b"earlier"
    assert sorted(p.name for p in stick.iterdir()) == ["p.sanhui"]


def test_export_refuses_a_missing_folder(branch, tmp_path):
    with pytest.raises(WriteFailed, match="找不到文件夹"):
        export_packages(branch, tmp_path / "no-stick")


def test_verify_reads_without_writing(branch, tmp_path):
    township = create_file(tmp_path / "t.db", "township", "中共青山镇委员会", "330102")
    stick = tmp_path / "stick"
    stick.mkdir()
    data = export_packages(branch, stick)[0].path.read_bytes()
    changes = township.conn.total_changes
    incoming = verify_package(township, data, "p.sanhui")
    assert incoming.status.value == "unknown_sender" and incoming.rows["meetings"]
    assert township.conn.total_changes == changes


def test_private_settings_never_travel(tmp_path, db, branch_id):
    from sanhui.core.lock import hash_password
    from sanhui.core.store.settings import set_setting

    set_setting(db, branch_id, "lock_password", hash_password("村支部2026"))
    set_setting(db, branch_id, "font_size", "xlarge")
    set_setting(db, branch_id, "study_hours_member", 40)
    (result,) = export_packages(db, tmp_path)
    data = result.path.read_bytes()
    settings = zipfile.ZipFile(io.BytesIO(data)).read("rows/settings.jsonl").decode("utf-8")
    assert "study_hours_member" in settings
    assert "lock_password" not in settings and "scrypt" not in settings and "font_size" not in settings
    assert b"scrypt" not in data
