"""数据检查 (checks, backups, restore through the window), the password lock and the masked personal numbers."""
from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from sanhui.core.backup import automatic_backup, list_backups
from sanhui.core.lock import has_password, set_password
from sanhui.core.store.members import add_member, list_members
from sanhui.core.store.org import ensure_group
from sanhui.core.store.settings import get_setting
from sanhui.ui.dialogs.member_dialog import MemberDialog
from sanhui.ui.lock import LockScreen, PasswordPrompt, unlock_at_start
from sanhui.ui.pages.check_page import CheckPage, describe_backup
from sanhui.ui.pages.members_page import MembersPage
from sanhui.ui.pages.settings_page import SettingsPage
from sanhui.ui.privacy import SecretField, mask_id_number, mask_phone

from common import TODAY
from fakes import make_members, to_member

PASSWORD = "青山村2026"


def _add(db, branch_id, n, seed):
    for row in make_members(n, seed=seed, today=TODAY):
        member = to_member(row)
        member.branch_id = branch_id
        add_member(db, member, TODAY)


def _dump(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return hashlib.sha256("\n".join(conn.iterdump()).encode()).hexdigest()
    finally:
        conn.close()


# -- 数据检查 -----------------------------------------------------------------------------------------


def test_check_page_runs_off_the_gui_thread_and_lists_what_to_do(window, qtbot, db, branch_id):
    page = window.show_page(CheckPage)
    assert window.pages.index(page) == window.pages.index(window.page(SettingsPage)) - 1
    page.run_check()
    qtbot.waitUntil(lambda: page.table.rowCount() > 0, timeout=10_000)
    assert all(page.table.item(r, 0).text() == "正常" for r in range(page.table.rowCount()))
    assert "全部正常" in page.summary.text()
    _add(db, branch_id, 3, seed=8)
    with db.atomic():  # a group deleted under its members
        group_id = ensure_group(db, branch_id, "第一党小组")
        db.execute("UPDATE members SET group_id = ?", [group_id])
        db.execute("UPDATE groups SET deleted_at = '2026-11-01T00:00:00'")
    page.table.setRowCount(0)
    page.run_check()
    qtbot.waitUntil(lambda: page.table.rowCount() > 0, timeout=10_000)
    bad = [r for r in range(page.table.rowCount()) if page.table.item(r, 0).text() == "需处理"]
    assert len(bad) == 1
    assert "党小组已被删除" in page.table.item(bad[0], 1).text()
    assert "重新选择党小组" in page.table.item(bad[0], 2).text()
    assert "1 项需要处理" in page.summary.text()


def test_backup_names_are_readable():
    assert describe_backup(Path("daily-20261123.db")) == "每日自动备份 2026-11-23"
    assert describe_backup(Path("monthly-202611.db")) == "每月自动备份 2026-11"
    before_import = Path("before-roster-import-20261123-101502-123456.db")
    assert describe_backup(before_import) == "导入党员名册前 2026-11-23 10:15"
    assert describe_backup(Path("sanhui-20261123-093000.db")) == "手动备份 2026-11-23 09:30"
    assert describe_backup(Path("别的.db")) == "别的.db"


def test_restore_from_the_page_reopens_the_window_on_the_copy(window, qtbot, db, db_path, branch_id,
                                                              monkeypatch):
    _add(db, branch_id, 4, seed=9)
    automatic_backup(db, today=TODAY)
    saved = _dump(list_backups()[0])
    _add(db, branch_id, 6, seed=10)  # work done after the backup
    page = window.show_page(CheckPage)
    page.reload()
    assert page.backups.count() == 2  # the daily and the monthly copy
    assert page.backups.item(0).text().startswith(("每日自动备份", "每月自动备份"))
    page.backups.setCurrentRow(0)
    qtbot.waitUntil(lambda: page.restore_button.isEnabled(), timeout=10_000)
    assert "党员：4 人" in page.preview.text() and "中共青山村支部委员会" in page.preview.text()
    shown = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    old_session = window.session
    assert page.restore_selected()
    assert window.session is not old_session and window.session.db is not db
    assert len(list_members(window.session.db, branch_id)) == 4
    assert _dump(db_path) == saved  # the file is the copy, row for row
    assert "恢复前的数据另存为" in shown[0]
    kept = Path(shown[0].split("：", 1)[1])
    assert kept.exists() and len(sqlite3.connect(kept).execute("SELECT * FROM members").fetchall()) == 10
    assert window.pages[window.nav.currentRow()].title == "数据检查"  # the same page, built anew
    assert window.page(MembersPage).session is window.session


def test_a_refused_restore_leaves_the_file_and_the_window_working(window, db, db_path, tmp_path, monkeypatch):
    foreign = tmp_path / "photo.db"
    foreign.write_bytes(b"\xff\xd8\xff" + b"x" * 500)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    before = _dump(db_path)
    assert window.restore_backup(foreign) is None
    assert "不是三会一课助手的数据文件" in warned[0]
    assert _dump(db_path) == before
    assert list_members(window.session.db, window.session.org_id) == []  # the reopened file answers


def test_backup_to_usb_that_fails_says_so(window, qtbot, db_path, tmp_path, monkeypatch):
    blocker = tmp_path / "usb"
    blocker.write_text("a file, not the stick")
    page = window.show_page(CheckPage)
    warned = []
    monkeypatch.setattr("sanhui.ui.ops.QMessageBox.warning", lambda *a, **k: warned.append(a[2]))
    before = _dump(db_path)
    task = page.backup_to(blocker / "sub")
    qtbot.waitUntil(lambda: not task.running, timeout=10_000)
    assert warned and "备份没有写成" in warned[0]
    assert _dump(db_path) == before
    done = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: done.append(a[2]))
    stick = tmp_path / "stick"
    stick.mkdir()
    task = page.backup_to(stick)
    qtbot.waitUntil(lambda: not task.running, timeout=10_000)
    assert done and len(list(stick.glob("*.db"))) == 1


