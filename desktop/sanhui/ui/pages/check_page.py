"""数据检查: the checks of ``sanhui check`` with what to do, and 备份与恢复 (list, preview, restore, copy to USB).

The checks and the previews run off the GUI thread (ui/ops.py). A restore is
asked for with ``restore_requested(path)``: the main window closes the data
file, restores and reopens it, since every page holds the open file.
"""
from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from sanhui.ui.ops import run_task
from sanhui.ui.pages.base import Page
from sanhui.ui.widgets import heading

OK_COLOUR, BAD_COLOUR = "#1b5e20", "#c0392b"
REASONS = {
    "migration": "升级数据格式前", "roster-import": "导入党员名册前", "meetings-import": "导入会议记录前",
    "restore": "恢复备份前", "import": "导入数据包前",
}
_STAMP = r"(\d{8})(?:-(\d{6}))?"


def describe_backup(path: Path) -> str:
    """What a copy in the backups folder is, in Chinese: 每日备份 2026-11-23, 导入党员名册前 2026-11-23 10:30…"""
    name = path.stem
    match = re.fullmatch(r"daily-(\d{4})(\d{2})(\d{2})", name)
    if match:
        return "每日自动备份 {}-{}-{}".format(*match.groups())
    match = re.fullmatch(r"monthly-(\d{4})(\d{2})", name)
    if match:
        return "每月自动备份 {}-{}".format(*match.groups())
    match = re.fullmatch(r"before-(.+?)-" + _STAMP + r"(?:-\d+)?", name)
    if match:
        return f"{REASONS.get(match.group(1), match.group(1) + ' 前')} {_when(match.group(2), match.group(3))}"
    match = re.fullmatch(r"(?:sanhui|sanhui-backup)-" + _STAMP, name)
    if match:
        return f"手动备份 {_when(match.group(1), match.group(2))}"
    return path.name


def _when(day: str, time: str | None) -> str:
    text = f"{day[:4]}-{day[4:6]}-{day[6:]}"
    return text + (f" {time[:2]}:{time[2:4]}" if time else "")


