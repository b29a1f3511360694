"""GUI fixtures: a main window over a fresh branch file, on the offscreen platform."""
from __future__ import annotations

import pytest

from common import TODAY


@pytest.fixture
def session(db, qtbot):
    from sanhui.ui.session import Session

    return Session(db)


@pytest.fixture
def window(db, qtbot):
    from sanhui.ui.main_window import MainWindow

    win = MainWindow(db, today=TODAY)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    return win
