"""The first-run wizard, driven through its pages as a secretary would, to a file with org, roster and rules."""
from __future__ import annotations

import hashlib

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard

from sanhui.core.model import MeetingType, Role
from sanhui.core.plan import RuleSettings, ThemeDayRule
from sanhui.core.store import open_db
from sanhui.core.store.members import list_members
from sanhui.core.store.org import file_info, home_org, list_groups
from sanhui.core.store.settings import get_setting
from sanhui.ui.dialogs.wizard import FirstRunWizard

from common import TODAY
from fakes import make_members, write_xlsx


@pytest.fixture(autouse=True)
def normal_type():
    yield
    from sanhui.ui.app import apply_font_size

    apply_font_size(QApplication.instance(), "normal")


def make_wizard(qtbot, path) -> FirstRunWizard:
    wizard = FirstRunWizard(path, today=TODAY)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def test_wizard_from_welcome_to_a_filled_roster_and_plan(qtbot, tmp_path):
    path = tmp_path / "data" / "sanhui.db"
    wizard = make_wizard(qtbot, path)
    assert wizard.currentId() == wizard.WELCOME
    app = QApplication.instance()
    normal = app.font().pointSizeF()
    wizard.welcome.font_size.setCurrentIndex(wizard.welcome.font_size.findData("large"))
    assert app.font().pointSizeF() > normal  # the whole wizard at once, before anything is typed
    qtbot.mouseClick(wizard.welcome.start, Qt.LeftButton)
    assert wizard.currentId() == wizard.ROLE
    assert wizard.role_page.branch.isChecked()
    wizard.next()

    names = wizard.names
    assert wizard.currentId() == wizard.NAMES and names.township_name.isVisibleTo(wizard)
    assert not wizard.button(QWizard.NextButton).isEnabled()  # 名称 and 代码 are required
    names.name.setText("中共柳塘村支部委员会")
    names.code.setText("3")
    wizard.next()
    assert wizard.currentId() == wizard.NAMES
    assert "代码" in names.fields["code"].error.text() and names.fields["code"].error.isVisibleTo(wizard)
    names.code.setText("330102005")
    names.township_name.setText("中共青山镇委员会")
    wizard.next()
    assert wizard.currentId() == wizard.NAMES and "乡镇代码" in names.fields["township_code"].error.text()
    names.township_code.setText("330102")
    wizard.next()
    assert wizard.currentId() == wizard.RULES
    assert not path.exists() and wizard.draft_path.exists()  # the real name appears only at 完成

    rules = wizard.rules
    rules.by_weekday.setChecked(True)
    rules.nth.setCurrentIndex(rules.nth.findData(1))
    rules.weekday.setCurrentIndex(rules.weekday.findData(4))
    rules.term_start.setText("去年秋天")
    wizard.next()
    assert wizard.currentId() == wizard.RULES and rules.term_field.error.text()
    rules.term_start.setText("2030-01-01")
    wizard.next()
    assert wizard.currentId() == wizard.RULES and "晚于今天" in rules.term_field.error.text()
    rules.term_start.setText("2021.10.9")
    wizard.next()
    assert wizard.currentId() == wizard.ROSTER

    roster = wizard.roster
    assert "还没有" in roster.status.text()
    assert roster.import_file(str(tmp_path / "没有这个文件.xlsx")) is None and roster.status.text()
    source = write_xlsx(tmp_path / "党员名册.xlsx", make_members(30, seed=5, today=TODAY))
    dialog = roster.import_file(str(source))
    assert dialog.isVisible() and dialog.table.rowCount() == 30
    qtbot.mouseClick(dialog.confirm, Qt.LeftButton)
    assert not dialog.isVisible()
    assert "30 名党员" in roster.status.text()
    wizard.next()

    plan = wizard.plan
    assert wizard.currentId() == wizard.PLAN
    groups = len(list_groups(wizard.db, wizard.session.org_id))
    assert groups >= 2
    assert plan.counts[MeetingType.THEME_DAY] == 12 and plan.counts[MeetingType.GENERAL_MEETING] == 4
    assert plan.counts[MeetingType.GROUP_MEETING] == 12 * groups
    assert "每月第一个星期五" in plan.theme_day.text() and "2026-12-04" in plan.theme_day.text()
    assert plan.table.rowCount() == 7

    qtbot.mouseClick(wizard.button(QWizard.FinishButton), Qt.LeftButton)
    assert wizard.result() == QWizard.Accepted and not wizard.demo_chosen
    db = wizard.db
    assert path.exists() and not wizard.draft_path.exists() and db.path == path
    org = home_org(db)
    assert (org.name, org.code, org.township_name, org.township_code) == (
        "中共柳塘村支部委员会", "330102005", "中共青山镇委员会", "330102")
    branch_id = file_info(db).org_id
    assert len(list_members(db, branch_id)) == 30
    saved = RuleSettings.from_dict(get_setting(db, branch_id, "rules"))
    assert saved.theme_day == ThemeDayRule(nth_weekday=(1, 4))
    assert get_setting(db, branch_id, "term_start") == "2021-10-09"
    assert get_setting(db, branch_id, "font_size") == "large"
    db.close()
    reopened = open_db(path)
    assert len(list_members(reopened, branch_id)) == 30
    reopened.close()