# -- the lock --------------------------------------------------------------------------------------


def test_no_password_no_prompt(db):
    assert unlock_at_start(db)  # returns at once: no dialog is shown


def test_start_prompt_allows_a_few_tries(qtbot, db, branch_id):
    set_password(db, branch_id, PASSWORD, PASSWORD)
    prompt = PasswordPrompt(db, branch_id)
    qtbot.addWidget(prompt)
    for left in (4, 3):
        prompt.password.setText("不对")
        assert not prompt.try_password()
        assert f"还可以再试 {left} 次" in prompt.error.text()
    prompt.password.setText(PASSWORD)
    assert prompt.try_password() and prompt.result() == PasswordPrompt.Accepted
    second = PasswordPrompt(db, branch_id)
    qtbot.addWidget(second)
    for _ in range(5):
        second.password.setText("不对")
        second.try_password()
    assert not second.enter.isEnabled() and not second.password.isEnabled()
    assert "连续输错 5 次" in second.error.text()


def test_idle_window_locks_and_asks_again(window, qtbot, db, branch_id):
    set_password(db, branch_id, PASSWORD, PASSWORD)
    window.lock.refresh()
    assert window.lock.minutes == 10
    window.show_page(MembersPage)
    dialog = MemberDialog(window.session, None, window, today=TODAY)
    dialog.open()
    window.lock.set_idle_ms(150)
    qtbot.waitUntil(lambda: window.lock.locked, timeout=5000)
    screen = window.findChild(LockScreen)
    assert screen.isVisible() and screen.geometry() == window.rect()
    assert not window.centralWidget().isEnabled() and not window.menuBar().isEnabled()
    assert not dialog.isVisible()  # open dialogs are closed: nothing personal stays on the screen
    row = window.nav.currentRow()
    qtbot.keyClick(window, Qt.Key_1, Qt.ControlModifier)
    assert window.nav.currentRow() == row  # page shortcuts do nothing behind the lock screen
    screen.password.setText("不对")
    assert not screen.try_password() and window.lock.locked and "密码不对" in screen.error.text()
    screen.password.setText(PASSWORD)
    assert screen.try_password()
    assert not window.lock.locked and not screen.isVisible() and window.centralWidget().isEnabled()


def test_input_keeps_the_window_unlocked(window, qtbot, db, branch_id):
    set_password(db, branch_id, PASSWORD, PASSWORD)
    window.lock.refresh()
    window.lock.set_idle_ms(400)
    for _ in range(8):
        qtbot.wait(100)
        qtbot.keyClick(window.nav, Qt.Key_Down)
    assert not window.lock.locked
    qtbot.waitUntil(lambda: window.lock.locked, timeout=5000)


