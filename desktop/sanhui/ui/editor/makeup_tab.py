"""补学: when and how each member on leave or absent made up the meeting's content.

Allowed on a final record too (making up comes after the meeting and is not
part of the minutes), so this tab stays editable when the others are locked.
"""
from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QVBoxLayout, QWidget

from sanhui.core.model import ATTENDANCE_NAMES, Attendance, AttendanceRow, Changes, MeetingRecord
from sanhui.core.store.attendance import set_makeup
from sanhui.errors import SanhuiError
from sanhui.ui.editor.common import EditorTab, hint, scrolling
from sanhui.ui.widgets import Checked, DateField

MAKEUP_METHODS = ("自学", "集中补课", "个别辅导", "观看录像")


class MakeupRow:
    """The widgets of one member's 补学."""

    def __init__(self, row: AttendanceRow, date_text: str, method: str, example: str):
        self.row = row
        self.date = DateField()
        self.date.setPlaceholderText(example)
        self.date.setText(date_text)
        self.method = QComboBox()
        self.method.setEditable(True)
        self.method.setInsertPolicy(QComboBox.NoInsert)
        self.method.addItems([""] + list(MAKEUP_METHODS))
        self.method.setCurrentText(method)
        self.method.setMinimumWidth(200)
        self.date.setMinimumWidth(180)
        self.checked = Checked(self.date)

    def typed(self) -> tuple[str, str]:
        return self.date.text().strip(), self.method.currentText().strip()

    def saved(self) -> tuple[str, str]:
        return (self.row.makeup_date.isoformat() if self.row.makeup_date else "", self.row.makeup_method)


class MakeupTab(EditorTab):
    def __init__(self, session, record: MeetingRecord, parent=None):
        super().__init__(session, parent)
        self.record = record
        self.rows: dict[str, MakeupRow] = {}  # member id -> widgets
        self._shown: list[str] = []
        self.empty = QLabel(self.tr("本次会议没有请假或缺席的党员，不需要补学。"))
        self.grid_page = QWidget()
        self.grid = QGridLayout(self.grid_page)
        self.grid.setColumnStretch(4, 1)
        self.grid.setHorizontalSpacing(16)
        layout = QVBoxLayout(self)
        layout.addWidget(hint(self.tr(
            "请假、缺席的党员会后要补学本次会议的内容。写明补学日期和方式（可以从列表中选，也可以自己写）。"
        )))
        layout.addWidget(self.empty)
        layout.addWidget(scrolling(self.grid_page), 1)
        self.load(record)

    def load(self, record: MeetingRecord) -> None:
        """Rebuild the rows for the members now on leave or absent, keeping what was typed."""
        self.record = record
        missing = [r for r in record.attendance if r.status in (Attendance.LEAVE, Attendance.ABSENT)]
        wanted = [(r.member_id, r.status, r.reason) for r in missing]
        if wanted == self._shown and all(self.rows[r.member_id].row is r for r in missing):
            return
        typed = {member_id: widgets.typed() for member_id, widgets in self.rows.items()}
        self._loading = True
        try:
            while self.grid.count():
                item = self.grid.takeAt(0)
                if item.widget():
                    item.widget().hide()
                    item.widget().deleteLater()
            self.rows = {}
            example = self.tr("例如 {0}").format((record.date + timedelta(days=7)).isoformat())
            for column, title in enumerate((self.tr("姓名"), self.tr("情况"), self.tr("补学日期"), self.tr("补学方式"))):
                label = QLabel(f"<b>{title}</b>")
                self.grid.addWidget(label, 0, column)
            for number, row in enumerate(missing, start=1):
                saved = (row.makeup_date.isoformat() if row.makeup_date else "", row.makeup_method)
                widgets = MakeupRow(row, *typed.get(row.member_id, saved), example)
                situation = self.tr(ATTENDANCE_NAMES[row.status]) + (f"：{row.reason}" if row.reason else "")
                self.grid.addWidget(QLabel(row.member_name), number, 0)
                self.grid.addWidget(QLabel(situation), number, 1)
                self.grid.addWidget(widgets.checked, number, 2)
                self.grid.addWidget(widgets.method, number, 3)
                widgets.date.textChanged.connect(self._edited)
                widgets.method.currentTextChanged.connect(self._edited)
                self.rows[row.member_id] = widgets
            self.grid.setRowStretch(len(missing) + 1, 1)
            self.empty.setVisible(not missing)
            self.grid_page.setVisible(bool(missing))
            self._shown = wanted
        finally:
            self._loading = False

    def _edited(self, *_args) -> None:
        if not self._loading:  # never locked: 补学 is recorded after the record is final
            self.changed.emit()

    def set_locked(self, locked: bool) -> None:
        self.locked = False

    def save(self) -> Changes:
        """Write the 补学 typed since the last save; problems stay at their row."""
        changes = Changes()
        for widgets in self.rows.values():
            date_text, method = widgets.typed()
            if (date_text, method) == widgets.saved():
                widgets.checked.show_error("")
                continue
            if not date_text and method:
                widgets.checked.show_error(self.tr("请填写补学日期。"))
                continue
            try:
                changes |= set_makeup(self.session.db, widgets.row.id, date_text or None, method)
            except SanhuiError as exc:
                widgets.checked.show_error(str(exc))
                continue
            widgets.checked.show_error("")
            widgets.row.makeup_date = widgets.date.value() if date_text else None
            widgets.row.makeup_method = method if date_text else ""
        return changes
