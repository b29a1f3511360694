"""签到: mark the expected members quickly: 全部出席, then 1 / 2 / 3 on the rows that differ."""
from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from sanhui.core.model import Attendance, MeetingRecord, MeetingType, Member, Problem
from sanhui.ui.editor.attendance_model import STATUS_OF_COLUMN, AttendanceColumn, AttendanceModel
from sanhui.ui.editor.common import EditorTab, error_label, hint, remember_edit_triggers, show_error

KEY_STATUS = {Qt.Key_1: Attendance.PRESENT, Qt.Key_2: Attendance.LEAVE, Qt.Key_3: Attendance.ABSENT}


class AttendanceTable(QTableView):
    """Keys 1 / 2 / 3 mark the selected rows; a click on a circle marks that row."""

    def __init__(self, model: AttendanceModel, parent=None):
        super().__init__(parent)
        self.setModel(model)
        self.attendance = model
        self.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.setAlternatingRowColors(True)
        triggers = QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed
        remember_edit_triggers(self, triggers | QAbstractItemView.AnyKeyPressed)
        header = self.horizontalHeader()
        header.setMinimumSectionSize(70)
        self.size_columns()
        header.setSectionResizeMode(AttendanceColumn.REASON, QHeaderView.Stretch)
        self.clicked.connect(self._clicked)

    def size_columns(self) -> None:
        """Widths from the font, not from every cell: sizing to contents asks each of the ~60×6 cells
        for its data several times and made the record open slowly."""
        metrics = self.fontMetrics()
        samples = {
            AttendanceColumn.NAME: "欧阳某某某",
            AttendanceColumn.STANDING: "预备党员 · 无表决权",
        }
        header = self.horizontalHeader()
        for column in AttendanceColumn:
            if column == AttendanceColumn.REASON:
                continue
            text = samples.get(column, str(self.model().headerData(column, Qt.Horizontal)))
            header.setSectionResizeMode(column, QHeaderView.Interactive)
            header.resizeSection(column, metrics.horizontalAdvance(text) + 28)

    def changeEvent(self, event):  # noqa: N802 - Qt name
        super().changeEvent(event)
        if event.type() == QEvent.FontChange:
            self.size_columns()

    def selected_rows(self) -> list[int]:
        rows = {index.row() for index in self.selectionModel().selectedRows()}
        if not rows and self.currentIndex().isValid():
            rows = {self.currentIndex().row()}
        return sorted(rows)

    def keyPressEvent(self, event):  # noqa: N802 - Qt name
        status = KEY_STATUS.get(event.key())
        if status is not None and self.currentIndex().column() != AttendanceColumn.REASON:
            self.attendance.set_status(self.selected_rows(), status)
            return
        super().keyPressEvent(event)

    def _clicked(self, index) -> None:
        status = STATUS_OF_COLUMN.get(AttendanceColumn(index.column()))
        if status is not None:
            self.attendance.set_status([index.row()], status)
            if status == Attendance.LEAVE and not self.attendance.rows[index.row()].reason:
                reason = self.attendance.index(index.row(), AttendanceColumn.REASON)
                self.setCurrentIndex(reason)
                self.edit(reason)


class AttendanceTab(EditorTab):
    add_requested = Signal(str)  # member id, for an 其他会议
    remove_requested = Signal(str)

    def __init__(self, session, record: MeetingRecord, members: Mapping[str, Member], parent=None):
        super().__init__(session, parent)
        self.members = members
        self.type = record.type
        self.model = AttendanceModel(self)
        self.table = AttendanceTable(self.model)
        self.all_present = QPushButton(self.tr("全部出席(&A)"))
        self.all_present.setToolTip(self.tr("把还没有登记的人都标为出席；都已登记时，把所有人标为出席。"))
        self.mark_buttons = {}
        buttons = QHBoxLayout()
        buttons.addWidget(self.all_present)
        for status, label in (
            (Attendance.PRESENT, self.tr("选中的人出席 (1)")),
            (Attendance.LEAVE, self.tr("选中的人请假 (2)")),
            (Attendance.ABSENT, self.tr("选中的人缺席 (3)")),
        ):
            button = QPushButton(label)
            button.clicked.connect(lambda _=False, s=status: self.mark_selected(s))
            self.mark_buttons[status] = button
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.error = error_label()

        layout = QVBoxLayout(self)
        layout.addWidget(hint(self.tr(
            "先点“全部出席”，再选中没有来的人，按数字键 2 标为请假、3 标为缺席（也可以直接点击表格里的圆圈）。"
            "请假要写明原因；按住 Ctrl 可以一次选中多人。"
        )))
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)

        self.add_member = QComboBox()
        self.add_button = QPushButton(self.tr("加入应到(&J)"))
        self.remove_button = QPushButton(self.tr("移出应到"))
        if record.type == MeetingType.OTHER:
            other = QHBoxLayout()
            other.addWidget(QLabel(self.tr("其他会议的应到人员可以调整：")))
            other.addWidget(self.add_member, 1)
            other.addWidget(self.add_button)
            other.addWidget(self.remove_button)
            layout.addLayout(other)
            self.add_button.clicked.connect(self._add_clicked)
            self.remove_button.clicked.connect(self._remove_clicked)
        self.model.edited.connect(self._edited)
        self.all_present.clicked.connect(self.model.mark_all_present)
        self.load(record)

    def load(self, record: MeetingRecord) -> None:
        self._loading = True
        try:
            self.model.set_rows(record.attendance, self.members, record.date, record.locked)
            listed = {row.member_id for row in record.attendance}
            self.add_member.clear()
            for member in sorted(self.members.values(), key=lambda m: m.name):
                if member.id not in listed and member.is_active(record.date):
                    self.add_member.addItem(member.name, member.id)
        finally:
            self._loading = False

    def mark_selected(self, status: Attendance) -> None:
        self.model.set_status(self.table.selected_rows(), status)

    def _add_clicked(self) -> None:
        if self.add_member.currentData():
            self.add_requested.emit(self.add_member.currentData())

    def _remove_clicked(self) -> None:
        rows = self.table.selected_rows()
        if rows:
            self.remove_requested.emit(self.model.rows[rows[0]].member_id)

    def lockable(self):
        return [self.table, self.all_present, *self.mark_buttons.values(), self.add_member, self.add_button,
                self.remove_button]

    def set_locked(self, locked: bool) -> None:
        super().set_locked(locked)
        self.model.locked = locked

    def show_problems(self, problems: list[Problem]) -> None:
        show_error(self.error, "\n".join(p.message for p in problems if p.field == "attendance"))

    def focus_field(self, field: str) -> bool:
        if field != "attendance":
            return False
        unmarked = [i for i, row in enumerate(self.model.rows) if row.status is None]
        no_reason = [
            i for i, row in enumerate(self.model.rows) if row.status == Attendance.LEAVE and not row.reason
        ]
        target = (unmarked or no_reason or [0])[0]
        if self.model.rows:
            self.table.selectRow(target)
        self.table.setFocus()
        return True
