"""The 工作台 reminders, the 会议 year grid and the 谈心谈话 page over a realistic demo branch."""
from __future__ import annotations

import pytest

from sanhui.core.plan import PlanStatus
from sanhui.core.store.meetings import get_meeting, list_meetings
from sanhui.core.store.reminders import list_reminders
from sanhui.ui.dialogs.new_meeting import NewMeetingDialog
from sanhui.ui.main_window import MainWindow
from sanhui.ui.pages.home_page import HomePage
from sanhui.ui.pages.meetings_page import MeetingsPage
from sanhui.ui.pages.talks_page import TalksPage

from common import TODAY


@pytest.fixture
def demo_window(tmp_path, qtbot):
    from sanhui.core.demo import create_demo

    db = create_demo(tmp_path / "demo.db", today=TODAY)
    window = MainWindow(db, today=TODAY)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    yield window
    db.close()


def test_home_lists_reminders_and_mark_done_removes_one(demo_window):
    home = demo_window.page(HomePage)
    panel = home.reminders
    birthdays = [r for r in panel.reminders if r.kind == "political_birthday"]
    assert birthdays, "the demo branch has political birthdays in the next 30 days"
    shown = [panel.tree.topLevelItem(i).text(0) for i in range(panel.tree.topLevelItemCount())]
    assert any(text.startswith("政治生日") for text in shown)
    target = birthdays[0]
    panel.mark(target, "card")
    assert target.ref not in {r.ref for r in panel.reminders}
    db = demo_window.session.db
    assert target.ref not in {r.ref for r in list_reminders(db, demo_window.session.org_id, on=TODAY)}


def test_once_a_day_notification(demo_window):
    assert demo_window.notify_due() is True
    assert demo_window.notify_due() is False


def test_meetings_grid_and_make_up_meeting(demo_window, monkeypatch):
    page = demo_window.show_page(MeetingsPage)
    model = page.grid_model
    labels = [model.headerData(r, 2) for r in range(model.rowCount())]
    assert labels[0] == "支部党员大会" and any("第一党小组" in label for label in labels)
    missing = None
    for row in range(model.rowCount()):
        for column in range(12):
            item = model.item(model.index(row, column))
            if item is not None and item.status == PlanStatus.MISSING:
                missing = item
                break
        if missing:
            break
    assert missing is not None, "the demo skips a few meetings on purpose"
    opened = []
    monkeypatch.setattr(MeetingsPage, "open_meeting", lambda self, meeting_id: opened.append(meeting_id))

    def accept(dialog):
        assert dialog.make_up.isChecked()
        dialog.topic.setText("补开：学习上级文件精神")
        dialog.create()
        return dialog.result()

    monkeypatch.setattr(NewMeetingDialog, "exec", accept)
    meeting_id = page.new_for_item(missing)
    assert opened == [meeting_id]
    record = get_meeting(demo_window.session.db, meeting_id)
    assert record.for_period == missing.period and record.type == missing.type and record.date == TODAY
    assert record.attendance, "expected members were filled in"
    assert page.list_model.rowCount() == len(list_meetings(demo_window.session.db, demo_window.session.org_id, 2026))


def test_talks_page_adds_a_talk(demo_window):
    page = demo_window.show_page(TalksPage)
    before = page.not_talked.count()
    rows = page.table.rowCount()
    assert before > 0
    name = page.not_talked.item(0).text()
    page.other.setCurrentIndex(next(i for i in range(page.other.count()) if page.other.itemText(i).startswith(name)))
    page.content.setText("")
    page.add()
    assert "内容" in page.error.error.text()
    page.content.setText("交流思想，听取意见建议。")
    page.add()
    assert page.table.rowCount() == rows + 1
    assert page.not_talked.count() == before - 1


def test_home_prints_the_months_cards(demo_window, monkeypatch):
    shown = []
    monkeypatch.setattr("sanhui.ui.dialogs.document_dialog.show", lambda dialog: shown.append(dialog) or dialog)
    demo_window.page(HomePage).reminders.cards_button.click()
    assert len(shown) == 1 and "贺卡" in shown[0].windowTitle()


def test_birthdays_page_records_and_celebrates(demo_window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from sanhui.ui.pages.birthdays_page import BirthdaysPage

    page = demo_window.show_page(BirthdaysPage)
    assert page.table.rowCount() == len(page.birthdays) > 1
    page.table.selectRow(0)
    page.action.setCurrentIndex(page.action.findData("oath"))
    page.record_selected()
    assert page.birthdays[0].actions == ["oath"]
    shown = []
    monkeypatch.setattr("sanhui.ui.dialogs.document_dialog.show", lambda dialog: shown.append(dialog) or dialog)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    assert page.celebrate()
    assert all("celebrated" in b.actions for b in page.birthdays)
    assert "贺卡" in shown[-1].windowTitle()
    page.print_medal_list()
    assert "50" in shown[-1].windowTitle()
