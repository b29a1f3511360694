"""A table model over one ``Sheet`` of the 统计表 (core/documents/stats_doc.py): the same figures as print."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor

from sanhui.core.documents.stats_doc import CELL_TEXT, LATE_TEXT, Sheet, cell_text
from sanhui.core.plan import PlanStatus

CELL_COLOURS = {
    CELL_TEXT[PlanStatus.HELD]: "#c8e6c9",
    LATE_TEXT: "#ffe0b2",
    CELL_TEXT[PlanStatus.MISSING]: "#ffcdd2",
}


class SheetModel(QAbstractTableModel):
    """Rows and columns of a Sheet; rates shown as percentages, period cells coloured by status."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.sheet = Sheet("", [], [])

    def set_sheet(self, sheet: Sheet) -> None:
        self.beginResetModel()
        self.sheet = sheet
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(self.sheet.rows)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(self.sheet.header)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return self.tr(self.sheet.header[section])
        return None

    def value(self, row: int, column: int):
        return self.sheet.rows[row][column]

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        value = self.value(index.row(), index.column())
        if role == Qt.DisplayRole:
            return cell_text(self.sheet, index.column(), value)
        if role == Qt.UserRole:  # the raw value, for sorting and tests
            return value
        if role == Qt.TextAlignmentRole:
            return int(Qt.AlignVCenter | (Qt.AlignLeft if index.column() == 0 else Qt.AlignHCenter))
        if role == Qt.BackgroundRole and isinstance(value, str) and value in CELL_COLOURS:
            return QColor(CELL_COLOURS[value])
        if role == Qt.FontRole and self.sheet.rows[index.row()][0] == "合计":
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None
