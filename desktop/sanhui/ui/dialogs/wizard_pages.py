"""The later pages of the first-run wizard: 主题党日与换届, 导入名册, 全年计划 (see wizard.py)."""
from __future__ import annotations

from collections import Counter
from datetime import date

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from sanhui.core.model import MEETING_TYPE_NAMES, MeetingType
from sanhui.core.plan import FREQUENCY_NAMES, Frequency, RuleSettings, ThemeDayRule
from sanhui.core.store.meeting_stats import plan_for_year, rule_settings
from sanhui.core.store.members import list_members
from sanhui.core.store.org import list_groups
from sanhui.core.store.settings import get_setting, set_setting
from sanhui.errors import SanhuiError
from sanhui.ui.pages.settings_boxes import NTH
from sanhui.ui.widgets import ERROR_STYLE, Checked, DateField


def _row(*widgets) -> QWidget:
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    return box


class RulesPage(QWizardPage):
    """主题党日 (a day of the month or the n-th weekday) and the start of the committee's term (换届)."""

    def __init__(self):
        super().__init__()
        self.setTitle(self.tr("主题党日与换届"))
        self.setSubTitle(self.tr("每月的主题党日定在哪一天；本届支部委员会是哪天选出来的（用来提醒换届）。以后可以在“设置”里修改。"))
        self.by_day = QRadioButton(self.tr("每月固定日期(&G)"))
        self.by_weekday = QRadioButton(self.tr("每月第几个星期几(&K)"))
        self.by_day.setChecked(True)
        choice = QButtonGroup(self)
        choice.addButton(self.by_day)
        choice.addButton(self.by_weekday)
        self.day = QSpinBox()
        self.day.setRange(1, 31)
        self.day.setValue(ThemeDayRule().day_of_month)
        self.day.setSuffix(self.tr(" 日"))
        self.day.setMinimumWidth(80)
        self.nth = QComboBox()
        for n, name in NTH:
            self.nth.addItem(self.tr(name), n)
        self.weekday = QComboBox()
        for index, name in enumerate((self.tr("星期一"), self.tr("星期二"), self.tr("星期三"), self.tr("星期四"),
                                      self.tr("星期五"), self.tr("星期六"), self.tr("星期日"))):
            self.weekday.addItem(name, index)
        self.day.valueChanged.connect(lambda: self.by_day.setChecked(True))
        self.nth.activated.connect(lambda: self.by_weekday.setChecked(True))
        self.weekday.activated.connect(lambda: self.by_weekday.setChecked(True))
        self.term_start = DateField()
        self.term_field = Checked(self.term_start)
        self.is_village = QCheckBox(self.tr("村（社区）党组织，任期五年（不勾选为三年）(&Y)"))
        self.is_village.setChecked(True)
        term_label = QLabel(self.tr("本届支委会产生日期(&E)"))
        term_label.setBuddy(self.term_start)
        form = QFormLayout(self)
        form.addRow(self.tr("主题党日"), _row(self.by_day, self.day))
        form.addRow("", _row(self.by_weekday, self.nth, self.weekday))
        form.addRow(term_label, self.term_field)
        form.addRow("", self.is_village)
        note = QLabel(self.tr("不知道产生日期可以先空着。"))
        note.setWordWrap(True)
        form.addRow("", note)

    def theme_day(self) -> ThemeDayRule:
        if self.by_weekday.isChecked():
            return ThemeDayRule(nth_weekday=(self.nth.currentData(), self.weekday.currentData()))
        return ThemeDayRule(day_of_month=self.day.value())

    def describe(self) -> str:
        """The rule in words, e.g. 每月 5 日 or 每月第一个星期五."""
        if self.by_weekday.isChecked():
            return self.tr("每月%1%2").replace("%1", self.nth.currentText()).replace("%2", self.weekday.currentText())
        return self.tr("每月 %1 日").replace("%1", str(self.day.value()))

    def validatePage(self) -> bool:  # noqa: N802 - Qt name
        wizard = self.wizard()
        self.term_field.show_error("")
        try:
            term = self.term_start.value()
        except ValueError as exc:
            self.term_field.show_error(str(exc))
            return False
        if term and term > wizard.today:
            self.term_field.show_error(self.tr("本届支委会产生日期不能晚于今天。"))
            return False
        db, org = wizard.db, wizard.session.org_id
        rules = RuleSettings.from_dict(get_setting(db, org, "rules"))
        rules.theme_day = self.theme_day()
        set_setting(db, org, "rules", rules.to_dict())
        set_setting(db, org, "term_start", term.isoformat() if term else "")
        set_setting(db, org, "is_village", self.is_village.isChecked())
        return True


