"""Pseudo-translation: every UI string must pass through Qt's translation functions.

A translator that wraps whatever it is asked for as ⟦…⟧ is installed before the
windows are built; then every static text (labels, buttons, tabs, headers,
menus, window titles, group boxes, placeholders, tooltips, list items) is read
back. Chinese left outside ⟦…⟧ either never went through tr() or was glued on
to a translated piece — unless it is data from the file (names, topics, the
branch's name), which is taken out first. The compiled catalogue in
resources/translations is checked to load and to hold the UI's strings.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
    QWizard,
)

from sanhui import paths
from sanhui.core.demo import create_demo
from sanhui.core.model import MeetingStatus
from sanhui.core.store.members import list_members
from sanhui.ui.session import Session

from common import TODAY
from fakes import make_members, write_xlsx

WRAPPED = re.compile(r"⟦.*?⟧", re.S)
CJK = re.compile(r"[\u3400-\u9fff]")


class PseudoTranslator(QTranslator):
    """Answers every lookup with the source wrapped in ⟦…⟧."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002 - Qt's signature
        return f"⟦{source}⟧"

    def isEmpty(self):  # noqa: N802 - Qt name
        return False


@pytest.fixture
def pseudo(qtbot):
    app = QCoreApplication.instance()
    translator = PseudoTranslator()
    app.installTranslator(translator)
    yield translator
    app.removeTranslator(translator)


@pytest.fixture
def demo(tmp_path):
    db = create_demo(tmp_path / "demo.db", today=TODAY)
    yield db
    db.close()


def data_strings(db, *extra: str) -> list[str]:
    """Every text value stored in the file, longest first (so that a name inside a topic goes with it).

    Also the vocabularies of editable lists whose text is stored as typed (学历, 职务, 性别, 补学方式, 活动形式):
    they are values, not labels, and must not change with the language."""
    from sanhui.core.model import THEME_DAY_FORMS
    from sanhui.ui.dialogs.member_dialog import EDUCATION, POSITIONS
    from sanhui.ui.editor.makeup_tab import MAKEUP_METHODS

    values = {*extra, *EDUCATION, *POSITIONS, *MAKEUP_METHODS, *THEME_DAY_FORMS, "男", "女"} - {""}
    for table in db.table_names():
        columns = [c[1] for c in db.execute(f"PRAGMA table_info([{table}])") if c[2].upper() == "TEXT"]
        for row in db.execute(f"SELECT {', '.join(columns) or 'NULL'} FROM [{table}]").fetchall():
            for value in row:
                if isinstance(value, str) and CJK.search(value):
                    values.update(line for line in value.splitlines() if CJK.search(line))
                    values.add(value)
    return sorted(values, key=len, reverse=True)


