"""各支部: one row per branch from ``township.branch_overview`` (the same words as the .xlsx)."""
from __future__ import annotations

import enum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from sanhui.core.exchange.township import BranchRow
from sanhui.core.exchange.township_xlsx import (
    LEAD_HEADER,
    TAIL_HEADER,
    completion_types,
    overview_header,
    overview_values,
)
from sanhui.core.model import MeetingType

WEAK_COLOUR = "#ffcdd2"  # 软弱涣散候选: the bottom tenth
WARN_COLOUR = "#ffe0b2"  # silent or returned records not corrected


class Column(enum.IntEnum):
    NAME = 0
    CODE = 1
    LAST_REPORT = 2
    COMPLETION = 3
    # then one column per meeting type, then ATTENDANCE and FLAGS (see ``column_of``)


class BranchesModel(QAbstractTableModel):
    """Rows of BranchRow; the per-type columns follow the types any branch has."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[BranchRow] = []
        self.types: list[MeetingType] = []
        self.header: list[str] = overview_header([])
        self._values: list[list[str]] = []
        self._sort: tuple[int, Qt.SortOrder] = (-1, Qt.AscendingOrder)

    def set_rows(self, rows: list[BranchRow]) -> None:
        self.beginResetModel()
        self.types = completion_types(rows)
        self.header = overview_header(self.types)
        self.rows = rows
        self._values = [overview_values(row, self.types) for row in rows]
        self._order_rows()
        self.endResetModel()

    def sort(self, column: int, order=Qt.AscendingOrder) -> None:
        """Sorted here, in Python, once (a proxy comparing through ``data`` would call into Python twice per
        comparison: ~0.2 s for a county's 3,000 branches)."""
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        self._order_rows()
        self.layoutChanged.emit()

    def _order_rows(self) -> None:
        column, order = self._sort
        if column < 0 or not self.rows:
            return
        positions = {id(row): i for i, row in enumerate(self.rows)}
        keyed = sorted(self.rows, key=lambda row: self._key(self.sort_value(row, column, positions[id(row)])),
                       reverse=order == Qt.DescendingOrder)
        self._values = [self._values[positions[id(row)]] for row in keyed]
        self.rows = keyed

    @staticmethod
    def _key(value):
        return (0, value, "") if isinstance(value, (int, float, tuple)) else (1, 0, str(value))

    @property
    def values(self) -> list[list[str]]:
        """The shown text of every cell, row by row (in the current order)."""
        return self._values

    @property
    def attendance_column(self) -> int:
        return len(LEAD_HEADER) + len(self.types)

    @property
    def flags_column(self) -> int:
        return self.attendance_column + len(TAIL_HEADER) - 1

    def row_at(self, row: int) -> BranchRow:
        return self.rows[row]

    def rowCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(self.header)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return self.tr(self.header[section])
        return None

    def sort_value(self, row: BranchRow, column: int, position: int | None = None):
        """What the column sorts by: numbers for completions and rates, text otherwise."""
        if column == Column.COMPLETION:
            return row.completion if row.completion is not None else -1.0
        if len(LEAD_HEADER) <= column < self.attendance_column:
            entry = row.types.get(self.types[column - len(LEAD_HEADER)])
            return entry.held / entry.required if entry and entry.required else -1.0
        if column == self.attendance_column:
            return row.attendance_rate if row.attendance_rate is not None else -1.0
        if column == self.flags_column:
            return (row.weak_candidate, row.returned_open, row.silent)
        if column == Column.LAST_REPORT:
            return row.last_report or ""
        return self._values[self.rows.index(row) if position is None else position][column]

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.DisplayRole:
            return self._values[index.row()][column]
        if role == Qt.UserRole:
            return self.sort_value(row, column, index.row())
        if role == Qt.TextAlignmentRole:
            return int(Qt.AlignVCenter | (Qt.AlignLeft if column in (Column.NAME, self.flags_column)
                                          else Qt.AlignHCenter))
        if role == Qt.BackgroundRole:
            if row.weak_candidate:
                return QColor(WEAK_COLOUR)
            if column == self.flags_column and (row.silent or row.returned_open):
                return QColor(WARN_COLOUR)
        if role == Qt.ToolTipRole:  # the whole name (a long one is cut in its column), and the key
            lines = [row.name] if column == Column.NAME else []
            if row.fingerprint:
                lines.append(self.tr("密钥指纹：") + row.fingerprint)
            return "\n".join(lines) or None
        return None


class BranchesProxy(QSortFilterProxyModel):
    """Filter by name or code; sorting is the source model's (by the raw values)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.text = ""

    def set_text(self, text: str) -> None:
        self.text = text.strip()
        self.invalidate()

    def filterAcceptsRow(self, source_row, source_parent):  # noqa: N802
        text = self.text
        if not text:
            return True
        row = self.sourceModel().row_at(source_row)
        return text.lower() in row.name.lower() or text in row.code

    def sort(self, column: int, order=Qt.AscendingOrder) -> None:  # noqa: D102 - the source sorts itself
        self.sourceModel().sort(column, order)
