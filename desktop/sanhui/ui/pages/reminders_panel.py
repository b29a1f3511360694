"""The home page's list of what is due, grouped by kind and sorted by date, each with its action."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMenu,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sanhui.core.reminders import (
    ACTION_NAMES,
    KIND_NAMES,
    KINDS,
    MEETING_DUE,
    POLITICAL_BIRTHDAY,
    PROBATION_DUE,
    TERM_END,
    Reminder,
    parse_ref,
)
from sanhui.core.store.reminders import list_reminders, mark_done

OVERDUE = QColor("#b71c1c")


class RemindersPanel(QWidget):
    """Shows ``list_reminders`` for ``today``; emits what the user wants done that needs another page."""

    #: A meeting reminder was activated: (type value, period, group name or None).
    open_meeting_due = Signal(str, str, object)
    #: Print the political-birthday cards of (year, month).
    print_cards = Signal(int, int)

    def __init__(self, session, today: date, parent=None):
        super().__init__(parent)
        self.session = session
        self.today = today
        self.reminders: list[Reminder] = []
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("日期"), self.tr("事项")])
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.itemActivated.connect(lambda item, _column: self.act(item))
        self.tree.currentItemChanged.connect(self._update_buttons)
        self.go_button = QPushButton(self.tr("去记录(&G)"))
        self.go_button.clicked.connect(lambda: self.act(self.tree.currentItem()))
        self.done_button = QPushButton(self.tr("标记已办(&D)…"))
        self.done_button.clicked.connect(self.choose_done)
        self.cards_button = QPushButton(self.tr("打印本月政治生日贺卡(&C)"))
        self.cards_button.clicked.connect(lambda: self.print_cards.emit(self.today.year, self.today.month))
        buttons = QHBoxLayout()
        for button in (self.go_button, self.done_button, self.cards_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    def reload(self) -> None:
        self.reminders = list_reminders(self.session.db, self.session.org_id, on=self.today)
        self.tree.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        for kind in KINDS:
            items = [r for r in self.reminders if r.kind == kind]
            if not items:
                continue
            overdue = sum(1 for r in items if r.extra.get("overdue"))
            label = self.tr(KIND_NAMES[kind]) + f"（{len(items)}）"
            if overdue:
                label += self.tr("，逾期 %1").replace("%1", str(overdue))
            group = QTreeWidgetItem([label, ""])
            group.setFirstColumnSpanned(True)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            self.tree.addTopLevelItem(group)
            groups[kind] = group
            for reminder in items:
                row = QTreeWidgetItem([reminder.date.isoformat(), reminder.text])
                row.setData(0, Qt.UserRole, reminder)
                row.setToolTip(1, reminder.text)
                if reminder.extra.get("overdue"):
                    for column in (0, 1):
                        row.setForeground(column, QBrush(OVERDUE))
                group.addChild(row)
            group.setExpanded(len(items) <= 8 or kind in (POLITICAL_BIRTHDAY, PROBATION_DUE, TERM_END, MEETING_DUE))
        if not self.reminders:
            self.tree.addTopLevelItem(QTreeWidgetItem(["", self.tr("近期没有需要办理的事项。")]))
        self.tree.resizeColumnToContents(0)
        self._update_buttons()

    def count_due(self) -> int:
        """Reminders due today or overdue (for the once-a-day notification)."""
        return sum(1 for r in self.reminders if r.date <= self.today or r.extra.get("overdue"))

    def current(self) -> Reminder | None:
        item = self.tree.currentItem()
        return item.data(0, Qt.UserRole) if item is not None else None

    def _update_buttons(self, *args) -> None:
        reminder = self.current()
        self.go_button.setEnabled(reminder is not None and reminder.kind == MEETING_DUE)
        self.done_button.setEnabled(reminder is not None and bool(reminder.ref))

    def act(self, item) -> None:
        reminder = item.data(0, Qt.UserRole) if item is not None else None
        if reminder is None:
            return
        if reminder.kind == MEETING_DUE:
            self.open_meeting_due.emit(reminder.extra["type"], reminder.extra["period"], reminder.extra.get("group"))
        elif reminder.ref:
            self.choose_done()

    def choose_done(self) -> None:
        reminder = self.current()
        if reminder is None or not reminder.ref:
            return
        menu = QMenu(self)
        for action in reminder.actions:
            menu.addAction(self.tr(ACTION_NAMES[action]), lambda a=action: self.mark(reminder, a))
        if reminder.kind == POLITICAL_BIRTHDAY:
            menu.addSeparator()
            menu.addAction(self.tr("打印这个月的贺卡"),
                           lambda: self.print_cards.emit(reminder.date.year, reminder.date.month))
        menu.exec(self.done_button.mapToGlobal(self.done_button.rect().bottomLeft()))

    def mark(self, reminder: Reminder, action: str) -> None:
        kind, year, key = parse_ref(reminder.ref)
        self.session.announce(mark_done(self.session.db, self.session.org_id, kind, key, year, action))
        self.reload()
