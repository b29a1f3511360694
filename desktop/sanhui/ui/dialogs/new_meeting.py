"""Starting a new record: its type, 党小组, date, topic, and whether it makes up a past period (补开)."""
from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
)

from sanhui.core.model import MEETING_TYPE_NAMES, MeetingType
from sanhui.core.plan import period_label
from sanhui.core.store.meetings import create_meeting
from sanhui.core.store.org import list_groups
from sanhui.errors import SanhuiError
from sanhui.ui.widgets import Checked, DateField


class NewMeetingDialog(QDialog):
    """After Accepted, ``meeting_id`` is the new draft record."""

    def __init__(self, session, parent=None, today: date | None = None, meeting_type: MeetingType | None = None,
                 group_id: str | None = None, on: date | None = None, for_period: str | None = None):
        super().__init__(parent)
        self.session = session
        self.today = today or date.today()
        self.meeting_id = None
        self.setWindowTitle(self.tr("新建会议记录"))
        self.type = QComboBox()
        for key, name in MEETING_TYPE_NAMES.items():
            self.type.addItem(self.tr(name), key)
        self.group = QComboBox()
        for group in list_groups(session.db, session.org_id):
            self.group.addItem(group.name, group.id)
        self.date = DateField()
        self.date.set_value(on or self.today)
        self.topic = QLineEdit()
        self.topic.setPlaceholderText(self.tr("例如 学习党的二十届四中全会精神"))
        self.make_up = QCheckBox()
        self.for_period = for_period
        if for_period:
            self.make_up.setText(self.tr("这是为%1补开的会议").replace("%1", period_label(for_period)))
            self.make_up.setChecked(True)
        self.make_up.setVisible(bool(for_period))
        self.date_field = Checked(self.date)
        self.group_field = Checked(self.group)
        form = QFormLayout()
        form.addRow(self.tr("会议类型"), self.type)
        form.addRow(self.tr("党小组"), self.group_field)
        form.addRow(self.tr("日期"), self.date_field)
        form.addRow(self.tr("议题/主题"), self.topic)
        form.addRow("", self.make_up)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("开始记录(&S)"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.type.currentIndexChanged.connect(self._type_changed)
        if meeting_type:
            self.type.setCurrentIndex(self.type.findData(meeting_type))
        if group_id:
            self.group.setCurrentIndex(max(self.group.findData(group_id), 0))
        self._type_changed()
        self.resize(520, 0)

    def _type_changed(self) -> None:
        is_group = self.type.currentData() == MeetingType.GROUP_MEETING
        self.group_field.setEnabled(is_group)

    def create(self) -> None:
        self.date_field.show_error("")
        try:
            on = self.date.value()
        except ValueError as exc:
            self.date_field.show_error(str(exc))
            return
        if on is None:
            self.date_field.show_error(self.tr("请填写会议日期。"))
            return
        meeting_type = self.type.currentData()
        group_id = self.group.currentData() if meeting_type == MeetingType.GROUP_MEETING else None
        if meeting_type == MeetingType.GROUP_MEETING and not group_id:
            self.group_field.show_error(self.tr("还没有党小组：请先在“党员”页面为党员填写党小组。"))
            return
        fields = {"topic": self.topic.text().strip()}
        if self.for_period and self.make_up.isChecked():
            fields["for_period"] = self.for_period
        try:
            self.meeting_id = create_meeting(self.session.db, self.session.org_id, meeting_type, on, group_id, **fields)
        except SanhuiError as exc:
            self.date_field.show_error(str(exc))
            return
        self.accept()
