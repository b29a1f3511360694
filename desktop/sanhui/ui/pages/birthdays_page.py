"""政治生日: the political birthdays of a month, what was done for each, cards, and the 50-year medal list."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from sanhui.core.documents.cards import medal_members
from sanhui.core.model import Changes, MeetingType
from sanhui.core.reminders import ACTION_NAMES
from sanhui.core.store.meetings import list_meetings
from sanhui.core.store.reminders import birthdays_in_month, celebrate_month, record_action
from sanhui.errors import SanhuiError
from sanhui.ui.pages.base import Page
from sanhui.ui.widgets import YearBox, heading

ROUND = QColor("#fff3e0")
BIRTHDAY_ACTIONS = ("card", "oath", "talk", "celebrated")


class BirthdaysPage(Page):
    title = "政治生日"

    def __init__(self, session, parent=None, today: date | None = None):
        super().__init__(session, parent)
        self.today = today or date.today()
        self.year = YearBox(self.today.year)
        self.month = QComboBox()
        for month in range(1, 13):
            self.month.addItem(self.tr("%1月").replace("%1", str(month)), month)
        self.month.setCurrentIndex(self.today.month - 1)
        self.year.valueChanged.connect(self.reload)
        self.month.currentIndexChanged.connect(self.reload)

        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("姓名"), self.tr("入党日期"), self.tr("政治生日"), self.tr("入党年数"), self.tr("今年已办")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)

        self.action = QComboBox()
        for key in BIRTHDAY_ACTIONS:
            self.action.addItem(self.tr(ACTION_NAMES[key]), key)
        self.record_button = QPushButton(self.tr("为选中的人登记(&R)"))
        self.record_button.clicked.connect(self.record_selected)
        self.celebrate_button = QPushButton(self.tr("本月集体过政治生日(&T)…"))
        self.celebrate_button.setToolTip(self.tr("在本月主题党日集体过政治生日：为本月所有人登记，并打印贺卡"))
        self.celebrate_button.clicked.connect(self.celebrate)
        self.cards_button = QPushButton(self.tr("打印本月贺卡(&C)…"))
        self.cards_button.clicked.connect(self.print_cards)
        actions = QHBoxLayout()
        actions.addWidget(self.action)
        actions.addWidget(self.record_button)
        actions.addStretch(1)
        actions.addWidget(self.celebrate_button)
        actions.addWidget(self.cards_button)

        self.medal_label = QLabel()
        self.medal_label.setWordWrap(True)
        self.medal_button = QPushButton(self.tr("打印“光荣在党50年”名单(&M)…"))
        self.medal_button.clicked.connect(self.print_medal_list)
        medal_box = QGroupBox(self.tr("光荣在党50年纪念章（党龄从转正之日算起，截至7月1日）"))
        medal_layout = QHBoxLayout(medal_box)
        medal_layout.addWidget(self.medal_label, 1)
        medal_layout.addWidget(self.medal_button)

        top = QHBoxLayout()
        top.addWidget(heading(self.tr("政治生日")))
        top.addWidget(self.year)
        top.addWidget(self.month)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(medal_box)
        self.birthdays = []

    def wants(self, changes: Changes) -> bool:
        return changes.members or changes.meetings

    def selected_month(self) -> tuple[int, int]:
        return self.year.value(), self.month.currentData()

    def reload(self) -> None:
        year, month = self.selected_month()
        db, org = self.session.db, self.session.org_id
        self.birthdays = birthdays_in_month(db, org, year, month)
        self.table.setRowCount(len(self.birthdays))
        for row, birthday in enumerate(self.birthdays):
            years = f"{birthday.years} 年" + (self.tr("（逢十）") if birthday.round else "")
            done = "、".join(self.tr(ACTION_NAMES[a]) for a in birthday.actions)
            values = [birthday.member.name, birthday.member.join_date.isoformat(), birthday.date.isoformat(), years, done]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if birthday.round:
                    item.setBackground(QBrush(ROUND))
                if column in (1, 2, 3):
                    item.setTextAlignment(Qt.AlignCenter)
                self.table.setItem(row, column, item)
        pending = sum(1 for b in self.birthdays if not b.actions)
        self.summary.setText(
            self.tr("%1年%2月有 %3 名党员过政治生日，其中 %4 人今年还没有登记活动。逢十周年的用底色标出。")
            .replace("%1", str(year)).replace("%2", str(month)).replace("%3", str(len(self.birthdays)))
            .replace("%4", str(pending))
        )
        has_any = bool(self.birthdays)
        for button in (self.celebrate_button, self.cards_button, self.record_button):
            button.setEnabled(has_any)
        medals = medal_members(db, org, year)
        if medals:
            names = "、".join(f"{m.name}（党龄 {years} 年）" for m, years in medals)
            self.medal_label.setText(self.tr("%1年应报送：").replace("%1", str(year)) + names)
        else:
            self.medal_label.setText(self.tr("%1年本支部没有党龄满50年的党员。").replace("%1", str(year)))

    def record_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        if not rows:
            QMessageBox.information(self, self.tr("政治生日"), self.tr("请先在表格里选中一名或几名党员。"))
            return
        year, _ = self.selected_month()
        action = self.action.currentData()
        changes = Changes()
        for row in rows:
            member = self.birthdays[row].member
            changes |= record_action(self.session.db, self.session.org_id, member.id, year, action)
        self.session.announce(changes)
        self.reload()

    def theme_day_of_month(self) -> str | None:
        """The id of this month's 主题党日 record, if there is one."""
        year, month = self.selected_month()
        for summary in list_meetings(self.session.db, self.session.org_id, year=year, type=MeetingType.THEME_DAY):
            if summary.date.month == month:
                return summary.id
        return None

    def celebrate(self) -> bool:
        year, month = self.selected_month()
        meeting_id = self.theme_day_of_month()
        where = self.tr("本月主题党日") if meeting_id else self.tr("本月（还没有主题党日记录）")
        answer = QMessageBox.question(
            self, self.tr("集体过政治生日"),
            self.tr("为本月 %1 名党员登记“集体过政治生日”（%2），然后打印贺卡。确定吗？")
            .replace("%1", str(len(self.birthdays))).replace("%2", where),
        )
        if answer != QMessageBox.Yes:
            return False
        try:
            changes = celebrate_month(self.session.db, self.session.org_id, year, month, "celebrated", meeting_id)
        except SanhuiError as exc:
            QMessageBox.warning(self, self.tr("没有登记"), str(exc))
            return False
        self.session.announce(changes)
        self.reload()
        self.print_cards()
        return True

    def print_cards(self):
        from sanhui.ui.dialogs.document_dialog import cards_dialog, show

        year, month = self.selected_month()
        return show(cards_dialog(self.session, year, month, self))

    def print_medal_list(self):
        from sanhui.ui.dialogs.document_dialog import medal_dialog, show

        return show(medal_dialog(self.session, self.year.value(), self))
