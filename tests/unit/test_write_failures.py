"""Full disk, read-only stick, a place that is not a folder: writing a document, a backup, a roster
export or a restore fails with a Chinese sentence, leaves no half file, and never changes the data file."""
from __future__ import annotations

import errno
import hashlib
import os
from pathlib import Path

import pytest

from sanhui.core.backup import backup_to, restore
from sanhui.core.documents import render
from sanhui.core.documents.sample import meeting_record
from sanhui.core.roster import write_roster_csv, write_roster_xlsx
from sanhui.core.store.members import list_members
from sanhui.errors import WriteFailed

from common import TODAY
from fakes import make_members, to_member


def digest(path: Path) -> str:
    """The data file and its WAL, as bytes on the disk."""
    parts = [Path(str(path) + s) for s in ("", "-wal")]
    return hashlib.sha256(b"".join(p.read_bytes() for p in parts if p.exists())).hexdigest()


@pytest.fixture
def not_a_folder(tmp_path) -> Path:
    """A regular file where a folder should be (a stick mounted wrongly, a mistyped path)."""
    blocker = tmp_path / "stick"
    blocker.write_text("not a folder")
    return blocker


def disk_full(*args, **kwargs):
    raise OSError(errno.ENOSPC, "No space left on device")


def _chinese(message: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in message)


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".part" in p.name or ".tmp" in p.name)


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_document_to_a_place_that_fails(db, db_path, not_a_folder, tmp_path, monkeypatch, fmt):
    before = digest(db_path)
    with pytest.raises(WriteFailed) as caught:
        render(meeting_record(), not_a_folder / f"记录.{fmt}", "docx")
    assert _chinese(str(caught.value)) and "不是文件夹" in str(caught.value)
    from sanhui.core.documents import _atomic

    monkeypatch.setattr(_atomic.os, "replace", disk_full)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(WriteFailed, match="磁盘空间已满"):
        render(meeting_record(), out / "记录.docx", "docx")
    assert list(out.iterdir()) == []  # no half file, under any name
    assert digest(db_path) == before


def test_backup_to_a_place_that_fails(db, db_path, not_a_folder, tmp_path, monkeypatch):
    before = digest(db_path)
    with pytest.raises(WriteFailed, match="备份没有写成") as caught:
        backup_to(db, not_a_folder / "backup.db")
    assert "数据文件没有改动" in str(caught.value)
    stick = tmp_path / "usb"
    stick.mkdir()
    monkeypatch.setattr("sanhui.core.backup.os.replace", disk_full)
    with pytest.raises(WriteFailed, match="已满"):
        backup_to(db, stick)
    assert list(stick.iterdir()) == []
    assert digest(db_path) == before


def test_roster_export_to_a_place_that_fails(db, db_path, branch_id, not_a_folder, tmp_path, monkeypatch):
    from sanhui.core.store.members import add_member

    for row in make_members(5, seed=2, today=TODAY):
        member = to_member(row)
        member.branch_id = branch_id
        add_member(db, member, TODAY)
    members = list_members(db, branch_id)
    before = digest(db_path)
    with pytest.raises(WriteFailed, match="无法写入"):
        write_roster_xlsx(not_a_folder / "名册.xlsx", members, {})
    out = tmp_path / "out"
    out.mkdir()
    earlier = out / "名册.xlsx"
    write_roster_xlsx(earlier, members[:2], {})
    kept = earlier.read_bytes()
    monkeypatch.setattr("sanhui.core.roster.os.replace", disk_full)
    for write, name in ((write_roster_xlsx, "名册.xlsx"), (write_roster_csv, "名册.csv")):
        with pytest.raises(WriteFailed, match="磁盘空间已满"):
            write(out / name, members, {})
    assert earlier.read_bytes() == kept  # the earlier export is not half overwritten
    assert sorted(p.name for p in out.iterdir()) == ["名册.xlsx"]
    assert digest(db_path) == before


def test_restore_that_fails_leaves_the_data_file(db, db_path, tmp_path, monkeypatch):
    copy = backup_to(db, tmp_path / "copy.db")
    db.execute("UPDATE orgs SET name = '中共改过名的支部委员会'")
    db.conn.commit()
    db.close()
    before = digest(db_path)
    monkeypatch.setattr("sanhui.core.backup.os.replace", disk_full)
    with pytest.raises(WriteFailed, match="原数据文件没有改动"):
        restore(db_path, copy)
    assert digest(db_path) == before
    assert _leftovers(db_path.parent) == []


def test_restore_over_a_damaged_file_keeps_its_bytes_aside(db, db_path, tmp_path, sanhui_home):
    copy = backup_to(db, tmp_path / "copy.db")
    db.close()
    damaged = b"SQLite format 3\x00" + os.urandom(8192)
    db_path.write_bytes(damaged)
    kept = restore(db_path, copy)
    assert kept.read_bytes() == damaged  # the file being replaced is never lost, even when it is damaged
    assert digest(db_path) == hashlib.sha256(copy.read_bytes()).hexdigest()
    assert str(sanhui_home) in str(kept)
