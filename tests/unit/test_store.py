"""open_db, migrations, refusal of foreign and newer files, rows and the audit log."""
from __future__ import annotations

import hashlib
import shutil
import sqlite3

import pytest

from sanhui.core.store import current_version, open_db, schema_version
from sanhui.core.store.org import create_file, ensure_group, file_info, home_org, list_groups
from sanhui.core.store.rows import audit_entries, get_row, insert_row, tombstone, update_row
from sanhui.core.store.settings import get_setting, set_setting
from sanhui.errors import AlreadyExists, FileMissing, InvalidInput, NewerFileError, NotSanhuiFile, SanhuiError


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_migrations_from_empty(tmp_path):
    db = create_file(tmp_path / "new.db", "branch", "中共青山村支部委员会", "330102001")
    assert current_version(db) == schema_version() >= 1
    pragmas = {
        "journal_mode": db.execute("PRAGMA journal_mode").fetchone()[0],
        "foreign_keys": db.execute("PRAGMA foreign_keys").fetchone()[0],
        "synchronous": db.execute("PRAGMA synchronous").fetchone()[0],
    }
    assert pragmas == {"journal_mode": "wal", "foreign_keys": 1, "synchronous": 2}
    info = file_info(db)
    assert info.role.value == "branch"
    assert home_org(db).name == "中共青山村支部委员会"


def test_reopen_applies_nothing_and_copies_nothing(db_path, sanhui_home):
    open_db(db_path).close()
    open_db(db_path).close()
    assert not list((sanhui_home / "backups").glob("before-migration-*"))


def test_missing_file_refused(tmp_path):
    with pytest.raises(FileMissing, match="找不到数据文件"):
        open_db(tmp_path / "nope.db")
    assert not (tmp_path / "nope.db").exists()


def test_foreign_file_refused_untouched(tmp_path):
    text = tmp_path / "roster.db"
    text.write_text("姓名,入党日期\n", encoding="utf-8")
    before = digest(text)
    with pytest.raises(NotSanhuiFile, match="不是三会一课助手的数据文件"):
        open_db(text)
    assert digest(text) == before
    other = tmp_path / "other.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = digest(other)
    with pytest.raises(NotSanhuiFile):
        open_db(other)
    assert digest(other) == before


def test_newer_file_refused_and_untouched(db_path):
    conn = sqlite3.connect(db_path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('sanhui', '9999_future', 'x')"
    )
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = digest(db_path)
    with pytest.raises(NewerFileError, match="更新版本"):
        open_db(db_path)
    assert digest(db_path) == before
    assert not (db_path.parent / (db_path.name + "-wal")).exists()


def _fake_migrations(tmp_path, monkeypatch, extra: str) -> None:
    """This program's migrations plus one more, ``extra`` being its body."""
    from sanhui import paths

    folder = tmp_path / "migrations"
    folder.mkdir()
    for real in paths.migrations_dir().glob("[0-9]*.py"):
        shutil.copy(real, folder / real.name)
    (folder / "9000_test.py").write_text(f"def migrate(db):\n{extra}\n", encoding="utf-8")
    monkeypatch.setattr("sanhui.core.store.db.paths.migrations_dir", lambda: folder)


def test_pending_migration_copies_file_aside_first(db_path, sanhui_home, tmp_path, monkeypatch):
    _fake_migrations(tmp_path, monkeypatch, "    db.execute('CREATE TABLE extra (id TEXT PRIMARY KEY)')")
    db = open_db(db_path)
    assert "extra" in db.table_names()
    db.close()
    copies = list((sanhui_home / "backups").glob("before-migration-*"))
    assert len(copies) == 1
    assert "extra" not in sqlite3.connect(copies[0]).execute("SELECT group_concat(name) FROM sqlite_master").fetchone()[0]


def test_failing_migration_rolls_back(db_path, sanhui_home, tmp_path, monkeypatch):
    from sanhui.paths import migrations_dir as real_migrations_dir

    _fake_migrations(
        tmp_path, monkeypatch, "    db.execute('CREATE TABLE extra (id TEXT)')\n    raise RuntimeError('boom')"
    )
    with pytest.raises(SanhuiError, match="已恢复到升级前的状态"):
        open_db(db_path)
    monkeypatch.setattr("sanhui.core.store.db.paths.migrations_dir", real_migrations_dir)
    db = open_db(db_path)
    assert "extra" not in db.table_names()
    assert current_version(db) == schema_version()