def test_going_back_to_rename_keeps_the_imported_roster(qtbot, tmp_path):
    wizard = make_wizard(qtbot, tmp_path / "sanhui.db")
    wizard.next()
    wizard.next()
    wizard.names.name.setText("中共柳塘村支部委员会")
    wizard.names.code.setText("330102005")
    wizard.next()
    wizard.next()
    dialog = wizard.roster.import_file(str(write_xlsx(tmp_path / "名册.xlsx", make_members(8, seed=2, today=TODAY))))
    dialog.confirm.click()
    for _ in range(2):
        wizard.back()
    assert wizard.currentId() == wizard.NAMES
    wizard.names.name.setText("中共柳塘村党支部")
    wizard.next()
    wizard.next()
    wizard.next()
    wizard.accept()
    assert home_org(wizard.db).name == "中共柳塘村党支部"
    assert len(list_members(wizard.db, file_info(wizard.db).org_id)) == 8
    wizard.db.close()


def test_township_role_skips_the_township_fields(qtbot, tmp_path):
    wizard = make_wizard(qtbot, tmp_path / "t.db")
    wizard.next()
    wizard.role_page.township.setChecked(True)
    wizard.next()
    assert not wizard.names.township_name.isVisibleTo(wizard)
    assert "乡镇党委名称" in wizard.names.name_label.text()
    wizard.names.name.setText("中共青山镇委员会")
    wizard.names.code.setText("330102")
    for _ in range(3):
        wizard.next()
    wizard.accept()
    assert file_info(wizard.db).role == Role.TOWNSHIP
    wizard.db.close()


def test_cancel_leaves_nothing_behind(qtbot, tmp_path):
    folder = tmp_path / "data"
    wizard = make_wizard(qtbot, folder / "sanhui.db")
    wizard.next()
    wizard.next()
    wizard.names.name.setText("中共柳塘村支部委员会")
    wizard.names.code.setText("330102005")
    wizard.next()
    assert wizard.draft_path.exists()
    wizard.reject()
    assert list(folder.iterdir()) == []


def test_demo_choice_opens_the_demo_and_leaves_real_data_alone(qtbot, tmp_path, sanhui_home, db_path, monkeypatch):
    from sanhui.ui import app

    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    wizard = make_wizard(qtbot, tmp_path / "new.db")
    qtbot.mouseClick(wizard.welcome.demo, Qt.LeftButton)
    assert wizard.result() == QWizard.Accepted and wizard.demo_chosen and wizard.db is None
    assert not (tmp_path / "new.db").exists()

    def choose_demo(self):
        self.choose_demo()
        return QWizard.Accepted

    monkeypatch.setattr(FirstRunWizard, "exec", choose_demo)
    db = app.open_or_create(tmp_path / "new.db", demo=False)
    assert db.path.parent == sanhui_home / "demo" and app._is_demo(db)
    assert len(list_members(db, file_info(db).org_id)) >= 40
    db.close()
    assert not (tmp_path / "new.db").exists()
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before
