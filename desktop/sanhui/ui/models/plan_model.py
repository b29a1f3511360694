"""The year's plan as a grid: one row per meeting type (per 党小组 for 党小组会), one column per month.

A quarterly or yearly item covers several months; ``spans()`` says which
cells the view should merge so the item shows once.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor

from sanhui.core.model import MEETING_TYPE_NAMES, MeetingType
from sanhui.core.plan import PlanItem, PlanStatus, period_bounds

STATUS_COLOURS = {
    PlanStatus.HELD: QColor("#c8e6c9"),
    PlanStatus.MISSING: QColor("#ffcdd2"),
    PlanStatus.UPCOMING: QColor("#f5f5f5"),
}
CURRENT_COLOUR = QColor("#ffe0b2")  # upcoming and due in the current period


class PlanGridModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.year = date.today().year
        self.today = date.today()
        self._rows: list[tuple[MeetingType, str | None, str]] = []  # (type, group id, label)
        self._cells: dict[tuple[int, int], PlanItem] = {}

    def set_plan(self, year: int, items: list[PlanItem], today: date) -> None:
        self.beginResetModel()
        self.year, self.today = year, today
        self._rows, self._cells = [], {}
        row_of: dict[tuple[MeetingType, str | None], int] = {}
        for item in items:
            key = (item.type, item.group_id)
            if key not in row_of:
                row_of[key] = len(self._rows)
                label = self.tr(MEETING_TYPE_NAMES[item.type]) + (f"（{item.group}）" if item.group else "")
                self._rows.append((item.type, item.group_id, label))
            first, last = period_bounds(item.period)
            for month in range(max(first.month, 1) if first.year == year else 1,
                               (last.month if last.year == year else 12) + 1):
                self._cells[(row_of[key], month - 1)] = item
        self.endResetModel()

    def item(self, index: QModelIndex) -> PlanItem | None:
        return self._cells.get((index.row(), index.column())) if index.isValid() else None

    def row_key(self, row: int) -> tuple[MeetingType, str | None]:
        meeting_type, group_id, _ = self._rows[row]
        return meeting_type, group_id

    def spans(self) -> list[tuple[int, int, int]]:
        """(row, first column, column count) of items covering more than one month."""
        result = []
        for row in range(len(self._rows)):
            column = 0
            while column < 12:
                item = self._cells.get((row, column))
                width = 1
                while item is not None and column + width < 12 and self._cells.get((row, column + width)) is item:
                    width += 1
                if width > 1:
                    result.append((row, column, width))
                column += width
        return result

    def rowCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else 12

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if role != Qt.DisplayRole:
            return None
        if orientation == Qt.Horizontal:
            return self.tr("%1月").replace("%1", str(section + 1))
        return self._rows[section][2]

    def cell_text(self, item: PlanItem) -> str:
        if item.status == PlanStatus.HELD:
            text = self.tr("已开")
            if item.late:
                text = self.tr("补开")
            count = len(item.meetings)
            return text + (f" ×{count}" if count > 1 else "")
        if item.status == PlanStatus.MISSING:
            return self.tr("未开")
        if item.planned:
            return self.tr("已安排")
        return self.tr("待开") if self._is_current(item) else ""

    def _is_current(self, item: PlanItem) -> bool:
        first, last = period_bounds(item.period)
        return first <= self.today <= last

    def data(self, index, role=Qt.DisplayRole):
        item = self.item(index)
        if item is None:
            return None
        if role == Qt.DisplayRole:
            return self.cell_text(item)
        if role == Qt.BackgroundRole:
            if item.status == PlanStatus.UPCOMING and self._is_current(item):
                return CURRENT_COLOUR
            return STATUS_COLOURS[item.status]
        if role == Qt.TextAlignmentRole:
            return Qt.AlignCenter
        if role == Qt.ToolTipRole:
            due = f"，应在 {item.due_date.isoformat()} 前召开" if item.due_date else ""
            return f"{self.headerData(index.row(), Qt.Vertical)} {item.period}{due}"
        return None
