"""The roster as a table model, and the proxy that searches and filters it."""
from __future__ import annotations

import enum
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from sanhui.core.model import CATEGORY_NAMES, LEFT_STATUS_NAMES, Member
from sanhui.ui.privacy import mask_phone


class Col(enum.IntEnum):
    NAME = 0
    GENDER = 1
    BIRTH = 2
    CATEGORY = 3
    JOIN = 4
    FULL = 5
    GROUP = 6
    POSITION = 7
    PHONE = 8
    STATUS = 9


HEADERS = {
    Col.NAME: "姓名",
    Col.GENDER: "性别",
    Col.BIRTH: "出生日期",
    Col.CATEGORY: "人员类别",
    Col.JOIN: "入党日期",
    Col.FULL: "转正日期",
    Col.GROUP: "党小组",
    Col.POSITION: "职务",
    Col.PHONE: "手机号码",
    Col.STATUS: "状态",
}


def member_status(member: Member, today: date) -> str:
    """A short Chinese word for the member's standing on ``today``."""
    if member.left_status:
        return LEFT_STATUS_NAMES[member.left_status]
    if member.is_excluded(today):
        return "不计入应到"
    if member.under_discipline(today):
        return "留党察看"
    return "在册"


class MembersModel(QAbstractTableModel):
    """Rows given by ``set_rows`` from a core query; never SQL here."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[Member] = []
        self._groups: dict[str, str] = {}
        self.today = date.today()

    def set_rows(self, members: list[Member], groups: dict[str, str]) -> None:
        self.beginResetModel()
        self._rows, self._groups = list(members), dict(groups)
        self.endResetModel()

    def member(self, row: int) -> Member:
        return self._rows[row]

    def group_name(self, member: Member) -> str:
        return self._groups.get(member.group_id, "")

    def rowCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(Col)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return self.tr(HEADERS[Col(section)])
        if orientation == Qt.Vertical and role == Qt.DisplayRole:
            return section + 1
        return None

    def text(self, member: Member, column: Col) -> str:
        def day(d):
            return d.isoformat() if d else ""

        return {
            Col.NAME: member.name,
            Col.GENDER: member.gender,
            Col.BIRTH: day(member.birth_date),
            Col.CATEGORY: CATEGORY_NAMES[member.category],
            Col.JOIN: day(member.join_date),
            Col.FULL: day(member.full_date),
            Col.GROUP: self.group_name(member),
            Col.POSITION: member.position,
            Col.PHONE: mask_phone(member.phone),
            Col.STATUS: member_status(member, self.today),
        }[column]

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        member = self._rows[index.row()]
        column = Col(index.column())
        if role in (Qt.DisplayRole, Qt.ToolTipRole):
            return self.text(member, column)
        if role == Qt.UserRole:  # sort key: ISO dates and names sort as text
            return self.text(member, column)
        if role == Qt.ForegroundRole and member.left_status:
            return QColor("#888888")
        if role == Qt.ForegroundRole and column == Col.CATEGORY and member.is_probationary(self.today):
            return QColor("#b35c00")
        return None


class MembersProxy(QSortFilterProxyModel):
    """Search text over name, ID, phone, position; filters by group and standing."""

    ALL = ""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(Qt.UserRole)
        self.setSortLocaleAware(True)
        self._search = ""
        self._group = self.ALL
        self._standing = self.ALL  # '', 'full', 'probationary', 'excluded', 'left', 'current'

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._search = text.strip()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_group(self, group_id: str) -> None:
        self.beginFilterChange()
        self._group = group_id
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_standing(self, standing: str) -> None:
        self.beginFilterChange()
        self._standing = standing
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row, source_parent):  # noqa: N802
        model: MembersModel = self.sourceModel()
        member = model.member(source_row)
        if self._search:
            haystack = " ".join(
                [member.name, member.id_number, member.phone, member.position, model.group_name(member)]
            )
            if self._search not in haystack:
                return False
        if self._group and member.group_id != self._group:
            return False
        today = model.today
        standing = self._standing
        if standing == "current" and member.left_status:
            return False
        if standing == "full" and (member.left_status or member.is_probationary(today)):
            return False
        if standing == "probationary" and (member.left_status or not member.is_probationary(today)):
            return False
        if standing == "excluded" and not member.is_excluded(today):
            return False
        if standing == "left" and not member.left_status:
            return False
        return True
