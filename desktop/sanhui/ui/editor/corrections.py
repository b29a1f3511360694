"""更正: changing a final record as a visible, dated correction with a reason, and listing them."""
from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sanhui.core.model import ATTENDANCE_NAMES, Attendance, MeetingRecord, MeetingType, Member
from sanhui.core.store.finalize import correct
from sanhui.errors import SanhuiError
from sanhui.ui.editor.common import error_label, hint, lines, short, show_error
from sanhui.ui.widgets import Checked

LINE, TEXT, LIST, ATTENDANCE = "line", "text", "list", "attendance"
FIELDS = [
    ("topic", "议题", LINE), ("date", "日期", LINE), ("start_time", "开始时间", LINE),
    ("end_time", "结束时间", LINE), ("place", "地点", LINE), ("host", "主持人", LINE),
    ("recorder", "记录人", LINE), ("attendance", "出席情况（某一名党员）", ATTENDANCE),
    ("agenda", "议程", LIST), ("content", "会议内容", TEXT), ("decisions", "决议", LIST),
    ("no_decision_reason", "无决议的原因", LINE),
]
LECTURE_FIELDS = [("lecturer", "授课人", LINE), ("title", "党课题目", LINE), ("hours", "学时", LINE)]
THEME_DAY_FIELDS = [("theme", "活动主题", LINE), ("form", "活动形式", LINE)]
def _current_text(record: MeetingRecord, field: str) -> str:
    value = getattr(record, field)
    if isinstance(value, list):
        return "\n".join(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:g}"
    return "" if value is None else str(value)


