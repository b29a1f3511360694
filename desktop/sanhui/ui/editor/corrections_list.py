"""更正记录: the dated corrections of a final record, as a read-only table under 基本信息."""
from __future__ import annotations

import json
from typing import Any

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from sanhui.core.model import ATTENDANCE_NAMES, Attendance
from sanhui.core.store.finalize import Correction
from sanhui.ui.editor.common import short

ACTIONS = {"insert": "新增", "delete": "删除"}


def _value_text(field: str, value: Any) -> str:
    if value is None or value == "":
        return "（空）"
    if field in ("agenda", "decisions") and isinstance(value, str) and value.startswith("["):
        try:
            value = "；".join(json.loads(value))
        except ValueError:
            pass
    if field == "status":
        try:
            return ATTENDANCE_NAMES[Attendance(value)]
        except ValueError:
            return str(value)
    return short(str(value))


def describe_correction(correction: Correction) -> tuple[str, str, str, str]:
    """(when, what, old → new, reason) of one correction, in Chinese, for a table row."""
    when = correction.at[:16].replace("T", " ")
    what = "、".join(correction.field_labels)
    if correction.subject:
        what = f"{correction.subject}：{what}" if what else correction.subject
    if correction.action in ACTIONS:
        what = f"{ACTIONS[correction.action]} {what}".strip()
    change = "；".join(
        f"{_value_text(f, correction.old.get(f))} → {_value_text(f, correction.new.get(f))}"
        for f in correction.fields
    )
    return when, what, change, correction.reason


class CorrectionsTable(QTableWidget):
    """更正时间, 更正项目, 原内容 → 新内容, 更正原因; one row per corrected row of the record."""

    def __init__(self, parent=None):
        super().__init__(0, 4, parent)
        self.setHorizontalHeaderLabels(
            [self.tr("更正时间"), self.tr("更正项目"), self.tr("原内容 → 新内容"), self.tr("更正原因")]
        )
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.Stretch)
        self.setMinimumHeight(130)

    def show_corrections(self, corrections: list[Correction]) -> None:
        self.setRowCount(0)
        for correction in corrections:
            row = self.rowCount()
            self.insertRow(row)
            for column, text in enumerate(describe_correction(correction)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.setItem(row, column, item)
