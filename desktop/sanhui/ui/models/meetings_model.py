"""The list of meeting records as a table model, with a proxy for search and filters."""
from __future__ import annotations

import enum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from sanhui.core.model import MEETING_STATUS_NAMES, MEETING_TYPE_NAMES, MeetingStatus
from sanhui.core.store.meetings import MeetingSummary


class MCol(enum.IntEnum):
    DATE = 0
    TYPE = 1
    TOPIC = 2
    GROUP = 3
    HOST = 4
    ATTENDANCE = 5
    PHOTOS = 6
    STATUS = 7


MHEADERS = {
    MCol.DATE: "日期",
    MCol.TYPE: "类型",
    MCol.TOPIC: "议题/主题",
    MCol.GROUP: "党小组",
    MCol.HOST: "主持人",
    MCol.ATTENDANCE: "出席",
    MCol.PHOTOS: "照片",
    MCol.STATUS: "状态",
}
STATUS_COLOURS = {MeetingStatus.FINAL: "#1b5e20", MeetingStatus.RETURNED: "#b71c1c", MeetingStatus.DRAFT: "#8d6e00"}


class MeetingsModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[MeetingSummary] = []

    def set_rows(self, rows: list[MeetingSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def summary(self, row: int) -> MeetingSummary:
        return self._rows[row]

    def rowCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(MCol)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return self.tr(MHEADERS[MCol(section)])
        return None

    def text(self, m: MeetingSummary, column: MCol) -> str:
        if column == MCol.DATE:
            return m.date.isoformat() + (f" {m.start_time}" if m.start_time else "")
        if column == MCol.TYPE:
            return MEETING_TYPE_NAMES[m.type] + (self.tr("（补开）") if m.for_period else "")
        if column == MCol.TOPIC:
            return m.topic
        if column == MCol.GROUP:
            return m.group or ""
        if column == MCol.HOST:
            return m.host
        if column == MCol.ATTENDANCE:
            return f"{m.present}/{m.expected}" + (self.tr(" 未签 %1").replace("%1", str(m.unmarked)) if m.unmarked else "")
        if column == MCol.PHOTOS:
            return str(m.photos) if m.photos else ""
        return MEETING_STATUS_NAMES[m.status]

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        m = self._rows[index.row()]
        column = MCol(index.column())
        if role in (Qt.DisplayRole, Qt.ToolTipRole):
            return self.text(m, column)
        if role == Qt.UserRole:
            return self.text(m, column)
        if role == Qt.ForegroundRole and column == MCol.STATUS:
            return QColor(STATUS_COLOURS[m.status])
        return None


class MeetingsProxy(QSortFilterProxyModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(Qt.UserRole)
        self._search = ""
        self._type = None
        self._status = None

    def _refilter(self, attr: str, value) -> None:
        self.beginFilterChange()
        setattr(self, attr, value)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_search(self, text: str) -> None:
        self._refilter("_search", text.strip())

    def set_type(self, meeting_type) -> None:
        self._refilter("_type", meeting_type)

    def set_status(self, status) -> None:
        self._refilter("_status", status)

    def filterAcceptsRow(self, source_row, source_parent):  # noqa: N802
        m = self.sourceModel().summary(source_row)
        if self._type and m.type != self._type:
            return False
        if self._status and m.status != self._status:
            return False
        if self._search and self._search not in " ".join([m.topic, m.host, m.group or "", m.date.isoformat()]):
            return False
        return True