def test_create_refuses_existing_file(db_path):
    with pytest.raises(AlreadyExists, match="已经存在"):
        create_file(db_path, "branch", "某村", "1234")


@pytest.mark.parametrize("name,code", [("", "330102"), ("某村党支部", "3"), ("某村党支部", "33 01")])
def test_create_validates_name_and_code(tmp_path, name, code):
    with pytest.raises(InvalidInput):
        create_file(tmp_path / "x.db", "branch", name, code)
    assert not (tmp_path / "x.db").exists()


def test_rows_versions_seq_tombstones_audit(db, branch_id):
    group = ensure_group(db, branch_id, "第一党小组")
    assert ensure_group(db, branch_id, "第一党小组") == group
    row = get_row(db, "groups", group)
    assert row["version"] == 1 and len(row["id"]) == 36 and row["seq"] > 0
    changed = update_row(db, "groups", group, {"name": "第一党小组"})
    assert changed == {}
    assert get_row(db, "groups", group)["version"] == 1
    update_row(db, "groups", group, {"name": "一组"}, audit=True, reason="改名")
    row2 = get_row(db, "groups", group)
    assert row2["version"] == 2 and row2["seq"] > row["seq"]
    entries = audit_entries(db, "groups", group)
    assert entries[0]["old_values"] == {"name": "第一党小组"} and entries[0]["new_values"] == {"name": "一组"}
    assert entries[0]["reason"] == "改名"
    tombstone(db, "groups", group)
    assert get_row(db, "groups", group)["deleted_at"]
    assert list_groups(db, branch_id) == []


def test_foreign_keys_enforced(db, branch_id):
    with pytest.raises(sqlite3.IntegrityError):
        with db.atomic():
            insert_row(db, "groups", {"branch_id": "no-such-org", "name": "x"})


def test_settings_registry(db, branch_id):
    assert get_setting(db, branch_id, "font_size") == "normal"
    assert set_setting(db, branch_id, "font_size", "large")
    assert not set_setting(db, branch_id, "font_size", "large")
    assert get_setting(db, branch_id, "font_size") == "large"
    with pytest.raises(ValueError, match="只能是"):
        set_setting(db, branch_id, "font_size", "huge")
    set_setting(db, branch_id, "study_hours_member", "40")
    assert get_setting(db, branch_id, "study_hours_member") == 40


def test_groups_in_natural_order(db, branch_id):
    for name in ("第十党小组", "第二党小组", "第一党小组", "第十一党小组", "第三党小组"):
        ensure_group(db, branch_id, name)
    assert [g.name for g in list_groups(db, branch_id)] == [
        "第一党小组", "第二党小组", "第三党小组", "第十党小组", "第十一党小组"
    ]


def test_before_copies_keep_the_last_five(db, sanhui_home):
    from sanhui.core.store.db import copy_aside

    made = [copy_aside(db, f"test{i}") for i in range(8)]
    kept = sorted((sanhui_home / "backups").glob("before-*.db"))
    assert len(kept) == 5
    assert made[-1] in kept and made[0] not in kept


def test_automatic_backup_daily_and_monthly_retention(db, sanhui_home):
    from datetime import date, timedelta

    from sanhui.core.backup import automatic_backup, inspect_backup

    start = date(2026, 1, 1)
    for day in range(400):
        automatic_backup(db, start + timedelta(days=day))
    folder = sanhui_home / "backups"
    daily = sorted(p.name for p in folder.glob("daily-*.db"))
    monthly = sorted(p.name for p in folder.glob("monthly-*.db"))
    assert len(daily) == 7 and daily[-1] == f"daily-{start + timedelta(days=399):%Y%m%d}.db"
    assert len(monthly) == 12 and monthly[-1] == "monthly-202702.db"
    assert automatic_backup(db, start + timedelta(days=399)) is None  # once a day
    assert inspect_backup(folder / daily[-1]).org_name == "中共青山村支部委员会"