class CheckPage(Page):
    title = "数据检查"
    restore_requested = Signal(str)  # the backup copy to put in place of the data file

    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        self.findings = []
        self.preview_info = None
        self._preview_path: Path | None = None
        self.task = None

        self.check_button = QPushButton(self.tr("开始检查(&C)"))
        self.check_button.clicked.connect(self.run_check)
        self.summary = QLabel(self.tr("检查文件是否完整、数据之间的引用是否正确、有没有遗留的记录，以及数据格式版本。"))
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("结果"), self.tr("检查项目"), self.tr("怎么办")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        header.setSectionResizeMode(2, QHeaderView.Stretch)
        check_box = QGroupBox(self.tr("检查数据文件"))
        check_layout = QVBoxLayout(check_box)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.check_button, 0, Qt.AlignTop)
        check_layout.addLayout(top)
        check_layout.addWidget(self.table, 1)

        self.backups = QListWidget()
        self.backups.currentItemChanged.connect(self._selected)
        self.preview = QLabel(self.tr("选择左边的一份备份，这里显示它的内容。"))
        self.preview.setWordWrap(True)
        self.preview.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        self.preview.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.restore_button = QPushButton(self.tr("用这份备份恢复(&R)…"))
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_selected)
        self.other_button = QPushButton(self.tr("从其他位置选择备份(&O)…"))
        self.other_button.clicked.connect(self.choose_other)
        self.usb_button = QPushButton(self.tr("备份到U盘(&U)…"))
        self.usb_button.clicked.connect(self.choose_usb)
        backup_box = QGroupBox(self.tr("备份与恢复"))
        right = QVBoxLayout()
        right.addWidget(self.preview, 1)
        for button in (self.restore_button, self.other_button, self.usb_button):
            right.addWidget(button)
        backup_layout = QHBoxLayout(backup_box)
        left = QVBoxLayout()
        note = QLabel(self.tr("程序每天自动备份，并在升级、导入和恢复之前各留一份。恢复时，当前的数据会先另存一份。"))
        note.setWordWrap(True)
        left.addWidget(note)
        left.addWidget(self.backups, 1)
        backup_layout.addLayout(left, 3)
        backup_layout.addLayout(right, 2)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("数据检查")))
        layout.addWidget(check_box, 3)
        layout.addWidget(backup_box, 2)

    def reload(self) -> None:
        from sanhui.core.backup import list_backups

        current = self._preview_path
        self.backups.blockSignals(True)
        self.backups.clear()
        for path in list_backups():
            item = QListWidgetItem(self.tr(describe_backup(path)))
            item.setData(Qt.UserRole, str(path))
            item.setToolTip(str(path))
            self.backups.addItem(item)
            if current is not None and path == current:
                self.backups.setCurrentItem(item)
        self.backups.blockSignals(False)
        if self.backups.count() == 0:
            self.preview.setText(self.tr("备份文件夹里还没有备份。程序每天第一次打开时会自动备份。"))

    # -- checks ------------------------------------------------------------------------------------
    def run_check(self):
        from sanhui.core.check import check_db

        self.check_button.setEnabled(False)
        self.summary.setText(self.tr("正在检查……"))
        self.task = run_task(self, self.tr("正在检查数据"), lambda db, progress, cancel: check_db(db),
                             db_path=self.session.db.path, on_done=self.show_findings,
                             on_error=self._check_failed, cancellable=False)
        return self.task

    def show_findings(self, findings) -> None:
        self.check_button.setEnabled(True)
        self.findings = list(findings)
        self.table.setRowCount(len(self.findings))
        for row, finding in enumerate(self.findings):
            mark = QTableWidgetItem(self.tr("正常") if finding.ok else self.tr("需处理"))
            mark.setForeground(QColor(OK_COLOUR if finding.ok else BAD_COLOUR))
            mark.setTextAlignment(Qt.AlignCenter)
            self.table.setItem(row, 0, mark)
            self.table.setItem(row, 1, QTableWidgetItem(finding.what))
            todo = QTableWidgetItem(finding.todo or self.tr("无需处理"))
            if not finding.todo:
                todo.setForeground(QColor("#777777"))
            self.table.setItem(row, 2, todo)
        self.table.resizeRowsToContents()
        bad = sum(1 for f in self.findings if not f.ok)
        stamp = datetime.now().strftime("%H:%M")
        if bad:
            self.summary.setText(self.tr("%1 检查完毕：%2 项需要处理，请按“怎么办”一栏去做。")
                                 .replace("%1", stamp).replace("%2", str(bad)))
            self.summary.setStyleSheet(f"color: {BAD_COLOUR};")
        else:
            self.summary.setText(self.tr("%1 检查完毕：%2 项全部正常。").replace("%1", stamp)
                                 .replace("%2", str(len(self.findings))))
            self.summary.setStyleSheet(f"color: {OK_COLOUR};")

    def _check_failed(self, error) -> None:
        from sanhui.ui.ops import error_text

        self.check_button.setEnabled(True)
        self.summary.setText(self.tr("检查没有完成：") + error_text(error))
        self.summary.setStyleSheet(f"color: {BAD_COLOUR};")

    # -- backups -----------------------------------------------------------------------------------
    def _selected(self, item, _previous=None) -> None:
        if item is None:
            return
        self.show_preview(Path(item.data(Qt.UserRole)))

    def show_preview(self, path: Path):
        """Read what the copy holds (off the GUI thread) and show it; 恢复 is possible once it is read."""
        from sanhui.core.backup import inspect_backup

        self._preview_path = Path(path)
        self.preview_info = None
        self.restore_button.setEnabled(False)
        self.preview.setText(self.tr("正在读取备份……"))
        self.task = run_task(self, self.tr("正在读取备份"), lambda progress, cancel: inspect_backup(path),
                             on_done=self._previewed,
                             on_error=lambda error: self._preview_failed(path, error), cancellable=False)
        return self.task

    def _previewed(self, info) -> None:
        if info.path != self._preview_path:
            return  # the user has chosen another copy meanwhile
        self.preview_info = info
        self.preview.setText(
            self.tr("备份时间：%1\n单位：%2\n党员：%3 人\n会议记录：%4 条\n文件大小：%5\n位置：%6")
            .replace("%1", info.modified.strftime("%Y-%m-%d %H:%M")).replace("%2", info.org_name or "—")
            .replace("%3", str(info.members)).replace("%4", str(info.meetings))
            .replace("%5", _size(info.path)).replace("%6", str(info.path))
        )
        self.restore_button.setEnabled(True)

    def _preview_failed(self, path: Path, error) -> None:
        from sanhui.ui.ops import error_text

        if Path(path) != self._preview_path:
            return
        self.preview.setText(self.tr("这份备份不能用来恢复：") + error_text(error))

    def restore_selected(self) -> bool:
        """Ask once more, with what the copy holds, then ask the main window to restore it."""
        info = self.preview_info
        if info is None:
            return False
        answer = QMessageBox.question(
            self, self.tr("用备份恢复"),
            self.tr("将用 %1 的备份（%2，党员 %3 人，会议记录 %4 条）替换现在的全部数据。\n\n"
                    "现在的数据会先另存一份，放在备份文件夹里，需要时还可以恢复回来。确定恢复吗？")
            .replace("%1", info.modified.strftime("%Y-%m-%d %H:%M")).replace("%2", info.org_name or "—")
            .replace("%3", str(info.members)).replace("%4", str(info.meetings)),
            QMessageBox.Yes | QMessageBox.No, QMessageBox.No,
        )
        if answer != QMessageBox.Yes:
            return False
        self.restore_requested.emit(str(info.path))
        return True

    def choose_other(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择备份文件（例如U盘上的）"), str(Path.home()),
                                              self.tr("三会一课数据文件 (*.db);;所有文件 (*)"))
        if path:
            self.backups.clearSelection()
            self.show_preview(Path(path))

    def choose_usb(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择U盘或其他备份位置"), str(Path.home()))
        if folder:
            self.backup_to(Path(folder))

    def backup_to(self, folder: Path):
        from sanhui.core.backup import backup_to

        def done(out) -> None:
            QMessageBox.information(self, self.tr("备份完成"), self.tr("已备份到：") + str(out))

        self.task = run_task(self, self.tr("正在备份"), lambda db, progress, cancel: backup_to(db, folder),
                             db_path=self.session.db.path, on_done=done, cancellable=False)
        return self.task


def _size(path: Path) -> str:
    try:
        size = path.stat().st_size
    except OSError:
        return "—"
    return f"{size / 1024 / 1024:.1f} MB" if size >= 1024 * 1024 else f"{max(size // 1024, 1)} KB"
