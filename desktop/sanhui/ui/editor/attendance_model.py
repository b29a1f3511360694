"""签到: the expected members of a meeting, one row each, marked 出席 / 请假 / 缺席 with a reason.

The rows are the record's own ``AttendanceRow`` objects: marking a row here
changes the record, and the editor saves it after a short pause.
"""
from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from sanhui.core.model import Attendance, AttendanceRow, Member


class AttendanceColumn(enum.IntEnum):
    NAME = 0
    STANDING = 1  # 身份
    PRESENT = 2
    LEAVE = 3
    ABSENT = 4
    REASON = 5


ATTENDANCE_HEADERS = {
    AttendanceColumn.NAME: "姓名",
    AttendanceColumn.STANDING: "身份",
    AttendanceColumn.PRESENT: "出席 (1)",
    AttendanceColumn.LEAVE: "请假 (2)",
    AttendanceColumn.ABSENT: "缺席 (3)",
    AttendanceColumn.REASON: "原因（请假必填）",
}
STATUS_OF_COLUMN = {
    AttendanceColumn.PRESENT: Attendance.PRESENT,
    AttendanceColumn.LEAVE: Attendance.LEAVE,
    AttendanceColumn.ABSENT: Attendance.ABSENT,
}
STATUS_COLOURS = {Attendance.PRESENT: "#1e7e34", Attendance.LEAVE: "#b8860b", Attendance.ABSENT: "#c0392b"}
STATUS_BACKGROUNDS = {
    Attendance.PRESENT: "#e3f1e6", Attendance.LEAVE: "#fbf0d0", Attendance.ABSENT: "#f8dedb",
}
UNMARKED = "○"
MARKED = "●"


class AttendanceModel(QAbstractTableModel):
    edited = Signal()  # a status or a reason changed

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[AttendanceRow] = []
        self.members: Mapping[str, Member] = {}
        self.on = date.today()
        self.locked = False
        self._stashed: dict[str, str] = {}  # reasons of rows marked present, back if marked absent again
        self._status_cache: dict = {}  # (status, chosen, role) -> value: a few values asked for thousands of times

    def set_rows(
        self, rows: list[AttendanceRow], members: Mapping[str, Member], on: date, locked: bool
    ) -> None:
        self.beginResetModel()
        self.rows, self.members, self.on, self.locked = rows, members, on, locked
        self._status_cache = {}  # the tooltips depend on the language, the font on the type size
        self.endResetModel()

    # -- reading --------------------------------------------------------------------------------
    def voting(self, row: AttendanceRow) -> bool:
        """有表决权: frozen on a final record, else judged on the meeting date."""
        if self.locked and row.voting is not None:
            return row.voting
        member = self.members.get(row.member_id)
        return bool(member and member.can_vote(self.on))

    def standing(self, row: AttendanceRow) -> str:
        member = self.members.get(row.member_id)
        no_vote = self.tr(" · 无表决权")
        if member is not None and member.is_probationary(self.on):
            return self.tr("预备党员") + no_vote
        if member is not None and member.under_discipline(self.on):
            return self.tr("留党察看") + no_vote
        return self.tr("正式党员") if self.voting(row) else self.tr("党员") + no_vote

    def rowCount(self, parent=QModelIndex()):  # noqa: N802 - Qt name
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802 - Qt name
        return 0 if parent.isValid() else len(AttendanceColumn)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802 - Qt name
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return self.tr(ATTENDANCE_HEADERS[AttendanceColumn(section)])
        if orientation == Qt.Vertical and role == Qt.DisplayRole:
            return str(section + 1)
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if column in STATUS_OF_COLUMN:
            status = STATUS_OF_COLUMN[column]
            key = (status, row.status == status, role)
            if key not in self._status_cache:
                self._status_cache[key] = self._status_data(row, status, role)
            return self._status_cache[key]
        if column == AttendanceColumn.NAME and role == Qt.DisplayRole:
            return row.member_name
        if column == AttendanceColumn.STANDING:
            if role == Qt.DisplayRole:
                return self.standing(row)
            if role == Qt.ForegroundRole and not self.voting(row):
                return _brush("#8a5a00")
        if column == AttendanceColumn.REASON:
            if role == Qt.EditRole:
                return row.reason
            if role == Qt.DisplayRole:
                if row.status == Attendance.LEAVE and not row.reason.strip():
                    return self.tr("（请填写请假原因）")
                return row.reason
            if role == Qt.ForegroundRole and row.status == Attendance.LEAVE and not row.reason.strip():
                return _brush("#c0392b")
        return None

    def _mark_font(self) -> QFont:
        """The large font of the ○ ● marks."""
        font = QFont()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        return font

    def _status_data(self, row: AttendanceRow, status: Attendance, role):
        chosen = row.status == status
        if role == Qt.DisplayRole:
            return MARKED if chosen else UNMARKED
        if role == Qt.TextAlignmentRole:
            return int(Qt.AlignCenter)
        if role == Qt.FontRole:
            return self._mark_font()
        if role == Qt.ForegroundRole:
            return _brush(STATUS_COLOURS[status] if chosen else "#b0b0b0")
        if role == Qt.BackgroundRole and chosen:
            return _brush(STATUS_BACKGROUNDS[status])
        if role in (Qt.ToolTipRole, Qt.AccessibleTextRole):
            names = {Attendance.PRESENT: "出席", Attendance.LEAVE: "请假", Attendance.ABSENT: "缺席"}
            return self.tr(names[status]) + (self.tr("：已选") if chosen else self.tr("（点击选择）"))
        return None

    def flags(self, index):
        flags = Qt.ItemIsEnabled | Qt.ItemIsSelectable
        if index.isValid() and index.column() == AttendanceColumn.REASON and not self.locked:
            flags |= Qt.ItemIsEditable
        return flags

    # -- marking --------------------------------------------------------------------------------
    def setData(self, index, value, role=Qt.EditRole):  # noqa: N802 - Qt name
        if self.locked or role != Qt.EditRole or index.column() != AttendanceColumn.REASON:
            return False
        row = self.rows[index.row()]
        text = str(value or "").strip()
        if text == row.reason:
            return False
        row.reason = text
        self._row_changed(index.row())
        self.edited.emit()
        return True

    def set_status(self, rows: Iterable[int], status: Attendance | None) -> bool:
        """Mark the given rows; returns whether anything changed."""
        if self.locked:
            return False
        changed = False
        for number in sorted(set(rows)):
            if not 0 <= number < len(self.rows):
                continue
            row = self.rows[number]
            if row.status == status:
                continue
            if status == Attendance.PRESENT:
                if row.reason:
                    self._stashed[row.member_id] = row.reason
                row.reason = ""
            elif not row.reason:
                row.reason = self._stashed.pop(row.member_id, "")
            row.status = status
            self._row_changed(number)
            changed = True
        if changed:
            self.edited.emit()
        return changed

    def mark_all_present(self) -> bool:
        """Mark every row not yet marked present; when all are marked already, everyone."""
        unmarked = [i for i, r in enumerate(self.rows) if r.status is None]
        return self.set_status(unmarked or range(len(self.rows)), Attendance.PRESENT)

    def _row_changed(self, number: int) -> None:
        self.dataChanged.emit(self.index(number, 0), self.index(number, len(AttendanceColumn) - 1))


_BRUSHES: dict[str, QBrush] = {}


def _brush(colour: str) -> QBrush:
    """A shared brush per colour."""
    brush = _BRUSHES.get(colour)
    if brush is None:
        brush = _BRUSHES[colour] = QBrush(QColor(colour))
    return brush
