"""Start-up (issue 9): the window shows the first page without importing what other pages need."""
from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
from pathlib import Path

from sanhui.ui.main_window import PAGES

#: Not needed to show the window: each loads when a page or an action first needs it.
HEAVY = ("reportlab", "docx", "openpyxl", "cryptography", "numpy", "PIL", "PySide6.QtPdf", "PySide6.QtPdfWidgets",
         "PySide6.QtPrintSupport", "PySide6.QtNetwork", "sanhui.core.documents.pdf", "sanhui.core.exchange.keys")

PROBE = r"""
import json, sys
from sanhui.core.store import open_db
from sanhui.ui.app import make_app
from sanhui.ui.main_window import MainWindow

db = open_db(sys.argv[1])
app = make_app()
window = MainWindow(db)
window.show()
app.processEvents()
print(json.dumps({"modules": sorted(sys.modules), "built": sorted(type(p).__name__ for p in window._built.values())}))
"""


def test_page_titles_in_the_bar_are_the_pages_own():
    for spec in PAGES:
        cls = getattr(importlib.import_module(f"sanhui.ui.pages.{spec.module}"), spec.name)
        assert cls.title == spec.title, spec


def test_window_shows_its_first_page_without_the_others_or_heavy_libraries(tmp_path, sanhui_home):
    from sanhui.core.demo import create_demo

    create_demo(tmp_path / "demo.db").close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SANHUI_HOME=str(tmp_path / "home"))
    out = subprocess.run([sys.executable, "-c", PROBE, str(tmp_path / "demo.db")], env=env, capture_output=True,
                         text=True, timeout=120, cwd=Path(__file__).parent)
    assert out.returncode == 0, out.stderr
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen["built"] == ["HomePage"]
    modules = set(seen["modules"])
    pages = {m for m in modules if m.startswith("sanhui.ui.pages.") and m.endswith("_page")}
    assert pages == {"sanhui.ui.pages.home_page"}
    assert [name for name in HEAVY if name in modules] == []


def test_reopening_on_a_file_of_the_other_role_rebuilds_the_bar_and_the_page_menu(window, tmp_path):
    """A restore may put a township's copy where a branch's file was: other pages, other menu entries."""
    from sanhui.core.store.org import create_file

    township = tmp_path / "township.db"
    create_file(township, "township", "中共青山镇委员会", "330102").close()
    assert window.nav.count() == len(window.specs) == len(PAGES) - 1  # no 各支部 for a branch
    window.show_page("MeetingsPage")
    window.reopen(township)
    names = [spec.name for spec in window.specs]
    assert "BranchesPage" in names and window.nav.count() == len(PAGES)
    assert window.stack.count() == len(PAGES) and window.nav.currentRow() == names.index("MeetingsPage")
    go = next(a.menu() for a in window.menuBar().actions() if a.text().startswith("页面"))
    assert [a.text() for a in go.actions()] == [window.nav.item(i).text() for i in range(window.nav.count())]
    assert len(window.menuBar().actions()) == 3  # 文件, 页面, 帮助: made again, not added to
    assert type(window.page("BranchesPage")).__name__ == "BranchesPage"
    assert window.session.db.path == township