class CorrectionDialog(QDialog):
    """Choose what to correct, type the right value and the reason; ``apply`` calls ``finalize.correct``.

    Several fields can be corrected under one reason (再更正一项). After
    ``Accepted``, ``changes`` is what ``correct`` returned.
    """

    def __init__(self, session, record: MeetingRecord, members: Mapping[str, Member], parent=None):
        super().__init__(parent)
        self.session = session
        self.record = record
        self.changes = None
        self.pending: dict[str, Any] = {}
        self.setWindowTitle(self.tr("登记更正"))
        fields = list(FIELDS)
        if record.type == MeetingType.PARTY_LECTURE:
            fields += LECTURE_FIELDS
        if record.type == MeetingType.THEME_DAY:
            fields += THEME_DAY_FIELDS
        self.kinds = {key: kind for key, _label, kind in fields}
        self.labels = {key: label for key, label, _kind in fields}
        self.field = QComboBox()
        for key, label, _kind in fields:
            self.field.addItem(self.tr(label), key)
        self.current = QPlainTextEdit()
        self.current.setReadOnly(True)
        self.current.setMaximumHeight(90)
        self.line_value = QLineEdit()
        self.text_value = QPlainTextEdit()
        self.text_value.setTabChangesFocus(True)
        self.member = QComboBox()
        for row in record.attendance:
            self.member.addItem(row.member_name, row.member_id)
        self.status = QComboBox()
        for status, name in ATTENDANCE_NAMES.items():
            self.status.addItem(self.tr(name), status.value)
        self.status_reason = QLineEdit()
        self.status_reason.setPlaceholderText(self.tr("请假或缺席的原因"))
        attendance = QWidget()
        row_layout = QHBoxLayout(attendance)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.member, 1)
        row_layout.addWidget(self.status)
        row_layout.addWidget(self.status_reason, 2)
        self.value = QWidget()  # only the editor that fits the chosen field is shown
        value_layout = QVBoxLayout(self.value)
        value_layout.setContentsMargins(0, 0, 0, 0)
        self.pages = {
            LINE: self.line_value, TEXT: self.text_value, LIST: self.text_value, ATTENDANCE: attendance,
        }
        for page in (self.line_value, self.text_value, attendance):
            value_layout.addWidget(page)
        self.value_checked = Checked(self.value)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("例如：记录人笔误，经主持人核对更正"))
        self.reason_checked = Checked(self.reason)
        self.pending_list = QListWidget()
        self.pending_list.setMaximumHeight(90)
        self.more = QPushButton(self.tr("再更正一项(&A)"))
        self.more.setToolTip(self.tr("把上面这一项记下，再选择另一个要更正的项目；最后一起登记。"))
        more_row = QHBoxLayout()
        more_row.addWidget(self.more)
        more_row.addStretch(1)
        self.error = error_label()

        form = QFormLayout()
        form.addRow(self.tr("更正项目(&X)"), self.field)
        form.addRow(self.tr("原内容"), self.current)
        form.addRow(self.tr("改为(&V)"), self.value_checked)
        form.addRow("", more_row)
        self.pending_label = QLabel(self.tr("本次更正"))
        form.addRow(self.pending_label, self.pending_list)
        form.addRow(self.tr("更正原因(&Y) *"), self.reason_checked)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Save).setText(self.tr("登记更正(&S)"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint(self.tr(
            "已定稿的记录不能直接修改。更正会注明日期和原因，并打印在记录后面。"
        )))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.field.currentIndexChanged.connect(self._field_changed)
        self.member.currentIndexChanged.connect(self._member_changed)
        self.more.clicked.connect(self.add_pending)
        self._field_changed()
        self._show_pending()
        self.resize(760, 520)

    # -- choosing -------------------------------------------------------------------------------
    def select_field(self, key: str) -> None:
        self.field.setCurrentIndex(self.field.findData(key))

    def _field_changed(self) -> None:
        key = self.field.currentData()
        kind = self.kinds[key]
        for page in set(self.pages.values()):
            page.setVisible(page is self.pages[kind])
        if kind == ATTENDANCE:
            self._member_changed()
            return
        text = _current_text(self.record, key)
        self.current.setPlainText(text)
        if kind == LINE:
            self.line_value.setText(text)
        else:
            self.text_value.setPlainText(text)

    def _row(self):
        member_id = self.member.currentData()
        return next((r for r in self.record.attendance if r.member_id == member_id), None)

    def _member_changed(self) -> None:
        row = self._row()
        if row is None or self.kinds[self.field.currentData()] != ATTENDANCE:
            return
        status = ATTENDANCE_NAMES.get(row.status, self.tr("未登记"))
        self.current.setPlainText(f"{row.member_name}：{status}" + (f"（{row.reason}）" if row.reason else ""))
        if row.status is not None:
            self.status.setCurrentIndex(self.status.findData(row.status.value))
        self.status_reason.setText(row.reason)

    def _typed(self) -> tuple[str, Any] | None:
        """(field, value) typed in the editor, None when it equals the record."""
        key = self.field.currentData()
        kind = self.kinds[key]
        if kind == ATTENDANCE:
            row = self._row()
            status, reason = self.status.currentData(), self.status_reason.text().strip()
            if row is None or (row.status and row.status.value == status and row.reason == reason):
                return None
            marks = dict(self.pending.get("attendance", {}))
            marks[row.member_id] = {"status": status, "reason": reason}
            return "attendance", marks
        if kind == LIST:
            value: Any = lines(self.text_value.toPlainText())
            return None if value == getattr(self.record, key) else (key, value)
        value = (self.line_value.text() if kind == LINE else self.text_value.toPlainText()).strip()
        return None if value == _current_text(self.record, key).strip() else (key, value)

    def add_pending(self) -> bool:
        typed = self._typed()
        if typed is None:
            self.value_checked.show_error(self.tr("“改为”和原内容一样。请写上正确的内容。"))
            return False
        self.value_checked.show_error("")
        key, value = typed
        self.pending[key] = value
        self._show_pending()
        return True

    def _show_pending(self) -> None:
        self.pending_list.clear()
        self.pending_label.setVisible(bool(self.pending))
        self.pending_list.setVisible(bool(self.pending))
        names = {row.member_id: row.member_name for row in self.record.attendance}
        for key, value in self.pending.items():
            if key == "attendance":
                for member_id, mark in value.items():
                    status = ATTENDANCE_NAMES[Attendance(mark["status"])]
                    self.pending_list.addItem(f"{names.get(member_id, '')}：{status} {mark['reason']}".strip())
            else:
                shown = "；".join(value) if isinstance(value, list) else value
                self.pending_list.addItem(f"{self.tr(self.labels[key])} → {short(shown, 60)}")

    # -- saving ---------------------------------------------------------------------------------
    def apply(self) -> None:
        changes = dict(self.pending)
        typed = self._typed()
        if typed is not None:
            changes[typed[0]] = typed[1]
        self.value_checked.show_error("" if changes else self.tr("没有要更正的内容：请在“改为”中写上正确的内容。"))
        reason = self.reason.text().strip()
        self.reason_checked.show_error("" if reason else self.tr("请写明更正原因。"))
        if not changes or not reason:
            return
        try:
            self.changes = correct(self.session.db, self.record.id, changes, reason)
        except SanhuiError as exc:
            show_error(self.error, str(exc))
            return
        self.accept()
