"""A whole copy of the data file that the disk cannot hold is refused before a byte is written."""
from __future__ import annotations

from collections import namedtuple

import pytest

from sanhui import paths
from sanhui.core.backup import automatic_backup, backup_to
from sanhui.core.exchange.importer import REFUSED, import_files
from sanhui.core.store import db as store_db
from sanhui.core.store.db import copy_aside
from sanhui.errors import WriteFailed

from common import TODAY
from exchange_world import send

Usage = namedtuple("Usage", "total used free")


@pytest.fixture
def full_disk(monkeypatch):
    """Every disk has 50 MB free: less than any copy plus the margin."""
    monkeypatch.setattr(store_db.shutil, "disk_usage", lambda path: Usage(10**12, 10**12 - 50 * 2**20, 50 * 2**20))


def _dump(db) -> list:
    return db.execute("SELECT name, (SELECT count(*) FROM sqlite_master) FROM sqlite_master ORDER BY name").fetchall()


def test_copies_are_refused_with_the_space_needed_and_nothing_left(db, full_disk, tmp_path):
    with pytest.raises(WriteFailed, match="需要约 .* 空间.*只剩 50 MB.*数据文件没有改动"):
        copy_aside(db, "import")
    with pytest.raises(WriteFailed, match="只剩 50 MB"):
        automatic_backup(db, today=TODAY)
    with pytest.raises(WriteFailed, match="这份备份需要约"):
        backup_to(db, tmp_path / "stick" / "copy.db")
    assert not list(paths.backups_dir().glob("*")) and not (tmp_path / "stick" / "copy.db").exists()


def test_a_copy_cut_short_leaves_no_part_file(db, monkeypatch):
    def broken(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store_db.os, "replace", broken)
    with pytest.raises(WriteFailed, match="无法在.*先存一份数据副本"):
        copy_aside(db, "restore")
    assert not list(paths.backups_dir().glob("*"))


def test_an_import_without_room_for_its_copy_is_refused_and_changes_nothing(world, monkeypatch):
    a, t = world.open("a"), world.open("t")
    a.execute("UPDATE members SET note = '新的备注' WHERE rowid = (SELECT min(rowid) FROM members)")
    before = _dump(t), t.execute("SELECT count(*), max(seq) FROM members").fetchone()
    from sanhui.core.exchange.export import export_packages

    results = export_packages(a, world.stick)
    with monkeypatch.context() as patch:
        patch.setattr(store_db.shutil, "disk_usage", lambda path: Usage(10**12, 10**12 - 2**20, 2**20))
        batch = import_files(t, [r.path for r in results])
    assert [f.status for f in batch.files] == [REFUSED] and "只剩 1 MB" in batch.files[0].message
    assert (_dump(t), t.execute("SELECT count(*), max(seq) FROM members").fetchone()) == before
    _, batch = send(a, t, world.stick)
    assert [f.status for f in batch.files] == ["applied"]
