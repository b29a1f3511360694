"""Preview, print and save documents in the app; the background helper; the 统计 page."""
from __future__ import annotations

import threading

import pytest
from docx import Document as open_docx
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QThread
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QPushButton, QWidget

from sanhui.core.documents import layout as L
from sanhui.core.documents.book import book_document
from sanhui.core.documents.output import write_document
from sanhui.core.model import MEETING_TYPE_NAMES, MeetingType
from sanhui.core.store import open_db
from sanhui.core.store.meeting_stats import year_stats
from sanhui.errors import InvalidInput
from sanhui.ui.dialogs.document_dialog import DocumentDialog, book_dialog, minutes_dialog
from sanhui.ui.ops import run_task
from sanhui.ui.session import Session

from common import TODAY
from records_demo import demo_copy

WAIT_MS = 60000


@pytest.fixture
def demo(tmp_path):
    return demo_copy(tmp_path / "demo")


@pytest.fixture
def demo_session(demo, qtbot):
    db = open_db(demo.path)
    yield Session(db)
    db.close()


def wait_for(qtbot, task) -> None:
    qtbot.waitUntil(lambda: task is not None and not task.running, timeout=WAIT_MS)


def open_dialog(qtbot, dialog: DocumentDialog) -> DocumentDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.task is not None, timeout=WAIT_MS)
    wait_for(qtbot, dialog.task)
    return dialog


def save_as(monkeypatch, path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), "")))


def test_minutes_preview_then_save_as_pdf_and_word(qtbot, demo, demo_session, tmp_path, monkeypatch):
    dialog = open_dialog(qtbot, minutes_dialog(demo_session, demo.rich_id))
    assert dialog.pdf.pageCount() >= 3
    assert dialog.print_button.isEnabled() and "共" in dialog.status.text()
    assert dialog.doc.fingerprint and not dialog.doc.draft
    dialog.page.setValue(2)
    assert dialog.view.pageNavigator().currentPage() == 1
    save_as(monkeypatch, tmp_path / "记录")  # no suffix typed: .pdf is added
    saved = dialog.save_pdf()
    assert saved == tmp_path / "记录.pdf"
    assert len(PdfReader(str(saved)).pages) == dialog.pdf.pageCount()
    save_as(monkeypatch, tmp_path / "记录.docx")
    task = dialog.save_word()
    wait_for(qtbot, task)
    assert task.error is None
    tables = open_docx(str(tmp_path / "记录.docx")).tables
    assert any(dialog.doc.blocks[1].rows[1][1] in cell.text for t in tables for r in t.rows for cell in r.cells)
    preview_folder = dialog._folder
    assert preview_folder.exists()
    dialog.reject()
    assert not preview_folder.exists()


def test_print_draws_every_page_into_the_printer(qtbot, demo, demo_session, tmp_path, monkeypatch):
    dialog = open_dialog(qtbot, minutes_dialog(demo_session, demo.rich_id))
    out = tmp_path / "printed.pdf"

    def accept(self):
        self.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.printer().setOutputFileName(str(out))
        return QDialog.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    assert dialog.print_document()
    assert len(PdfReader(str(out)).pages) == dialog.pdf.pageCount()
    assert "已发送到打印机" in dialog.status.text()


def test_failed_build_shows_the_chinese_sentence(qtbot, demo_session, monkeypatch):
    shown = []
    monkeypatch.setattr("sanhui.ui.dialogs.document_dialog.QMessageBox.warning",
                        lambda parent, title, text: shown.append(text))

    def build(db, progress, cancel):
        raise InvalidInput("这条会议记录已被删除。请刷新后重试。")

    dialog = open_dialog(qtbot, DocumentDialog(demo_session, build, "会议记录", "记录"))
    assert shown == ["这条会议记录已被删除。请刷新后重试。"]
    assert not dialog.print_button.isEnabled() and "已被删除" in dialog.status.text()


