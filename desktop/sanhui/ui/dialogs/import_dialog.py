"""Roster import: a row-by-row preview; nothing is written until the user confirms."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from sanhui.core.store.roster_import import (
    ACTION_NAMES,
    ADD,
    REJECT,
    UNCHANGED,
    UPDATE,
    ImportPlan,
    apply_import,
    plan_import,
)
from sanhui.errors import SanhuiError

ACTION_COLOURS = {ADD: "#e8f5e9", UPDATE: "#fff8e1", REJECT: "#fdecea"}


class ImportDialog(QDialog):
    """Shows what importing ``path`` would do. ``exec`` returns Accepted after a confirmed import."""

    def __init__(self, session, path: str | Path, parent=None, today=None):
        super().__init__(parent)
        self.session = session
        self.changes = None
        self.setWindowTitle(self.tr("导入党员名册 — 预览"))
        self.plan: ImportPlan = plan_import(session.db, session.org_id, path, today=today)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("行号"), self.tr("姓名"), self.tr("处理"), self.tr("原因或变化")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.Stretch)
        self._fill()
        buttons = QDialogButtonBox()
        self.confirm = buttons.addButton(self.tr("确认导入(&I)"), QDialogButtonBox.AcceptRole)
        buttons.addButton(self.tr("取消"), QDialogButtonBox.RejectRole)
        self.confirm.setEnabled(self.plan.count(ADD) + self.plan.count(UPDATE) > 0)
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("文件：") + str(Path(path).name)))
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(900, 560)

    def _fill(self) -> None:
        plan = self.plan
        text = (self.tr("将要新增 %1 人，更新 %2 人，无变化 %3 人，不导入 %4 人。")
                .replace("%1", str(plan.count(ADD))).replace("%2", str(plan.count(UPDATE)))
                .replace("%3", str(plan.count(UNCHANGED))).replace("%4", str(plan.count(REJECT)))
                + self.tr("请检查下面每一行，确认无误后点“确认导入”。"))
        if plan.count(REJECT):
            text += self.tr("标红的行不会导入，请在表格文件里改好后再导入一次。")
        if plan.ignored_columns:
            text += self.tr("未识别的列（已忽略）：") + "、".join(plan.ignored_columns)
        self.summary.setText(text)
        self.table.setRowCount(len(plan.rows))
        for i, row in enumerate(plan.rows):
            values = [str(row.row_number), row.member.name, self.tr(ACTION_NAMES[row.action]), row.reason]
            for j, value in enumerate(values):
                item = QTableWidgetItem(value)
                if row.action in ACTION_COLOURS:
                    item.setBackground(QColor(ACTION_COLOURS[row.action]))
                if j < 3:
                    item.setTextAlignment(Qt.AlignCenter)
                self.table.setItem(i, j, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.Stretch)

    def apply(self) -> None:
        try:
            self.changes = apply_import(self.session.db, self.plan)
        except SanhuiError as exc:
            QMessageBox.critical(self, self.tr("导入没有完成"), str(exc) + self.tr("\n数据没有改动。"))
            return
        self.accept()