def test_without_a_password_nothing_locks(window, qtbot):
    window.lock.refresh()
    assert window.lock.idle_ms == 0
    window.lock.check()
    assert not window.lock.locked


def test_settings_box_sets_changes_and_removes_the_password(window, qtbot, db, branch_id):
    page = window.show_page(SettingsPage)
    box = page.lock_box
    assert box.set_button.isVisible() and not box.clear_button.isVisible() and not box.idle.isEnabled()
    dialog = box.open_dialog("set")
    dialog.new.setText(PASSWORD)
    dialog.repeat.setText("另一个")
    assert not dialog.save() and "不一样" in dialog.error.text()
    dialog.repeat.setText(PASSWORD)
    assert dialog.save()
    assert has_password(db, branch_id) and PASSWORD not in get_setting(db, branch_id, "lock_password")
    assert box.change_button.isVisible() and box.idle.isEnabled()
    assert window.lock.minutes == 10  # the window follows the new setting at once
    box.idle.setValue(3)
    box.save_idle()
    assert get_setting(db, branch_id, "lock_idle_minutes") == 3 and window.lock.minutes == 3
    dialog = box.open_dialog("clear")
    dialog.current.setText("不对")
    assert not dialog.save() and has_password(db, branch_id)
    dialog.current.setText(PASSWORD)
    assert dialog.save() and not has_password(db, branch_id)
    assert box.set_button.isVisible() and window.lock.idle_ms == 0


# -- masked personal numbers ----------------------------------------------------------------------------


def test_masks():
    assert mask_id_number("11010119650302123X") == "110***********123X"
    assert mask_phone("13800138000") == "138****8000"
    assert mask_phone("0571-8888") == "*******88"
    assert mask_id_number("") == mask_phone("") == ""


@pytest.fixture
def member(db, branch_id):
    _add(db, branch_id, 1, seed=12)
    return list_members(db, branch_id)[0]


def test_member_dialog_shows_numbers_masked_until_asked(window, qtbot, db, member):
    dialog = MemberDialog(window.session, member, window, today=TODAY)
    qtbot.addWidget(dialog)
    field = dialog.id_number
    assert isinstance(field, SecretField) and field.masked
    assert field.displayed() == mask_id_number(member.id_number) and field.edit.isReadOnly()
    assert dialog.phone.displayed() == mask_phone(member.phone)
    assert field.text() == member.id_number
    field.button.click()
    assert field.displayed() == member.id_number and not field.edit.isReadOnly()
    assert field.button.text() == "隐藏"
    dialog.save()
    assert dialog.result() == MemberDialog.Accepted
    assert list_members(db, member.branch_id)[0].id_number == member.id_number  # nothing lost by masking


def test_members_table_masks_phones(window, member):
    from sanhui.ui.models.members_model import Col

    page = window.show_page(MembersPage)
    shown = page.model.data(page.model.index(0, Col.PHONE))
    assert shown == mask_phone(member.phone) and member.phone not in shown


def test_a_number_being_typed_stays_readable_until_hidden(window, qtbot):
    number = make_members(1, seed=13, today=TODAY)[0]["身份证号"]
    dialog = MemberDialog(window.session, None, window, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    field = dialog.id_number
    qtbot.keyClicks(field.edit, number)
    qtbot.keyClick(field.edit, Qt.Key_Return)  # finishing the number fills 出生日期 from it
    assert field.displayed() == number and not field.masked
    assert dialog.birth_date.text()
    field.button.click()
    field.button.click()  # 显示, then 隐藏
    assert field.masked and field.displayed() == mask_id_number(number) and field.text() == number


def test_daily_backup_runs_on_the_worker_without_a_dialog(qtbot, db, sanhui_home):
    from sanhui.ui.app import _daily_backup

    task = _daily_backup(db)
    assert not task._show_timer.isActive()  # quiet: no progress dialog, however long it takes
    with qtbot.waitSignal(task.finished, timeout=30_000):
        pass
    assert task.error is None and task.result is not None and task.result.exists()
    assert {p.name.split("-")[0] for p in list_backups()} == {"daily", "monthly"}
