"""设置: meeting rules, reminders and printing are saved together, or not at all when one is wrong."""
from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QTableWidgetItem

from sanhui.core.model import MeetingType
from sanhui.core.plan import Frequency, RuleSettings, theme_day_date
from sanhui.core.store.meeting_stats import plan_for_year
from sanhui.core.store.settings import get_setting
from sanhui.ui.pages.settings_page import SettingsPage


def test_rules_change_the_plan(window, db, branch_id):
    page = window.show_page(SettingsPage)
    box = page.rules_box
    before = [i for i in plan_for_year(db, branch_id, 2026, date(2026, 11, 23)) if i.type == MeetingType.PARTY_LECTURE]
    assert len(before) == 4
    combo = box.frequency[MeetingType.PARTY_LECTURE]
    combo.setCurrentIndex(combo.findData(Frequency.MONTHLY))
    box.by_weekday.setChecked(True)
    box.nth.setCurrentIndex(box.nth.findData(1))
    box.weekday.setCurrentIndex(box.weekday.findData(4))  # the first Friday
    box.moves.insertRow(0)
    box.moves.setItem(0, 0, QTableWidgetItem("2026-10"))
    box.moves.setItem(0, 1, QTableWidgetItem("2026-10-09"))
    page.reminders_box.hours_member.setValue(40)
    assert page.save_rules(), page.rules_error.text()
    after = [i for i in plan_for_year(db, branch_id, 2026, date(2026, 11, 23)) if i.type == MeetingType.PARTY_LECTURE]
    assert len(after) == 12
    rules = RuleSettings.from_dict(get_setting(db, branch_id, "rules"))
    assert theme_day_date(2026, 11, rules) == date(2026, 11, 6)  # first Friday of November 2026
    assert theme_day_date(2026, 10, rules) == date(2026, 10, 9)  # moved for the National Day holiday
    assert get_setting(db, branch_id, "study_hours_member") == 40


def test_a_wrong_value_saves_nothing(window, db, branch_id):
    page = window.show_page(SettingsPage)
    before = {k: get_setting(db, branch_id, k) for k in ("rules", "study_hours_member", "margins_mm", "pdf_font")}
    page.reminders_box.hours_member.setValue(99)
    page.print_box.margins[0].setValue(20)
    page.rules_box.moves.insertRow(0)
    page.rules_box.moves.setItem(0, 0, QTableWidgetItem("2026-10"))
    page.rules_box.moves.setItem(0, 1, QTableWidgetItem("2026-10-30"))  # more than a week from the 5th
    assert not page.save_rules()
    assert "一周" in page.rules_error.text()
    page.rules_box.moves.removeRow(0)
    page.print_box.font.setText("/no/such/font.ttf")
    assert not page.save_rules()
    assert page.rules_error.text()
    after = {k: get_setting(db, branch_id, k) for k in before}
    assert after == before


def test_margins_setting_reaches_the_pdf(window, db, branch_id, tmp_path):
    from pypdf import PdfReader

    from sanhui.core.documents import layout as L
    from sanhui.core.documents.output import write_document
    from sanhui.core.store.settings import set_setting

    set_setting(db, branch_id, "margins_mm", "20,20,20,20")
    doc = L.Document("测试", "某村党支部", [L.Paragraph("正文" * 400)])
    write_document(db, branch_id, doc, tmp_path / "a.pdf")
    assert doc.margins_mm == (20.0, 20.0, 20.0, 20.0)
    assert len(PdfReader(tmp_path / "a.pdf").pages) >= 1
