"""使用说明: the user guide (resources/help/guide.md) in a window of its own, opened by F1."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from sanhui import paths


def guide_path(locale: QLocale | None = None) -> Path | None:
    """``guide_<locale>.md`` when there is one for the UI language, else ``guide.md``; None when missing."""
    folder = paths.resources_dir() / "help"
    name = (locale or QLocale()).name()
    for candidate in (folder / f"guide_{name}.md", folder / "guide.md"):
        if candidate.is_file():
            return candidate
    return None


class HelpDialog(QDialog):
    """Not modal: the secretary can read it beside the main window."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("使用说明"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        path = guide_path()
        if path is None:
            self.browser.setPlainText(self.tr("找不到使用说明文件（resources/help/guide.md），请重新安装本程序。"))
        else:
            self.browser.setMarkdown(path.read_text(encoding="utf-8"))
        buttons = QDialogButtonBox()
        close = buttons.addButton(self.tr("关闭(&C)"), QDialogButtonBox.RejectRole)
        close.setDefault(True)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(880, 660)
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            self.resize(min(880, screen.width() - 40), min(660, screen.height() - 60))
