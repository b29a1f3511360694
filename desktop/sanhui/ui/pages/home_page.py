"""工作台: what is due now, the next 主题党日, the year's completion, and the roster at a glance."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
)

from sanhui.core.model import MEETING_TYPE_NAMES, MeetingType
from sanhui.core.plan import completion, theme_day_date
from sanhui.core.store.meeting_stats import plan_for_year, rule_settings
from sanhui.core.store.members import list_members
from sanhui.core.store.org import list_groups
from sanhui.ui.pages.base import Page
from sanhui.ui.pages.reminders_panel import RemindersPanel
from sanhui.ui.widgets import heading

CARD_STYLE = "QFrame#card { background: #fffaf5; border: 1px solid #e0c8b0; border-radius: 6px; }"


def card(title: str) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setObjectName("card")
    frame.setStyleSheet(CARD_STYLE)
    layout = QVBoxLayout(frame)
    caption = QLabel(title)
    caption.setStyleSheet("color: #8b1a1a; font-weight: bold;")
    layout.addWidget(caption)
    return frame, layout


class HomePage(Page):
    title = "工作台"
    #: The user asked to open or start the record of a plan item (PlanItem).
    open_item = Signal(object)
    #: The user asked to print the political-birthday cards of (year, month).
    print_cards = Signal(int, int)

    def __init__(self, session, parent=None, today: date | None = None):
        super().__init__(session, parent)
        self.today = today or date.today()
        self.title_label = heading("")
        self.subtitle = QLabel()

        due_card, due_layout = card(self.tr("提醒：近期要办的事（双击去办理）"))
        self.reminders = RemindersPanel(session, self.today)
        self.reminders.open_meeting_due.connect(self._open_meeting_due)
        self.reminders.print_cards.connect(self.print_cards)
        due_layout.addWidget(self.reminders)
        self._plan = []

        theme_card, theme_layout = card(self.tr("下一次主题党日"))
        self.theme_text = QLabel()
        self.theme_text.setWordWrap(True)
        theme_layout.addWidget(self.theme_text)
        theme_layout.addStretch(1)

        done_card, done_layout = card(self.tr("全年完成情况"))
        self.done_grid = QGridLayout()
        done_layout.addLayout(self.done_grid)
        done_layout.addStretch(1)

        roster_card, roster_layout = card(self.tr("党员队伍"))
        self.roster_text = QLabel()
        self.roster_text.setWordWrap(True)
        roster_layout.addWidget(self.roster_text)
        roster_layout.addStretch(1)

        grid = QGridLayout()
        grid.addWidget(due_card, 0, 0, 3, 1)
        grid.addWidget(theme_card, 0, 1)
        grid.addWidget(done_card, 1, 1)
        grid.addWidget(roster_card, 2, 1)
        grid.setColumnStretch(0, 5)
        grid.setColumnStretch(1, 3)
        grid.setRowStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.subtitle)
        layout.addLayout(grid, 1)

    def reload(self) -> None:
        db, org_id = self.session.db, self.session.org_id
        org = self.session.org
        self.title_label.setText(org.name)
        township = self.tr("　上级：") + org.township_name if org.township_name else ""
        self.subtitle.setText(self.tr("今天是 ") + self.today.isoformat() + township)
        items = plan_for_year(db, org_id, self.today.year, self.today)
        self._plan = items
        self.reminders.reload()
        self._fill_theme_day(rule_settings(db, org_id))
        self._fill_completion(items)
        self._fill_roster()

    def _open_meeting_due(self, meeting_type: str, period: str, group: str | None) -> None:
        item = next(
            (i for i in self._plan if i.type.value == meeting_type and i.period == period and i.group == group), None
        )
        if item is not None:
            self.open_item.emit(item)

    def _fill_theme_day(self, settings) -> None:
        this_month = theme_day_date(self.today.year, self.today.month, settings)
        if this_month >= self.today:
            upcoming = this_month
        else:
            year, month = (self.today.year + 1, 1) if self.today.month == 12 else (self.today.year, self.today.month + 1)
            upcoming = theme_day_date(year, month, settings)
        days = (upcoming - self.today).days
        when = self.tr("今天") if days == 0 else self.tr("还有 %1 天").replace("%1", str(days))
        self.theme_text.setText(self.tr("%1年%2月%3日（%4）").replace("%1", str(upcoming.year))
                                .replace("%2", str(upcoming.month)).replace("%3", str(upcoming.day)).replace("%4", when))

    def _fill_completion(self, items) -> None:
        while self.done_grid.count():
            widget = self.done_grid.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        done = completion(items)
        row = 0
        for meeting_type in MeetingType:
            if meeting_type not in done:
                continue
            held, required = done[meeting_type]
            total = sum(1 for i in items if i.type == meeting_type)
            self.done_grid.addWidget(QLabel(self.tr(MEETING_TYPE_NAMES[meeting_type])), row, 0)
            bar = QProgressBar()
            bar.setRange(0, max(total, 1))
            bar.setValue(held)
            bar.setAlignment(Qt.AlignCenter)
            bar.setFormat(self.tr("已开 %1 / 全年 %2").replace("%1", str(held)).replace("%2", str(total)))
            if held < required:
                bar.setStyleSheet("QProgressBar::chunk { background: #e57373; }")
            self.done_grid.addWidget(bar, row, 1)
            row += 1

    def _fill_roster(self) -> None:
        members = [m for m in list_members(self.session.db, self.session.org_id) if m.is_active(self.today)]
        probationary = sum(1 for m in members if m.is_probationary(self.today))
        excluded = sum(1 for m in members if m.is_excluded(self.today))
        groups = list_groups(self.session.db, self.session.org_id)
        self.roster_text.setText(
            self.tr("在册党员 %1 人：正式党员 %2 人，预备党员 %3 人；党小组 %4 个；不计入应到 %5 人。")
            .replace("%1", str(len(members)))
            .replace("%2", str(len(members) - probationary))
            .replace("%3", str(probationary))
            .replace("%4", str(len(groups)))
            .replace("%5", str(excluded))
        )
