"""数据交换 and 各支部 through the real pages: export, preview, first contact, import, return, xlsx."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from common import TODAY
from exchange_world import A_CODE, B_CODE, T_CODE

C_CODE = "330102003"
C_NAME = "中共柳溪村支部委员会"


@pytest.fixture
def boxes(monkeypatch):
    """Message boxes answered without showing them: fingerprint questions say Yes; what was said is kept."""
    said = {"question": [], "information": [], "warning": []}

    def question(parent, title, text, *args, **kwargs):
        said["question"].append(text)
        return QMessageBox.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    for kind in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(
            lambda parent, title, text, *a, _kind=kind, **k: said[_kind].append(text) or QMessageBox.Ok))
    return said


def _choose_folder(monkeypatch, folder) -> None:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(folder)))


def _finish(qtbot, task):
    assert task is not None
    if task.running:
        with qtbot.waitSignal(task.finished, timeout=60_000):
            pass
    assert task.error is None, task.error
    return task.result


def _page(qtbot, cls, db):
    from sanhui.ui.session import Session

    page = cls(Session(db), today=TODAY)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def _other_folder(page) -> None:
    page.target.setCurrentIndex(page.target.findData(None))  # 其他文件夹…


def _cell_texts(table, column) -> list[str]:
    return [table.item(r, column).text() for r in range(table.rowCount())]


def test_new_branch_reports_through_the_pages_and_shows_on_branches(world, qtbot, monkeypatch, boxes, tmp_path):
    from sanhui.core.demo import create_demo
    from sanhui.ui.pages.branches_page import BranchesPage
    from sanhui.ui.pages.exchange_page import ExchangePage

    c = create_demo(tmp_path / "c.db", today=TODAY, seed=3, name=C_NAME, code=C_CODE)
    branch = _page(qtbot, ExchangePage, c)
    from sanhui.core.exchange.keys import ensure_keys

    assert branch.fingerprint.text() == ensure_keys(c).shown and len(branch.fingerprint.text()) == 19
    assert branch.target.itemData(branch.target.count() - 1) is None  # 其他文件夹… is always there
    _other_folder(branch)
    _choose_folder(monkeypatch, world.stick)
    results = _finish(qtbot, branch.export())
    assert len(results) == 1 and results[0].path.parent == world.stick and results[0].path.exists()
    assert str(results[0].path) in branch.export_result.text()
    branch.grab().save(str(tmp_path / "exchange_branch.png"))

    t = world.open("t")
    township = _page(qtbot, ExchangePage, t)
    assert not township.returns_box.isVisible()
    batch = _finish(qtbot, township.choose_folder())
    assert [f.status for f in batch.files] == ["unknown_sender"]
    assert C_NAME in boxes["question"][0] and C_CODE in boxes["question"][0]
    assert batch.files[0].fingerprint in boxes["question"][0]
    assert branch.fingerprint.text() in batch.files[0].fingerprint  # what the user compared
    assert _cell_texts(township.table, 0) == [results[0].path.name]
    assert C_CODE in township.table.item(0, 1).text() and "已核对指纹" in township.table.item(0, 3).text()
    assert int(township.table.item(0, 4).text()) > 0  # new rows counted
    assert t.execute("SELECT count(*) FROM orgs WHERE code = ?", [C_CODE]).fetchone()[0] == 0  # dry run only
    assert township.apply_button.isEnabled()
    township.grab().save(str(tmp_path / "exchange_township_preview.png"))

    final = _finish(qtbot, township.apply())
    assert final is not None
    assert [f.status for f in township.last_batch.files] == ["applied"]
    assert "已导入 1 个" in boxes["information"][-1]
    assert t.execute("SELECT count(*) FROM orgs WHERE code = ?", [C_CODE]).fetchone()[0] == 1
    kept = t.execute("SELECT count(DISTINCT branch_id) FROM overview_cache").fetchone()[0]
    assert kept == 3  # 各支部's figures made by the import's task, for its page to show at once

    page = _page(qtbot, BranchesPage, t)
    model = page.model
    assert [r.code for r in model.rows] == [A_CODE, B_CODE, C_CODE]
    row = model.rows.index(next(r for r in model.rows if r.code == C_CODE))
    assert model.rows[row].required > 0
    completion = model.index(row, 3).data()
    assert completion.startswith(f"{model.rows[row].held}/{model.rows[row].required}")
    per_type = [model.index(row, c).data() for c in range(4, model.attendance_column)]
    assert per_type and all("/" in text or text == "—" for text in per_type)
    page.search.setText(C_CODE)
    assert page.proxy.rowCount() == 1
    page.search.setText("")
    page.grab().save(str(tmp_path / "branches.png"))


def test_returned_record_travels_to_the_branch_page(world, qtbot, monkeypatch, boxes, tmp_path):
    from sanhui.core.store.org import file_info
    from sanhui.ui.pages.branches_page import BranchesPage
    from sanhui.ui.pages.exchange_page import ExchangePage

    t, a = world.open("t"), world.open("a")
    page = _page(qtbot, BranchesPage, t)
    a_id = file_info(a).org_id
    page.table.selectRow(next(i for i in range(page.proxy.rowCount())
                              if page.proxy.index(i, 1).data() == A_CODE))
    dialog = page.return_record()
    assert dialog.branch.currentData() == a_id
    assert dialog.meetings.rowCount() > 0
    meeting_id = dialog.meetings.item(0, 0).data(Qt.UserRole)
    dialog.accept()  # nothing chosen yet: refused in the dialog
    assert dialog.isVisible() and "请在列表中选择" in dialog.error.text()
    dialog.select_meeting(meeting_id)
    dialog.comment.setPlainText("缺少表决结果，请补充。")
    dialog.grab().save(str(tmp_path / "return_dialog.png"))
    dialog.accept()
    assert not dialog.isVisible()
    assert "已退回" in page.message.text()
    assert next(r for r in page.model.rows if r.code == A_CODE).returned_open == 1
    assert "退回未改 1" in page.proxy.index(0, page.model.flags_column).data()

    theme = page.set_theme()
    theme.theme.setText("学习党章，重温入党誓词")
    theme.accept()
    assert not theme.isVisible()

    _choose_folder(monkeypatch, world.stick)
    results = _finish(qtbot, page.export_packages())
    assert sorted(r.recipient_code for r in results) == [A_CODE, B_CODE]
    assert "已写入 2 个下发数据包" in page.message.text()

    branch = _page(qtbot, ExchangePage, a)
    assert branch.returns.rowCount() == 0
    to_a = next(r.path for r in results if r.recipient_code == A_CODE)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(to_a)], "")))
    batch = _finish(qtbot, branch.choose_files())
    assert [f.status for f in batch.files] == ["dry_run"] and not boxes["question"]  # the township is known
    _finish(qtbot, branch.apply())
    assert [f.status for f in branch.last_batch.files] == ["applied"]
    assert branch.returned_ids() == [meeting_id]
    assert "缺少表决结果" in branch.returns.item(0, 3).text() and branch.returns.item(0, 2).text() == "已退回"
    assert "学习党章，重温入党誓词" in branch.theme.text()
    opened = []
    branch.open_meeting.connect(opened.append)
    branch.open_selected_return()
    assert opened == [meeting_id]
    branch.grab().save(str(tmp_path / "exchange_branch_returned.png"))


def test_branches_xlsx_has_one_row_per_branch(world, qtbot, monkeypatch, tmp_path):
    from openpyxl import load_workbook

    from sanhui.ui.pages.branches_page import BranchesPage

    page = _page(qtbot, BranchesPage, world.open("t"))
    target = tmp_path / "各支部.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    written = _finish(qtbot, page.export_xlsx())
    assert written == target
    sheet = load_workbook(target).active
    header = [c.value for c in sheet[3]]
    assert header[:4] == ["支部名称", "支部代码", "最近报送", "全年完成"] and header[-2:] == ["出勤率", "提醒"]
    codes = [row[1] for row in sheet.iter_rows(min_row=4, values_only=True)]
    assert codes == [A_CODE, B_CODE]
    assert T_CODE not in codes


def test_main_window_pages_by_role(world, qtbot):
    from sanhui.ui.main_window import MainWindow

    titles = {}
    for name in ("a", "t"):
        window = MainWindow(world.open(name), today=TODAY)
        qtbot.addWidget(window)
        titles[name] = [p.title for p in window.pages]
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        for index in range(len(window.pages)):  # every page of either role shows over its file
            window.nav.setCurrentRow(index)
            qtbot.wait(1)
        window.close()
    assert "各支部" not in titles["a"] and titles["a"][-3:] == ["数据交换", "数据检查", "设置"]
    assert titles["t"][:2] == ["工作台", "各支部"] and titles["t"][-3:] == ["数据交换", "数据检查", "设置"]


def test_township_views_a_branch_read_only(qtbot, world):
    from sanhui.core.store.meetings import get_meeting, list_meetings
    from sanhui.ui.branch_view import BranchView
    from sanhui.ui.editor import MeetingEditor
    from sanhui.ui.pages.branches_page import BranchesPage
    from sanhui.ui.pages.meetings_page import MeetingsPage
    from sanhui.ui.pages.members_page import MembersPage

    db = world.open("t")
    page = _page(qtbot, BranchesPage, db)
    page.table.selectRow(0)
    branch_id = page.selected_branch_id()
    view = page.view_branch()
    qtbot.addWidget(view)
    assert isinstance(view, BranchView) and view.session.read_only and view.session.org_id == branch_id
    meetings = next(p for p in view.pages if isinstance(p, MeetingsPage))
    meetings.reload()
    held = list_meetings(db, branch_id, year=TODAY.year)
    assert held and meetings.list_model.rowCount() == len(held)
    assert meetings.new_button.isHidden() and meetings.new_meeting() is None
    members = next(p for p in view.pages if isinstance(p, MembersPage))
    members.reload()
    assert members.model.rowCount() > 0 and members.add_button.isHidden() and members.import_button.isHidden()
    draft = next(m for m in held if m.status.value == "draft")
    before = get_meeting(db, draft.id)
    editor = MeetingEditor(view.session, draft.id, today=TODAY)
    qtbot.addWidget(editor)
    assert editor.finalize_button.isHidden() and editor.correct_button.isHidden()
    editor.content_tab.content.setPlainText("乡镇不应改动支部的记录")
    assert editor.save_now()
    editor.close()
    assert get_meeting(db, draft.id).content == before.content and get_meeting(db, draft.id).version == before.version
    db.close()


def test_year_plan_and_notices_reach_the_branch_page(world, qtbot):
    from sanhui.core.exchange.directives import add_notice
    from sanhui.ui.pages.branches_page import BranchesPage
    from sanhui.ui.pages.exchange_page import ExchangePage

    from exchange_world import send

    t, a = world.open("t"), world.open("a")
    township = _page(qtbot, BranchesPage, t)
    dialog = township.set_year_plan()
    dialog.year.setValue(TODAY.year)
    dialog.accept()
    assert dialog.isVisible() and "内容" in dialog.error.text()  # refused: nothing to send
    dialog.content.setPlainText("每季度第一个月召开支部党员大会；每月5日开展主题党日。")
    dialog.accept()
    assert dialog.result_id
    add_notice(t, "关于做好年底组织生活会准备的通知", "请于12月底前召开组织生活会。")
    add_notice(t, "只发给石桥村的通知", "", target_code=B_CODE)
    send(t, a, world.stick, to=[A_CODE])
    branch = _page(qtbot, ExchangePage, a)
    texts = [branch.notices.item(i).text() for i in range(branch.notices.count())]
    assert any("组织生活会准备" in text for text in texts)
    assert any("年度计划" in text for text in texts)
    assert not any("石桥村" in text for text in texts)
    t.close()
    a.close()


def test_fingerprint_slip_prints_this_files_fingerprint(world, qtbot, monkeypatch, tmp_path):
    from pypdf import PdfReader

    from sanhui.core.documents import render
    from sanhui.core.documents.slip import fingerprint_slip
    from sanhui.core.exchange.keys import ensure_keys
    from sanhui.ui.pages.exchange_page import ExchangePage

    a = world.open("a")
    shown = []
    monkeypatch.setattr("sanhui.ui.dialogs.document_dialog.show", lambda dialog: shown.append(dialog) or dialog)
    page = _page(qtbot, ExchangePage, a)
    page.slip_button.click()
    assert shown and "指纹" in shown[0].windowTitle()
    render(fingerprint_slip(a, TODAY), tmp_path / "slip.pdf", "pdf")
    text = PdfReader(tmp_path / "slip.pdf").pages[0].extract_text()
    assert ensure_keys(a).shown in text.replace(" ", "")
    a.close()


def test_new_laptop_is_registered_through_the_page(world, qtbot, monkeypatch, boxes, tmp_path):
    from sanhui.core.demo import create_demo
    from sanhui.core.exchange.export import export_packages
    from sanhui.core.exchange.importer import import_files
    from sanhui.core.exchange.keys import ensure_keys
    from sanhui.ui.pages.exchange_page import ExchangePage

    from exchange_world import send

    t = world.open("t")
    fresh = create_demo(tmp_path / "new-laptop.db", today=TODAY, seed=7)  # village A's new laptop, new key
    send(t, fresh, world.stick, to=[A_CODE])
    package = export_packages(fresh, world.stick)[0]
    refused = import_files(t, [package.path], accept_new=True).files[0]
    assert refused.status == "refused" and "对方换了电脑" in refused.message
    page = _page(qtbot, ExchangePage, t)
    assert not page.accept_new_key(A_CODE, "1234")  # too short: refused with a message, nothing stored
    assert page.accept_new_key(A_CODE, ensure_keys(fresh).shown)
    assert import_files(t, [package.path]).files[0].status == "applied"
    t.close()
    fresh.close()


def test_branches_computed_off_the_gui_thread_then_kept(world, qtbot, monkeypatch):
    """Many branches without kept figures (a county after an import): the worker computes them, the table
    fills when it is done, and the next showing reads them at once; sorting is the model's own."""
    from sanhui.ui.pages import branches_page
    from sanhui.ui.pages.branches_page import BranchesPage

    t = world.open("t")
    monkeypatch.setattr(branches_page, "COMPUTE_ON_GUI_THREAD", 0)
    page = _page(qtbot, BranchesPage, t)
    assert page.task is not None and "正在计算" in page.summary.text()
    _finish(qtbot, page.task)
    qtbot.waitUntil(lambda: len(page.model.rows) == 2)
    assert "共 2 个支部" in page.summary.text()
    assert t.execute("SELECT count(*) FROM overview_cache").fetchone()[0] == 2  # written by the worker
    page.task = None
    page.reload()
    assert page.task is None and len(page.model.rows) == 2  # kept: no computation, no worker
    page.table.sortByColumn(1, Qt.DescendingOrder)
    assert [page.proxy.index(r, 1).data() for r in range(2)] == [B_CODE, A_CODE]
    page.table.sortByColumn(3, Qt.AscendingOrder)
    rates = [page.model.rows[r].completion for r in range(2)]
    assert rates == sorted(rates)
    widths = [page.table.columnWidth(c) for c in range(page.model.columnCount())]
    assert all(40 < w <= branches_page.MAX_COLUMN_WIDTH for w in widths)
