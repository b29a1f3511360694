"""基本信息: topic, date, times, place, host, recorder, group, 补开, lecture/theme-day fields, guests."""
from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sanhui.core.model import (
    MEETING_TYPE_NAMES,
    THEME_DAY_FORMS,
    MeetingRecord,
    MeetingType,
    Problem,
)
from sanhui.core.plan import RuleSettings, period_bounds, period_of
from sanhui.core.store.meeting_rows import clean_fields
from sanhui.core.store.members import list_members
from sanhui.core.store.org import list_groups
from sanhui.core.store.settings import get_setting
from sanhui.errors import InvalidInput
from sanhui.ui.editor.common import (
    EditorTab,
    committee_first,
    error_label,
    remember_edit_triggers,
    show_error,
)
from sanhui.ui.editor.corrections_list import CorrectionsTable
from sanhui.ui.editor.guests_model import GuestsModel
from sanhui.ui.widgets import Checked, DateField, heading

#: Single-line text fields of the tab, by record attribute.
TEXT_FIELDS = ("topic", "start_time", "end_time", "place", "title", "hours", "theme")
COMBO_FIELDS = ("host", "recorder", "lecturer", "form")


def _editable_combo(items) -> QComboBox:
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.NoInsert)
    combo.addItems(list(items))
    combo.setMinimumContentsLength(8)
    return combo


