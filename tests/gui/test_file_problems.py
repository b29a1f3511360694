"""A data file that is missing or not ours is never overwritten: start-up offers 打开其他文件… / 新建… / 退出."""
from __future__ import annotations

import hashlib
import shutil

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from sanhui.core.store import open_db
from sanhui.core.store.org import create_file, file_info
from sanhui.errors import AlreadyExists, FileMissing, NotSanhuiFile
from sanhui.ui import app as app_module
from sanhui.ui.app import open_with_choices
from sanhui.ui.dialogs.file_problem import NEW, OPEN, FileProblemBox, ask_what_to_open


def sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def foreign(tmp_path):
    path = tmp_path / "照片.db"
    path.write_bytes(b"\xff\xd8\xff\xe0" + b"JFIF" * 300)
    return path


class Choices:
    """Answers the start-up question from a list, and remembers what it was asked."""

    def __init__(self, *answers):
        self.answers = list(answers)
        self.asked = []

    def __call__(self, error, path):
        self.asked.append((type(error), path))
        return self.answers.pop(0)


def test_foreign_file_is_kept_and_another_can_be_opened(qtbot, foreign, db_path):
    before = sha(foreign)
    ask = Choices((OPEN, foreign.with_name("没有这个.db")), (OPEN, db_path))
    db = open_with_choices(foreign, demo=False, ask=ask)
    assert db is not None and db.path == db_path
    db.close()
    assert [kind for kind, _ in ask.asked] == [NotSanhuiFile, FileMissing]
    assert sha(foreign) == before


def test_new_never_overwrites_and_quit_opens_nothing(qtbot, foreign, tmp_path, monkeypatch):
    before = sha(foreign)
    made = []

    def first_start(path, demo):  # what the first-run wizard does for a path that does not exist yet
        if path.exists():
            return open_db(path)
        made.append(path)
        return create_file(path, "branch", "中共柳塘村支部委员会", "330102005")

    monkeypatch.setattr(app_module, "open_or_create", first_start)
    new_path = tmp_path / "new.db"
    ask = Choices((NEW, foreign), (NEW, new_path))
    db = open_with_choices(foreign, demo=False, ask=ask)
    assert [kind for kind, _ in ask.asked] == [NotSanhuiFile, AlreadyExists]
    assert made == [new_path] and file_info(db).org_id
    db.close()
    assert sha(foreign) == before
    assert open_with_choices(foreign, demo=False, ask=Choices(None)) is None
    assert sha(foreign) == before


def test_missing_file_is_not_silently_recreated(qtbot, tmp_path, sanhui_home, db_path):
    missing = tmp_path / "usb" / "sanhui.db"
    ask = Choices(None)
    assert open_with_choices(missing, demo=False, ask=ask) is None
    assert ask.asked == [(FileMissing, missing)] and not missing.exists()
    backups = sanhui_home / "backups"  # the default file was used before: its loss is said, not papered over
    backups.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(db_path, backups / "daily-20261122.db")
    ask = Choices(None)
    assert open_with_choices(None, demo=False, ask=ask) is None
    assert ask.asked[0][0] is FileMissing


def test_the_box_offers_three_ways(qtbot, tmp_path, db_path, monkeypatch):
    missing = tmp_path / "sanhui.db"
    box = FileProblemBox(FileMissing("找不到数据文件。"), missing)
    qtbot.addWidget(box)
    assert [b.text() for b in (box.open_button, box.new_button, box.quit_button)] == ["打开其他文件…", "新建…", "退出"]
    assert "U盘" in box.informativeText() and "不会改动或覆盖" in box.informativeText()

    def click(name):
        def press():
            shown = next(w for w in QApplication.topLevelWidgets()
                         if isinstance(w, FileProblemBox) and w.isVisible())
            getattr(shown, name).click()
        QTimer.singleShot(50, press)

    click("quit_button")
    assert ask_what_to_open(FileMissing("找不到数据文件。"), missing) is None
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(db_path), ""))
    click("open_button")
    assert ask_what_to_open(FileMissing("找不到数据文件。"), missing) == (OPEN, db_path)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda parent, title, suggested, *a: (suggested, ""))
    click("new_button")
    assert ask_what_to_open(NotSanhuiFile("不是数据文件。"), db_path) == (NEW, tmp_path / "sanhui-2.db")
