"""When the data file is missing or cannot be opened: 打开其他文件… / 新建… / 退出, never overwriting it."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from sanhui import paths
from sanhui.errors import FileMissing

OPEN, NEW, AGAIN = "open", "new", "again"
DATA_FILTER = "三会一课数据文件 (*.db *.sqlite);;所有文件 (*)"


class FileProblemBox(QMessageBox):
    """Says what is wrong with ``path`` and offers three ways on; the file itself is left as it is."""

    def __init__(self, error: Exception, path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setIcon(QMessageBox.Warning)
        self.setWindowTitle(self.tr("无法打开数据文件"))
        self.setText(str(error))
        hint = self.tr("程序不会改动或覆盖这个文件。")
        if isinstance(error, FileMissing):
            hint += self.tr("如果数据文件在U盘上，请插好U盘后选“打开其他文件…”。")
        hint += self.tr("也可以新建一个数据文件，或者退出。")
        self.setInformativeText(hint)
        self.open_button = self.addButton(self.tr("打开其他文件…"), QMessageBox.AcceptRole)
        self.new_button = self.addButton(self.tr("新建…"), QMessageBox.ActionRole)
        self.quit_button = self.addButton(self.tr("退出"), QMessageBox.RejectRole)
        self.setDefaultButton(self.open_button)
        self.setEscapeButton(self.quit_button)


def free_new_path(near: Path) -> Path:
    """A name for a new data file that does not exist yet (never one that does)."""
    folder = near.parent if near.parent.is_dir() else paths.data_dir()
    candidate = folder / "sanhui.db"
    number = 2
    while candidate.exists():
        candidate = folder / f"sanhui-{number}.db"
        number += 1
    return candidate


def ask_what_to_open(error: Exception, path: Path, parent: QWidget | None = None) -> tuple[str, Path] | None:
    """The user's choice: (OPEN, a file), (NEW, where to make one), (AGAIN, path) after a cancelled
    file dialog, or None to quit."""
    box = FileProblemBox(error, path, parent)
    box.exec()
    clicked = box.clickedButton()
    start = str(path.parent if path.parent.is_dir() else Path.home())
    if clicked is box.open_button:
        chosen, _ = QFileDialog.getOpenFileName(parent, box.tr("打开数据文件"), start, box.tr(DATA_FILTER))
        return (OPEN, Path(chosen)) if chosen else (AGAIN, path)
    if clicked is box.new_button:
        suggested = path if isinstance(error, FileMissing) and path.parent.is_dir() else free_new_path(path)
        chosen, _ = QFileDialog.getSaveFileName(parent, box.tr("新建数据文件"), str(suggested), box.tr(DATA_FILTER))
        return (NEW, Path(chosen)) if chosen else (AGAIN, path)
    return None
