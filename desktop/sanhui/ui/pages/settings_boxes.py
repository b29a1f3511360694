"""The groups of the 设置 page that edit the branch's rules: meetings, reminders, printing.

Each box reads its values with ``load()`` and writes them with ``save()``,
which returns the ``Changes`` or raises ValueError with a Chinese message
(nothing is written then).
"""
from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sanhui.core.dates import parse_date
from sanhui.core.model import MEETING_TYPE_NAMES, Changes, MeetingType
from sanhui.core.plan import FREQUENCY_NAMES, Cadence, Frequency, RuleSettings, ThemeDayRule
from sanhui.core.settings import parse_margins
from sanhui.core.store.settings import get_setting, set_setting
from sanhui.ui.widgets import DateField

NTH = [(1, "第一个"), (2, "第二个"), (3, "第三个"), (4, "第四个"), (-1, "最后一个")]


class RulesBox(QGroupBox):
    """会议规则: how often each meeting type is required, the 主题党日 rule and moved theme days."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("会议规则（各县要求不同，可按本地规定修改）"))
        self.session = session
        form = QFormLayout(self)
        self.frequency: dict[MeetingType, QComboBox] = {}
        for meeting_type in MeetingType:
            combo = QComboBox()
            for frequency, name in FREQUENCY_NAMES.items():
                combo.addItem(self.tr(name), frequency)
            self.frequency[meeting_type] = combo
            form.addRow(self.tr(MEETING_TYPE_NAMES[meeting_type]), combo)
        self.by_day = QRadioButton(self.tr("每月固定日期(&G)"))
        self.by_weekday = QRadioButton(self.tr("每月第几个星期几(&W)"))
        choice = QButtonGroup(self)
        choice.addButton(self.by_day)
        choice.addButton(self.by_weekday)
        self.day = QSpinBox()
        self.day.setRange(1, 31)
        self.day.setSuffix(self.tr(" 日"))
        self.day.setMinimumWidth(70)
        self.nth = QComboBox()
        for n, name in NTH:
            self.nth.addItem(self.tr(name), n)
        self.weekday = QComboBox()
        weekdays = (self.tr("星期一"), self.tr("星期二"), self.tr("星期三"), self.tr("星期四"), self.tr("星期五"),
                    self.tr("星期六"), self.tr("星期日"))
        for index, name in enumerate(weekdays):
            self.weekday.addItem(name, index)
        day_row = QHBoxLayout()
        day_row.addWidget(self.by_day)
        day_row.addWidget(self.day)
        day_row.addStretch(1)
        weekday_row = QHBoxLayout()
        weekday_row.addWidget(self.by_weekday)
        weekday_row.addWidget(self.nth)
        weekday_row.addWidget(self.weekday)
        weekday_row.addStretch(1)
        form.addRow(self.tr("主题党日"), _wrap(day_row))
        form.addRow("", _wrap(weekday_row))
        self.moves = QTableWidget(0, 2)
        self.moves.setHorizontalHeaderLabels([self.tr("月份（如 2026-10）"), self.tr("改到哪天")])
        self.moves.horizontalHeader().setStretchLastSection(True)
        self.moves.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeToContents)
        self.moves.verticalHeader().hide()
        self.moves.setMaximumHeight(120)
        add = QPushButton(self.tr("添加调整(&A)"))
        add.clicked.connect(lambda: self.moves.insertRow(self.moves.rowCount()))
        remove = QPushButton(self.tr("删除选中的调整(&D)"))
        remove.clicked.connect(lambda: self.moves.removeRow(self.moves.currentRow()))
        move_buttons = QHBoxLayout()
        move_buttons.addWidget(add)
        move_buttons.addWidget(remove)
        move_buttons.addStretch(1)
        moves = QVBoxLayout()
        moves.addWidget(QLabel(self.tr("遇节假日调整某月的主题党日（前后不超过一周）：")))
        moves.addWidget(self.moves)
        moves.addLayout(move_buttons)
        form.addRow("", _wrap(moves))

    def load(self) -> None:
        rules = RuleSettings.from_dict(get_setting(self.session.db, self.session.org_id, "rules"))
        for meeting_type, combo in self.frequency.items():
            combo.setCurrentIndex(combo.findData(rules.cadence(meeting_type).frequency))
        rule = rules.theme_day
        self.by_weekday.setChecked(rule.nth_weekday is not None)
        self.by_day.setChecked(rule.nth_weekday is None)
        self.day.setValue(rule.day_of_month)
        if rule.nth_weekday:
            self.nth.setCurrentIndex(self.nth.findData(rule.nth_weekday[0]))
            self.weekday.setCurrentIndex(self.weekday.findData(rule.nth_weekday[1]))
        self.moves.setRowCount(0)
        for month, moved in sorted(rules.theme_day_overrides.items()):
            row = self.moves.rowCount()
            self.moves.insertRow(row)
            self.moves.setItem(row, 0, QTableWidgetItem(month))
            self.moves.setItem(row, 1, QTableWidgetItem(moved.isoformat()))

    def rules(self) -> RuleSettings:
        """The rules as shown; ValueError (Chinese) when something cannot be read."""
        cadences = {t: Cadence(Frequency(combo.currentData())) for t, combo in self.frequency.items()}
        if self.by_weekday.isChecked():
            theme_day = ThemeDayRule(nth_weekday=(self.nth.currentData(), self.weekday.currentData()))
        else:
            theme_day = ThemeDayRule(day_of_month=self.day.value())
        overrides: dict[str, date] = {}
        for row in range(self.moves.rowCount()):
            month = (self.moves.item(row, 0).text() if self.moves.item(row, 0) else "").strip()
            moved = (self.moves.item(row, 1).text() if self.moves.item(row, 1) else "").strip()
            if not month and not moved:
                continue
            try:
                year, number = (int(x) for x in month.replace("/", "-").replace(".", "-").split("-"))
                overrides[f"{year:04d}-{number:02d}"] = parse_date(moved)
            except ValueError:
                raise ValueError(f"主题党日调整的第 {row + 1} 行看不懂：月份写成 2026-10，日期写成 2026-10-08。") from None
        rules = RuleSettings(cadences, theme_day, overrides)
        problems = rules.problems()
        if problems:
            raise ValueError("；".join(p.message for p in problems))
        return rules

    def save(self) -> Changes:
        rules = self.rules()
        changed = set_setting(self.session.db, self.session.org_id, "rules", rules.to_dict())
        return Changes(settings=changed, meetings=changed)


class RemindersBox(QGroupBox):
    """提醒: how far ahead, the term, the study-hour targets."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("提醒与换届"))
        self.session = session
        self.days = QSpinBox()
        self.days.setRange(1, 365)
        self.days.setSuffix(self.tr(" 天"))
        self.term_start = DateField()
        self.is_village = QCheckBox(self.tr("村（社区）党组织，任期五年（不勾选为三年）(&V)"))
        self.hours_member = QSpinBox()
        self.hours_member.setRange(0, 500)
        self.hours_member.setSuffix(self.tr(" 学时"))
        self.hours_committee = QSpinBox()
        self.hours_committee.setRange(0, 500)
        self.hours_committee.setSuffix(self.tr(" 学时"))
        form = QFormLayout(self)
        form.addRow(self.tr("提前多少天提醒"), self.days)
        form.addRow(self.tr("本届支委会产生日期"), self.term_start)
        form.addRow("", self.is_village)
        form.addRow(self.tr("党员年度学习"), self.hours_member)
        form.addRow(self.tr("书记、支委年度学习"), self.hours_committee)

    def load(self) -> None:
        db, org = self.session.db, self.session.org_id
        self.days.setValue(get_setting(db, org, "reminder_days"))
        text = get_setting(db, org, "term_start")
        self.term_start.set_value(parse_date(text) if text else None)
        self.is_village.setChecked(get_setting(db, org, "is_village"))
        self.hours_member.setValue(get_setting(db, org, "study_hours_member"))
        self.hours_committee.setValue(get_setting(db, org, "study_hours_committee"))

    def save(self) -> Changes:
        term = self.term_start.value()  # ValueError (Chinese) for a date it cannot read
        if term and term > date.today():
            raise ValueError("本届支委会产生日期不能晚于今天。")
        db, org = self.session.db, self.session.org_id
        changed = False
        for key, value in (
            ("reminder_days", self.days.value()),
            ("term_start", term.isoformat() if term else ""),
            ("is_village", self.is_village.isChecked()),
            ("study_hours_member", self.hours_member.value()),
            ("study_hours_committee", self.hours_committee.value()),
        ):
            changed |= set_setting(db, org, key, value)
        return Changes(settings=changed, members=changed)