class BasicTab(EditorTab):
    def __init__(self, session, record: MeetingRecord, parent=None):
        super().__init__(session, parent)
        self.type = record.type
        self.fields: dict[str, Checked] = {}
        members = committee_first(list_members(session.db, session.org_id), record.date)
        names = [""] + [m.name for m in members]

        self.type_label = QLabel(self.tr(MEETING_TYPE_NAMES[record.type]))
        self.type_label.setStyleSheet("font-weight: bold;")
        self.topic = QLineEdit()
        self.topic.setPlaceholderText(self.tr("例如：学习贯彻党的二十届四中全会精神"))
        self.date = DateField()
        self.start_time = QLineEdit()
        self.end_time = QLineEdit()
        for edit in (self.start_time, self.end_time):
            edit.setPlaceholderText(self.tr("例如 09:00"))
            edit.setMaxLength(5)
            edit.setMaximumWidth(110)
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("例如：村党群服务中心"))
        self.host = _editable_combo(names)
        self.recorder = _editable_combo(names)
        self.group = QComboBox()
        for group in list_groups(session.db, session.org_id):
            self.group.addItem(group.name, group.id)
        self.for_period_check = QCheckBox(self.tr("这是补开以前的会议(&K)"))
        self.for_period = QLineEdit()
        self.for_period.setPlaceholderText(self.tr("补开哪一期，例如 2026-Q1 或 2026-03"))
        self.lecturer = _editable_combo(names)
        self.title = QLineEdit()
        self.hours = QLineEdit()
        self.hours.setPlaceholderText(self.tr("例如 2"))
        self.hours.setMaximumWidth(110)
        self.theme = QLineEdit()
        self.form = _editable_combo([""] + list(THEME_DAY_FORMS))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        form.addRow(self.tr("会议类型"), self.type_label)
        self._add(form, "topic", self.tr("议题(&T)"), self.topic)
        self._add(form, "date", self.tr("日期(&D)"), self.date)
        times = QHBoxLayout()
        times.addWidget(self._checked("start_time", self.start_time))
        times.addWidget(QLabel(self.tr("至")))
        times.addWidget(self._checked("end_time", self.end_time))
        times.addStretch(1)
        time_label = QLabel(self.tr("时间(&B)"))
        time_label.setBuddy(self.start_time)
        form.addRow(time_label, times)
        self._add(form, "place", self.tr("地点(&Q)"), self.place)
        self._add(form, "host", self.tr("主持人(&H)"), self.host)
        self._add(form, "recorder", self.tr("记录人(&R)"), self.recorder)
        if record.type == MeetingType.GROUP_MEETING:
            self._add(form, "group_id", self.tr("党小组(&Z)"), self.group)
        if record.type == MeetingType.PARTY_LECTURE:
            self._add(form, "lecturer", self.tr("授课人(&L)"), self.lecturer)
            self._add(form, "title", self.tr("党课题目(&I)"), self.title)
            self._add(form, "hours", self.tr("学时(&U)"), self.hours)
        if record.type == MeetingType.THEME_DAY:
            self._add(form, "theme", self.tr("活动主题(&M)"), self.theme)
            self._add(form, "form", self.tr("活动形式(&O)"), self.form)
        self.period_row = QWidget()
        period = QVBoxLayout(self.period_row)
        period.setContentsMargins(0, 0, 0, 0)
        period.addWidget(self.for_period_check)
        period.addWidget(self._checked("for_period", self.for_period))
        if self._has_periods(record.type):
            form.addRow(self.tr("补开"), self.period_row)

        self.guests = GuestsModel(self)
        self.guest_table = QTableView()
        self.guest_table.setModel(self.guests)
        self.guest_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.guest_table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.guest_table.verticalHeader().hide()
        remember_edit_triggers(self.guest_table, QAbstractItemView.AllEditTriggers)
        self.add_guest = QPushButton(self.tr("添加列席人员(&N)"))
        self.remove_guest = QPushButton(self.tr("删除列席人员(&E)"))
        self.guest_error = error_label()
        guest_buttons = QHBoxLayout()
        guest_buttons.addWidget(self.add_guest)
        guest_buttons.addWidget(self.remove_guest)
        guest_buttons.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(heading(self.tr("列席人员")))
        right.addWidget(QLabel(self.tr("乡镇干部、村干部等不是本次会议应到党员的人，写在这里。")))
        right.addWidget(self.guest_table, 1)
        right.addLayout(guest_buttons)
        right.addWidget(self.guest_error)

        self.corrections_title = heading(self.tr("更正记录"))
        self.corrections = CorrectionsTable()

        top = QHBoxLayout()
        top.addLayout(form, 3)
        top.addSpacing(16)
        top.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.corrections_title)
        layout.addWidget(self.corrections)
        self.corrections_title.hide()
        self.corrections.hide()

        for edit in (self.topic, self.date, self.start_time, self.end_time, self.place, self.for_period,
                     self.title, self.hours, self.theme):
            edit.textChanged.connect(self._edited)
        for combo in (self.host, self.recorder, self.lecturer, self.form):
            combo.currentTextChanged.connect(self._edited)
        self.group.currentIndexChanged.connect(self._edited)
        self.for_period_check.toggled.connect(self._period_toggled)
        self.guests.edited.connect(self._edited)
        self.add_guest.clicked.connect(self._add_guest)
        self.remove_guest.clicked.connect(self._remove_guest)
        self.load(record)

    # -- building -------------------------------------------------------------------------------
    def _checked(self, name: str, editor: QWidget) -> Checked:
        checked = Checked(editor)
        self.fields[name] = checked
        return checked

    def _add(self, form: QFormLayout, name: str, label: str, editor: QWidget) -> None:
        form.addRow(label, self._checked(name, editor))

    def _has_periods(self, meeting_type: MeetingType) -> bool:
        """补开 makes sense only for a meeting type the branch must hold at a cadence."""
        try:
            rules = RuleSettings.from_dict(get_setting(self.session.db, self.session.org_id, "rules"))
        except ValueError:
            rules = RuleSettings()
        self.cadence = rules.cadence(meeting_type)
        return self.cadence.required

    def _period_toggled(self, checked: bool) -> None:
        self.for_period.setEnabled(checked and not self.locked)
        if checked and not self.for_period.text().strip() and not self._loading:
            try:  # suggest the period before the meeting's own
                meeting_day = self.date.value()
                if meeting_day:
                    start, _end = period_bounds(period_of(meeting_day, self.cadence))
                    self.for_period.setText(period_of(start - timedelta(days=1), self.cadence))
            except ValueError:
                pass
        self._edited()

    def _add_guest(self) -> None:
        index = self.guests.add()
        self.guest_table.setCurrentIndex(index)
        self.guest_table.edit(index)

    def _remove_guest(self) -> None:
        index = self.guest_table.currentIndex()
        if index.isValid():
            self.guests.remove(index.row())

    # -- values ---------------------------------------------------------------------------------
    def load(self, record: MeetingRecord) -> None:
        self._loading = True
        try:
            for name in ("topic", "start_time", "end_time", "place", "title", "theme"):
                getattr(self, name).setText(getattr(record, name) or "")
            self.date.set_value(record.date)
            self.hours.setText("" if record.hours is None else f"{record.hours:g}")
            for name in COMBO_FIELDS:
                getattr(self, name).setCurrentText(getattr(record, name) or "")
            group = self.group.findData(record.group_id)
            self.group.setCurrentIndex(max(group, 0 if record.group_id else -1))
            self.for_period_check.setChecked(bool(record.for_period))
            self.for_period.setText(record.for_period or "")
            self.for_period.setEnabled(bool(record.for_period) and not self.locked)
            self.guests.set_guests(record.guests)
        finally:
            self._loading = False

    def collect(self, record: MeetingRecord) -> list[Problem]:
        problems: list[Problem] = []
        typed = {name: getattr(self, name).text() for name in TEXT_FIELDS}
        typed.update({name: getattr(self, name).currentText() for name in COMBO_FIELDS})
        typed["date"] = self.date.text()
        typed["for_period"] = self.for_period.text() if self.for_period_check.isChecked() else ""
        if self.type == MeetingType.GROUP_MEETING and self.group.currentData():
            typed["group_id"] = self.group.currentData()
        values = {}
        for name, text in typed.items():
            try:
                values[name] = clean_fields({name: text})[name]
            except InvalidInput as exc:
                problems.append(Problem(name, str(exc)))
        if self.for_period_check.isChecked() and not typed["for_period"].strip():
            problems.append(Problem("for_period", self.tr("请写明补开的是哪一期，例如 2026-Q1。")))
        # Values that only make sense together: keep the last good pair when they disagree.
        for first, second in (("start_time", "end_time"), ("date", "for_period")):
            pair = {k: values.get(k, getattr(record, k)) for k in (first, second)}
            try:
                clean_fields(pair)
            except InvalidInput as exc:
                problems.append(Problem(second, str(exc)))
                values.pop(first, None)
                values.pop(second, None)
        for name, value in values.items():
            setattr(record, name, value)
        record.guests = self.guests.complete_guests()
        if self.guests.nameless():
            problems.append(Problem("guests", self.tr("列席人员要填写姓名，没有姓名的一行不会保存。")))
        return problems

    def show_problems(self, problems: list[Problem]) -> None:
        messages: dict[str, list[str]] = {}
        for problem in problems:
            messages.setdefault(problem.field, []).append(problem.message)
        for name, checked in self.fields.items():
            checked.show_error("\n".join(messages.get(name, [])))
        show_error(self.guest_error, "\n".join(messages.get("guests", [])))

    def focus_field(self, field: str) -> bool:
        if field in self.fields:
            self.fields[field].setFocus()
            return True
        return False

    def lockable(self):
        return [
            self.topic, self.date, self.start_time, self.end_time, self.place, self.host, self.recorder,
            self.group, self.for_period_check, self.for_period, self.lecturer, self.title, self.hours,
            self.theme, self.form, self.guest_table, self.add_guest, self.remove_guest,
        ]

    def set_locked(self, locked: bool) -> None:
        super().set_locked(locked)
        self.guests.locked = locked
        self.for_period.setEnabled(self.for_period_check.isChecked() and not locked)

    def show_corrections(self, corrections) -> None:
        """The dated corrections of a final record, oldest first."""
        self.corrections.show_corrections(corrections)
        self.corrections_title.setVisible(bool(corrections))
        self.corrections.setVisible(bool(corrections))