def static_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for each text a person reads in ``root`` and its children, hidden ones included."""
    texts = []

    def add(widget, kind, text):
        if text:
            texts.append((f"{type(widget).__name__}.{kind}", text))

    for widget in [root, *root.findChildren(QWidget)]:
        if widget.isWindow():
            add(widget, "windowTitle", widget.windowTitle())
        add(widget, "toolTip", widget.toolTip())
        if isinstance(widget, QLabel):
            add(widget, "text", widget.text())
        elif isinstance(widget, QAbstractButton):
            add(widget, "text", widget.text())
        elif isinstance(widget, QGroupBox):
            add(widget, "title", widget.title())
        elif isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                add(widget, "tabText", widget.tabText(i))
        elif isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit)):
            add(widget, "placeholderText", widget.placeholderText())
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                add(widget, "item", widget.itemText(i))
        elif isinstance(widget, QMenu):
            add(widget, "title", widget.title())
        if isinstance(widget, QListWidget) and widget.objectName() == "nav":
            for i in range(widget.count()):
                add(widget, "item", widget.item(i).text())
        if isinstance(widget, QHeaderView) and widget.model() is not None:
            for section in range(widget.count()):
                add(widget, "header", str(widget.model().headerData(section, widget.orientation(), Qt.DisplayRole)
                                          or ""))
        if isinstance(widget, QWizard):
            for page_id in widget.pageIds():
                add(widget, "page title", widget.page(page_id).title())
                add(widget, "page subtitle", widget.page(page_id).subTitle())
            for button in (QWizard.BackButton, QWizard.NextButton, QWizard.FinishButton, QWizard.CancelButton):
                add(widget, "button", widget.buttonText(button))
    if isinstance(root, QMainWindow):
        for action in root.menuBar().actions():
            add(root, "menu", action.text())
            if action.menu():
                for item in action.menu().actions():
                    add(root, "menu item", item.text())
    return texts


def bypasses(root: QWidget, data: list[str]) -> list[str]:
    """Texts with Chinese that is neither translated (⟦…⟧) nor data from the file."""
    found = []
    for where, text in static_texts(root):
        rest = WRAPPED.sub("", text)
        if not CJK.search(rest):
            continue
        for value in data:
            if value in rest:
                rest = rest.replace(value, "")
        if CJK.search(rest):
            found.append(f"{where}: {text!r}")
    return sorted(set(found))


def test_pseudo_translator_wraps_a_translated_string(qtbot, pseudo):
    label = QLabel(QCoreApplication.translate("Test", "党员"))
    qtbot.addWidget(label)
    assert label.text() == "⟦党员⟧"
    assert bypasses(label, []) == []
    label.setText("党员：" + QCoreApplication.translate("Test", "共 3 人"))
    assert bypasses(label, []) == ["QLabel.text: '党员：⟦共 3 人⟧'"]


def test_every_page_and_dialog_goes_through_translation(qtbot, pseudo, demo, tmp_path):
    from sanhui.ui.dialogs.document_dialog import minutes_dialog
    from sanhui.ui.dialogs.first_start import FirstStartDialog
    from sanhui.ui.dialogs.help_dialog import HelpDialog
    from sanhui.ui.dialogs.import_dialog import ImportDialog
    from sanhui.ui.dialogs.member_dialog import MemberDialog
    from sanhui.ui.dialogs.new_meeting import NewMeetingDialog
    from sanhui.ui.dialogs.wizard import FirstRunWizard
    from sanhui.ui.editor import MeetingEditor
    from sanhui.ui.editor.corrections import CorrectionDialog
    from sanhui.ui.main_window import MainWindow

    roster = write_xlsx(tmp_path / "名册.xlsx", make_members(5, seed=9, today=TODAY))
    data = data_strings(demo, roster.name)
    window = MainWindow(demo, today=TODAY)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    found = []
    for index in range(len(window.pages)):
        window.nav.setCurrentRow(index)
        QCoreApplication.processEvents()
    found += bypasses(window, data)
    session = Session(demo)
    branch_id = session.org_id
    final = demo.execute("SELECT id FROM meetings WHERE status = ? ORDER BY date LIMIT 1",
                         [MeetingStatus.FINAL.value]).fetchone()[0]
    draft = demo.execute("SELECT id FROM meetings WHERE status = ? ORDER BY date LIMIT 1",
                         [MeetingStatus.DRAFT.value]).fetchone()
    dialogs = [
        FirstStartDialog(tmp_path / "new.db"),
        ImportDialog(session, roster, today=TODAY),
        MemberDialog(session, today=TODAY),
        MemberDialog(session, list_members(demo, branch_id)[0], today=TODAY),
        NewMeetingDialog(session, today=TODAY),
        MeetingEditor(session, final, today=TODAY),
    ]
    if draft:
        dialogs.append(MeetingEditor(session, draft[0], today=TODAY))
    dialogs.append(CorrectionDialog(session, dialogs[5].record, dialogs[5].members))
    dialogs += [FirstRunWizard(tmp_path / "wizard.db", today=TODAY), HelpDialog()]
    preview = minutes_dialog(session, final)
    dialogs.append(preview)
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        if isinstance(dialog, MeetingEditor):
            for tabs in dialog.findChildren(QTabWidget):
                for i in range(tabs.count()):
                    tabs.setCurrentIndex(i)
        if dialog is preview:
            qtbot.waitUntil(lambda: preview.task is not None and not preview.task.running, timeout=60000)
        QCoreApplication.processEvents()
        found += bypasses(dialog, data)
    assert found == [], "Chinese UI text that bypasses translation:\n" + "\n".join(found)


def test_compiled_catalogue_loads_and_holds_the_ui_strings():
    folder = paths.resources_dir() / "translations"
    source = (folder / "sanhui_zh_CN.ts").read_text(encoding="utf-8")
    assert source.count("<message>") > 300
    translator = QTranslator()
    assert translator.load(str(Path(folder) / "sanhui_zh_CN.qm"))
    assert translator.translate("MainWindow", "文件(&F)") == "文件(&F)"
    assert translator.translate("MembersPage", "导入名册(&I)…") == "导入名册(&I)…"
