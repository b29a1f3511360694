"""谈心谈话: the log of talks of the year, a form to add one, and who has not been talked with yet."""
from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from sanhui.core.model import COMMITTEE_POSITIONS, Changes
from sanhui.core.store.members import list_members
from sanhui.core.store.talks import add_talk, delete_talk, list_talks, members_not_talked
from sanhui.errors import SanhuiError
from sanhui.ui.pages.base import Page
from sanhui.ui.widgets import Checked, DateField, YearBox, heading


def committee_first(member) -> tuple:
    """书记 first, then the rest of the committee in rank, then everyone else by name."""
    rank = next((i for i, p in enumerate(COMMITTEE_POSITIONS) if p in member.position), len(COMMITTEE_POSITIONS))
    return (rank, member.name)


class TalksPage(Page):
    title = "谈心谈话"

    def __init__(self, session, parent=None, today: date | None = None):
        super().__init__(session, parent)
        self.today = today or date.today()
        self.year = YearBox(self.today.year)
        self.year.valueChanged.connect(self.reload)

        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("日期"), self.tr("谈话人"), self.tr("谈话对象"), self.tr("主要内容")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.Stretch)
        self.delete_button = QPushButton(self.tr("删除选中的谈话(&D)"))
        self.delete_button.clicked.connect(self.delete_selected)

        self.date = DateField()
        self.date.set_value(self.today)
        self.member = QComboBox()
        self.other = QComboBox()
        self.other.setEditable(True)
        self.other.lineEdit().setPlaceholderText(self.tr("选择党员，或写上对方姓名"))
        self.content = QLineEdit()
        self.content.setPlaceholderText(self.tr("一句话写明谈话的主要内容"))
        self.error = Checked(self.content)
        add = QPushButton(self.tr("记下这次谈话(&A)"))
        add.clicked.connect(self.add)
        form_box = QGroupBox(self.tr("记一次谈话"))
        form = QFormLayout(form_box)
        form.addRow(self.tr("日期"), self.date)
        form.addRow(self.tr("谈话人"), self.member)
        form.addRow(self.tr("谈话对象"), self.other)
        form.addRow(self.tr("主要内容"), self.error)
        form.addRow("", add)

        self.not_talked_label = QLabel()
        self.not_talked = QListWidget()
        self.not_talked.setFlow(QListWidget.LeftToRight)
        self.not_talked.setWrapping(True)
        self.not_talked.setResizeMode(QListWidget.Adjust)
        self.not_talked.setSpacing(4)
        side = QVBoxLayout()
        side.addWidget(form_box)
        side.addWidget(self.not_talked_label)
        side.addWidget(self.not_talked, 1)

        log = QVBoxLayout()
        log.addWidget(self.table, 1)
        log.addWidget(self.delete_button)
        body = QHBoxLayout()
        body.addLayout(log, 3)
        body.addLayout(side, 2)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("谈心谈话")))
        top.addWidget(self.year)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        self._talks = []
        self.hide_when_read_only(form_box, self.delete_button)

    def wants(self, changes: Changes) -> bool:
        return changes.meetings or changes.members

    def reload(self) -> None:
        db, org, year = self.session.db, self.session.org_id, self.year.value()
        members = [m for m in list_members(db, org) if m.is_active(self.today)]
        names = {m.id: m.name for m in list_members(db, org)}
        for combo in (self.member, self.other):
            current = combo.currentData()
            combo.clear()
            if combo is self.other:
                combo.addItem("", None)
            for m in sorted(members, key=committee_first):
                combo.addItem(m.name + (f"（{m.position}）" if m.position else ""), m.id)
            if current:
                combo.setCurrentIndex(max(combo.findData(current), 0))
        self._talks = list_talks(db, org, year)
        self.table.setRowCount(len(self._talks))
        for row, talk in enumerate(self._talks):
            other = names.get(talk.other_id, "") if talk.other_id else talk.other_name
            values = [talk.date.isoformat(), names.get(talk.member_id, ""), other, talk.content]
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        missing = members_not_talked(db, org, year, min(self.today, date(year, 12, 31)))
        self.not_talked_label.setText(
            self.tr("%1年还没有谈过话的党员（%2 人）：").replace("%1", str(year)).replace("%2", str(len(missing)))
        )
        self.not_talked.clear()
        for m in missing:
            self.not_talked.addItem(m.name)

    def add(self) -> None:
        self.error.show_error("")
        try:
            on = self.date.value() or self.today
            other_id = self.other.currentData()
            other_text = self.other.currentText().strip()
            if other_id and other_text != self.other.itemText(self.other.currentIndex()):
                other_id = None  # the user typed a name over the chosen member
            add_talk(self.session.db, self.session.org_id, on, self.member.currentData(), self.content.text(),
                     other_id=other_id, other_name="" if other_id else other_text)
        except (SanhuiError, ValueError) as exc:
            self.error.show_error(str(exc))
            return
        self.content.clear()
        self.session.announce(Changes(meetings=True))

    def delete_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        talk = self._talks[rows[0].row()]
        answer = QMessageBox.question(self, self.tr("删除谈话记录"), self.tr("确定删除这条谈话记录吗？"))
        if answer == QMessageBox.Yes:
            self.session.announce(delete_talk(self.session.db, talk.id))