def test_cancel_a_book_render_leaves_no_file(qtbot, demo, tmp_path):
    parent = QWidget()
    qtbot.addWidget(parent)
    target = tmp_path / "out" / "记录本.pdf"
    target.parent.mkdir()
    outcome = []

    def job(db, progress, cancel):
        doc = book_document(db, demo.branch_id, 2026, progress=progress, cancel=cancel, today=TODAY)
        return write_document(db, demo.branch_id, doc, target, progress=progress, cancel=cancel)

    task = run_task(parent, "正在生成年度记录本", job, db_path=demo.path, on_done=outcome.append,
                    on_cancelled=lambda: outcome.append("cancelled"))
    task.progressed.connect(lambda done, total: task.cancel())
    wait_for(qtbot, task)
    assert outcome == ["cancelled"] and isinstance(task.error, L.Cancelled)
    assert list(target.parent.iterdir()) == []


def test_cancelling_the_book_dialog_closes_it(qtbot, demo_session):
    dialog = book_dialog(demo_session, 2026, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.task is not None, timeout=WAIT_MS)
    cancel = next(b for b in dialog.task.dialog.findChildren(QPushButton) if b.text() == "取消")
    cancel.click()
    wait_for(qtbot, dialog.task)
    assert dialog.result() == QDialog.Rejected and not dialog.isVisible()


def test_task_runs_off_the_gui_thread_with_its_own_connection(qtbot, demo, demo_session):
    seen = {}

    def job(db, progress, cancel):
        seen["thread"] = threading.get_ident()
        seen["db"] = db
        progress(1, 2)
        return db.execute("SELECT count(*) FROM meetings").fetchone()[0]

    def done(result):
        seen["result"] = result
        seen["callback_on_gui"] = QThread.currentThread() == QApplication.instance().thread()

    task = run_task(None, "计数", job, db_path=demo.path, on_done=done)
    wait_for(qtbot, task)
    assert seen["thread"] != threading.get_ident() and seen["db"] is not demo_session.db
    assert seen["callback_on_gui"] and seen["result"] == demo_session.db.execute("SELECT count(*) FROM meetings").fetchone()[0] > 0
    errors = []
    task = run_task(None, "出错", lambda progress, cancel: 1 / 0, on_done=None, on_error=errors.append)
    wait_for(qtbot, task)
    assert isinstance(errors[0], ZeroDivisionError)


def test_stats_page_shows_year_stats_and_exports_xlsx(qtbot, demo_session, tmp_path, monkeypatch):
    from sanhui.ui.pages.stats_page import StatsPage

    page = StatsPage(demo_session, today=TODAY)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    stats = year_stats(demo_session.db, demo_session.org_id, 2026, TODAY)
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert titles[0] == "各类会议完成情况" and titles[-1] == "党员出席情况"
    model = page.models[0]
    rows = {model.value(r, 0): r for r in range(model.rowCount())}
    committee = next(t for t in stats.types if t.type == MeetingType.COMMITTEE)
    row = rows[MEETING_TYPE_NAMES[MeetingType.COMMITTEE]]
    assert [model.value(row, c) for c in (2, 3, 4)] == [committee.required, committee.held, committee.missing]
    assert page.models[-1].rowCount() == len(stats.members)
    save_as(monkeypatch, tmp_path / "统计.xlsx")
    task = page.export_xlsx()
    wait_for(qtbot, task)
    assert load_workbook(tmp_path / "统计.xlsx").sheetnames[-1] == "党员出席情况"
    assert "已导出" in page.message.text()


def test_stats_page_follows_the_talks_page(window):
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles.index("统计") == titles.index("谈心谈话") + 1


def test_meetings_page_prints_the_selected_record(qtbot, demo_session):
    from sanhui.ui.pages.meetings_page import MeetingsPage

    page = MeetingsPage(demo_session, today=TODAY)
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentIndex(1)
    assert not page.print_minutes_button.isEnabled()
    page.table.selectRow(0)
    assert page.print_minutes_button.isEnabled() and page.print_signin_button.isEnabled()
    page.print_signin_button.click()
    dialog = page.document_dialog
    qtbot.waitUntil(lambda: dialog.task is not None, timeout=WAIT_MS)
    wait_for(qtbot, dialog.task)
    assert dialog.pdf.pageCount() >= 1 and "签到表" in dialog.doc.blocks[0].text
    dialog.reject()
