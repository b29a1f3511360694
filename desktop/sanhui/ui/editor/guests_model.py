"""列席人员: guests of a meeting (name and role), edited in place."""
from __future__ import annotations

import enum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal

from sanhui.core.model import Guest


class GuestColumn(enum.IntEnum):
    NAME = 0
    ROLE = 1


GUEST_HEADERS = {GuestColumn.NAME: "姓名", GuestColumn.ROLE: "职务或身份"}


class GuestsModel(QAbstractTableModel):
    edited = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.guests: list[Guest] = []
        self.locked = False

    def set_guests(self, guests: list[Guest]) -> None:
        self.beginResetModel()
        self.guests = [Guest(g.name, g.role, g.id) for g in guests]
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):  # noqa: N802 - Qt name
        return 0 if parent.isValid() else len(self.guests)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802 - Qt name
        return 0 if parent.isValid() else len(GuestColumn)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802 - Qt name
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return self.tr(GUEST_HEADERS[GuestColumn(section)])
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        guest = self.guests[index.row()]
        if role in (Qt.DisplayRole, Qt.EditRole):
            return guest.name if index.column() == GuestColumn.NAME else guest.role
        return None

    def flags(self, index):
        flags = Qt.ItemIsEnabled | Qt.ItemIsSelectable
        return flags if self.locked else flags | Qt.ItemIsEditable

    def setData(self, index, value, role=Qt.EditRole):  # noqa: N802 - Qt name
        if self.locked or role != Qt.EditRole or not index.isValid():
            return False
        guest = self.guests[index.row()]
        text = str(value or "").strip()
        if index.column() == GuestColumn.NAME:
            guest.name = text
        else:
            guest.role = text
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True

    def add(self, name: str = "", role: str = "") -> QModelIndex:
        row = len(self.guests)
        self.beginInsertRows(QModelIndex(), row, row)
        self.guests.append(Guest(name, role))
        self.endInsertRows()
        self.edited.emit()
        return self.index(row, GuestColumn.NAME)

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.guests):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.guests[row]
            self.endRemoveRows()
            self.edited.emit()

    def complete_guests(self) -> list[Guest]:
        """The guests that can be saved (with a name)."""
        return [Guest(g.name, g.role) for g in self.guests if g.name.strip()]

    def nameless(self) -> bool:
        """A row with a role but no name yet (not saved until it has one)."""
        return any(g.role.strip() and not g.name.strip() for g in self.guests)
