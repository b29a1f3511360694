"""Everything by keyboard: each visible button shows its key (Alt+letter, a number key, or Esc for 取消/关闭),
no two things on one screen share a letter, pages leave the menu bar's letters alone, and F1 opens the guide."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QTabWidget

from sanhui.core.demo import create_demo
from sanhui.core.model import MeetingStatus
from sanhui.ui.dialogs.help_dialog import HelpDialog
from sanhui.ui.main_window import MainWindow
from sanhui.ui.session import Session

from common import TODAY

MNEMONIC = re.compile(r"&([^&])")
SHOWN_KEY = re.compile(r"\((\d)\)$")  # 选中的人请假 (2): the number key is part of the text
ESCAPE = {"取消", "关闭", "退出"}


@pytest.fixture
def demo(tmp_path):
    db = create_demo(tmp_path / "demo.db", today=TODAY)
    yield db
    db.close()


def keys_on_screen(root) -> tuple[list[str], dict[str, list[str]]]:
    """(buttons without a visible key, {letter: texts using it}) over the visible widgets of ``root``."""
    missing, letters = [], {}
    for button in root.findChildren(QAbstractButton):
        text = button.text()
        if not button.isVisible() or not text:
            continue
        match = MNEMONIC.search(text)
        if match:
            letters.setdefault(match.group(1).upper(), []).append(text)
        elif not SHOWN_KEY.search(text) and text not in ESCAPE and not button.shortcut().toString():
            missing.append(text)
    for label in root.findChildren(QLabel):
        match = MNEMONIC.search(label.text())
        if label.isVisible() and label.buddy() is not None and match:
            letters.setdefault(match.group(1).upper(), []).append(label.text())
    return missing, letters


def clashes(letters: dict[str, list[str]], taken: set[str] = frozenset()) -> list[str]:
    return [f"Alt+{k}: {v}" for k, v in sorted(letters.items()) if len(v) > 1 or k in taken]


def test_every_page_shows_its_keys_without_clashes(qtbot, demo):
    window = MainWindow(demo, today=TODAY)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    menu_letters = {MNEMONIC.search(a.text()).group(1).upper() for a in window.menuBar().actions()}
    assert menu_letters == {"F", "P", "H"}
    problems = []
    for index, page in enumerate(window.pages):
        window.nav.setCurrentRow(index)
        QCoreApplication.processEvents()
        missing, letters = keys_on_screen(page)
        problems += [f"{page.title}: no key for {text!r}" for text in missing]
        problems += [f"{page.title}: {clash}" for clash in clashes(letters, menu_letters)]
    assert problems == []
    go = window.menuBar().actions()[1].menu().actions()
    assert [a.shortcut().toString() for a in go] == [f"Ctrl+{i}" for i in range(1, len(window.pages) + 1)]


def test_record_editor_tabs_show_their_keys_without_clashes(qtbot, demo):
    from sanhui.ui.editor import MeetingEditor

    session = Session(demo)
    problems = []
    for status in (MeetingStatus.DRAFT, MeetingStatus.FINAL):
        row = demo.execute("SELECT id FROM meetings WHERE status = ? ORDER BY date DESC LIMIT 1",
                           [status.value]).fetchone()
        if row is None:
            continue
        editor = MeetingEditor(session, row[0], today=TODAY)
        qtbot.addWidget(editor)
        editor.show()
        tabs = editor.findChild(QTabWidget)
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            QCoreApplication.processEvents()
            missing, letters = keys_on_screen(editor)
            where = f"{status.value} {tabs.tabText(index)}"
            problems += [f"{where}: no key for {text!r}" for text in missing]
            problems += [f"{where}: {clash}" for clash in clashes(letters)]
    assert problems == []


def test_f1_opens_the_guide_from_the_help_menu(qtbot, window):
    help_menu = window.menuBar().actions()[2].menu()
    guide = help_menu.actions()[0]
    assert guide.text() == "使用说明(&H)" and guide.shortcut().toString() == "F1"
    qtbot.keyClick(window, Qt.Key_F1)
    dialog = window.findChild(HelpDialog)
    assert dialog is not None and dialog.isVisible()
    text = dialog.browser.toPlainText()
    for words in ("新建", "签到", "定稿", "打印签到表", "年度记录本", "政治生日", "备份", "U 盘", "字号"):
        assert words in text, words
    for title in ("工作台", "会议", "党员", "政治生日", "谈心谈话", "统计", "设置"):
        assert title in text, title
    assert window.show_help() is dialog  # pressed again: the same window comes forward