class PrintBox(QGroupBox):
    """打印: the font to embed, the page margins, the keeper of the record book."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("打印"))
        self.session = session
        self.font = QLineEdit()
        self.font.setPlaceholderText(self.tr("留空：自动选择宋体等中文字体"))
        browse = QPushButton(self.tr("选择字体文件(&O)…"))
        browse.clicked.connect(self.choose_font)
        font_row = QHBoxLayout()
        font_row.addWidget(self.font, 1)
        font_row.addWidget(browse)
        self.margins = [QSpinBox() for _ in range(4)]
        margin_row = QHBoxLayout()
        for label, box in zip(("上", "下", "左", "右"), self.margins):
            box.setRange(5, 60)
            box.setSuffix(" mm")
            margin_row.addWidget(QLabel(self.tr(label)))
            margin_row.addWidget(box)
        margin_row.addStretch(1)
        self.keeper = QLineEdit()
        form = QFormLayout(self)
        form.addRow(self.tr("字体"), _wrap(font_row))
        form.addRow(self.tr("页边距"), _wrap(margin_row))
        form.addRow(self.tr("记录本保管人"), self.keeper)

    def choose_font(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择中文字体文件"), "",
                                              self.tr("TrueType 字体 (*.ttf *.ttc)"))
        if path:
            self.font.setText(path)

    def load(self) -> None:
        db, org = self.session.db, self.session.org_id
        self.font.setText(get_setting(db, org, "pdf_font"))
        for box, value in zip(self.margins, parse_margins(get_setting(db, org, "margins_mm"))):
            box.setValue(round(value))
        self.keeper.setText(get_setting(db, org, "record_keeper"))

    def save(self) -> Changes:
        db, org = self.session.db, self.session.org_id
        font = self.font.text().strip()
        if font:
            from sanhui.core.documents.fonts import find_fonts

            find_fonts(font)  # FontMissing (a SanhuiError) names what is wrong with the file
        changed = set_setting(db, org, "pdf_font", font)
        changed |= set_setting(db, org, "margins_mm", ",".join(str(b.value()) for b in self.margins))
        changed |= set_setting(db, org, "record_keeper", self.keeper.text().strip())
        return Changes(settings=changed)


def _wrap(layout) -> QWidget:
    widget = QWidget()
    layout.setContentsMargins(0, 0, 0, 0)
    widget.setLayout(layout)
    return widget
