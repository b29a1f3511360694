"""Starting the app: first start, demo, a refused file, and the window at 1366×768 in every type size."""
from __future__ import annotations

import hashlib

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QHeaderView, QLabel, QScrollArea, QStyle

from sanhui.core.model import Role
from sanhui.core.store.org import file_info, home_org
from sanhui.ui.app import apply_font_size, open_or_create
from sanhui.ui.dialogs.first_start import FirstStartDialog
from sanhui.ui.main_window import MainWindow

from common import TODAY


def test_first_start_creates_branch_file(qtbot, tmp_path):
    path = tmp_path / "new.db"
    dialog = FirstStartDialog(path)
    qtbot.addWidget(dialog)
    dialog.name.setText("中共柳塘村支部委员会")
    dialog.code.setText("3")
    dialog.create()
    assert "代码" in dialog.code_field.error.text()
    assert dialog.db is None and not path.exists()
    dialog.code.setText("330102005")
    dialog.township_name.setText("中共青山镇委员会")
    dialog.township_code.setText("330102")
    dialog.create()
    assert dialog.result() == FirstStartDialog.Accepted
    assert file_info(dialog.db).role == Role.BRANCH
    assert home_org(dialog.db).township_name == "中共青山镇委员会"
    dialog.db.close()


def test_first_start_township(qtbot, tmp_path):
    dialog = FirstStartDialog(tmp_path / "t.db")
    qtbot.addWidget(dialog)
    dialog.township.setChecked(True)
    assert dialog.township_code.isHidden()
    dialog.name.setText("中共青山镇委员会")
    dialog.code.setText("330102")
    dialog.create()
    assert file_info(dialog.db).role == Role.TOWNSHIP
    dialog.db.close()


def test_demo_opens_fresh_file_without_touching_real_data(qtbot, sanhui_home, db_path):
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    db = open_or_create(None, demo=True)
    assert str(sanhui_home) in str(db.path)
    assert db.execute("SELECT count(*) FROM members").fetchone()[0] >= 40
    db.close()
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before


def test_foreign_file_is_refused_and_kept(qtbot, tmp_path):
    from sanhui.errors import NotSanhuiFile

    path = tmp_path / "photo.db"
    path.write_bytes(b"\xff\xd8\xff" + b"x" * 100)
    with pytest.raises(NotSanhuiFile):
        open_or_create(path, demo=False)
    assert path.read_bytes().startswith(b"\xff\xd8\xff")


def _cut_off(widget) -> list[str]:
    """Labels, buttons, check boxes, radio buttons and table headers whose text needs more room than they have,
    and pages that only fit when scrolled sideways."""
    problems = []
    for child in widget.findChildren(QLabel) + widget.findChildren(QAbstractButton):
        if not child.isVisible() or not child.text() or getattr(child, "wordWrap", lambda: False)():
            continue
        needed = child.sizeHint().width()
        if child.width() + 1 < needed:
            problems.append(f"{type(child).__name__} {child.text()!r}: {child.width()} < {needed}")
    for area in widget.findChildren(QScrollArea):  # a page that must be scrolled sideways is cut off too
        if area.isVisible() and area.horizontalScrollBar().isVisible():
            problems.append(f"scroll area sideways: {area.widget().minimumSizeHint().width()} > {area.width()}")
    for header in widget.findChildren(QHeaderView):
        if not header.isVisible() or header.orientation() != Qt.Horizontal or header.model() is None:
            continue
        margin = header.style().pixelMetric(QStyle.PM_HeaderMargin, None, header)
        for section in range(header.count()):
            text = str(header.model().headerData(section, Qt.Horizontal, Qt.DisplayRole) or "")
            if header.isSectionHidden(section) or not text:
                continue
            needed = max(header.fontMetrics().horizontalAdvance(line) for line in text.splitlines()) + 2 * margin
            if header.sectionSize(section) < needed:
                problems.append(f"header {text!r}: {header.sectionSize(section)} < {needed}")
    return problems


@pytest.mark.parametrize("size", ["normal", "large", "xlarge"])
@pytest.mark.parametrize("data", ["empty", "demo"])
def test_every_page_fits_1366x768(qtbot, db, tmp_path, size, data):
    app = QApplication.instance()
    apply_font_size(app, size)
    if data == "demo":
        from sanhui.core.demo import create_demo

        db = create_demo(tmp_path / "demo.db", today=TODAY)
    try:
        window = MainWindow(db, today=TODAY)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        for index in range(len(window.pages)):
            window.nav.setCurrentRow(index)
            app.processEvents()
            assert _cut_off(window.stack.currentWidget()) == [], window.pages[index].title
        assert window.width() <= 1366 and window.height() <= 768
    finally:
        apply_font_size(app, "normal")
        if data == "demo":
            db.close()