class RosterPage(QWizardPage):
    """导入名册: the roster dialog's row-by-row preview; nothing is written until 确认导入. May be skipped."""

    def __init__(self):
        super().__init__()
        self.dialog = None
        self.setTitle(self.tr("导入党员名册"))
        self.setSubTitle(self.tr("如果手头有 Excel（.xlsx）或 .csv 格式的党员名册，现在就可以导入。"
                                 "也可以跳过，以后在“党员”页面导入或逐个添加。"))
        self.choose = QPushButton(self.tr("选择名册文件(&O)…"))
        self.choose.clicked.connect(self.choose_file)
        columns = QLabel(self.tr("表格第一行是列名：必须有“姓名”和“入党日期”；性别、民族、出生日期、身份证号、学历、"
                                 "手机号码、转正日期、人员类别、党小组、职务等列有就读进来。导入前会逐行显示将要做什么。"))
        columns.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(columns)
        layout.addWidget(_row(self.choose))
        layout.addWidget(self.status)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 - Qt name
        self._show_count()

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择党员名册"), "",
                                              self.tr("党员名册 (*.xlsx *.csv)"))
        if path:
            self.import_file(path)

    def import_file(self, path: str):
        """Opens the preview of importing ``path`` (window-modal); returns the dialog, or None if unreadable."""
        from sanhui.ui.dialogs.import_dialog import ImportDialog

        wizard = self.wizard()
        try:
            self.dialog = ImportDialog(wizard.session, path, self, today=wizard.today)
        except SanhuiError as exc:
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(str(exc))
            return None
        self.dialog.accepted.connect(self._show_count)
        self.dialog.open()
        return self.dialog

    def _show_count(self) -> None:
        wizard = self.wizard()
        members = len(list_members(wizard.db, wizard.session.org_id))
        groups = len(list_groups(wizard.db, wizard.session.org_id))
        self.status.setStyleSheet("")
        if members:
            self.status.setText(self.tr("名册里现在有 %1 名党员，%2 个党小组。可以再导入一个文件，或点“下一步”。")
                                .replace("%1", str(members)).replace("%2", str(groups)))
        else:
            self.status.setText(self.tr("还没有导入党员。"))


class PlanPage(QWizardPage):
    """全年计划: how many meetings of each kind this year asks for, by the rules just chosen."""

    def __init__(self):
        super().__init__()
        self.setTitle(self.tr("今年的会议计划"))
        self.setSubTitle(self.tr("按照刚才的设置，今年应当开这些会。点“完成”开始使用。"))
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("会议"), self.tr("全年应开（次）"), self.tr("要求")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeToContents)
        self.theme_day = QLabel()
        self.theme_day.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.theme_day)
        layout.addWidget(self.table)

    def initializePage(self) -> None:  # noqa: N802 - Qt name
        wizard = self.wizard()
        db, org, year = wizard.db, wizard.session.org_id, wizard.today.year
        self.counts = Counter(item.type for item in plan_for_year(db, org, year, wizard.today))
        rules = rule_settings(db, org)
        groups = len(list_groups(db, org))
        rows = [t for t in MeetingType if rules.cadence(t).frequency != Frequency.NONE]
        self.table.setRowCount(len(rows))
        for row, meeting_type in enumerate(rows):
            count = str(self.counts.get(meeting_type, 0))
            if meeting_type == MeetingType.GROUP_MEETING:
                count += self.tr("（%1 个党小组）").replace("%1", str(groups))
            values = (self.tr(MEETING_TYPE_NAMES[meeting_type]), count,
                      self.tr(FREQUENCY_NAMES[rules.cadence(meeting_type).frequency]))
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        next_day = _next_theme_day(rules, wizard.today)
        self.theme_day.setText(self.tr("主题党日：%1，下一次是 %2。").replace("%1", wizard.rules.describe())
                               .replace("%2", next_day.isoformat()))


def _next_theme_day(rules: RuleSettings, today: date) -> date:
    day = rules.theme_day.date_in(today.year, today.month)
    if day >= today:
        return day
    year, month = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
    return rules.theme_day.date_in(year, month)
