"""会议: the year as a grid of required meetings coloured by status, and the list of records."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sanhui.core.model import MEETING_STATUS_NAMES, MEETING_TYPE_NAMES, Changes
from sanhui.core.plan import PlanItem, PlanStatus, period_bounds
from sanhui.core.store.meeting_stats import plan_for_year
from sanhui.core.store.meetings import list_meetings
from sanhui.ui.dialogs.document_dialog import book_dialog, minutes_dialog, show, signin_dialog
from sanhui.ui.dialogs.new_meeting import NewMeetingDialog
from sanhui.ui.models.meetings_model import MeetingsModel, MeetingsProxy
from sanhui.ui.models.plan_model import PlanGridModel
from sanhui.ui.pages.base import Page
from sanhui.ui.widgets import YearBox, heading

LEGEND = (
    ("#c8e6c9", "已开"),
    ("#ffcdd2", "未开（已过期）"),
    ("#ffe0b2", "本期待开"),
    ("#f5f5f5", "以后"),
)


class MeetingsPage(Page):
    title = "会议"

    def __init__(self, session, parent=None, today: date | None = None):
        super().__init__(session, parent)
        self.today = today or date.today()
        self.year = YearBox(self.today.year)
        self.year.valueChanged.connect(self.reload)
        self.new_button = QPushButton(self.tr("新建会议记录(&N)…"))
        self.new_button.clicked.connect(lambda: self.new_meeting())

        self.grid_model = PlanGridModel(self)
        self.grid = QTableView()
        self.grid.setModel(self.grid_model)
        self.grid.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.grid.setSelectionMode(QAbstractItemView.SingleSelection)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.grid.verticalHeader().setMinimumSectionSize(34)
        self.grid.activated.connect(self.open_cell)
        self.grid.clicked.connect(self.open_cell)
        legend = QHBoxLayout()
        legend.addWidget(QLabel(self.tr("点击格子打开或新建该期的会议记录。")))
        legend.addStretch(1)
        for colour, text in LEGEND:
            swatch = QLabel("　" + self.tr(text) + "　")
            swatch.setStyleSheet(f"background: {colour}; border: 1px solid #bbb; padding: 2px;")
            legend.addWidget(swatch)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        grid_page = QWidget()
        grid_layout = QVBoxLayout(grid_page)
        grid_layout.addLayout(legend)
        grid_layout.addWidget(self.grid, 1)
        grid_layout.addWidget(self.summary)

        self.list_model = MeetingsModel(self)
        self.proxy = MeetingsProxy(self)
        self.proxy.setSourceModel(self.list_model)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("搜索议题、主持人、日期"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_search)
        self.type_filter = QComboBox()
        self.type_filter.addItem(self.tr("全部类型"), None)
        for key, name in MEETING_TYPE_NAMES.items():
            self.type_filter.addItem(self.tr(name), key)
        self.type_filter.currentIndexChanged.connect(lambda: self.proxy.set_type(self.type_filter.currentData()))
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("全部状态"), None)
        for key, name in MEETING_STATUS_NAMES.items():
            self.status_filter.addItem(self.tr(name), key)
        self.status_filter.currentIndexChanged.connect(
            lambda: self.proxy.set_status(self.status_filter.currentData())
        )
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.Stretch)
        self.table.activated.connect(self.open_row)
        self.table.doubleClicked.connect(self.open_row)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.type_filter, 1)
        filters.addWidget(self.status_filter, 1)
        list_page = QWidget()
        list_layout = QVBoxLayout(list_page)
        list_layout.addLayout(filters)
        list_layout.addWidget(self.table, 1)
        self.print_minutes_button = QPushButton(self.tr("打印会议记录(&P)…"))
        self.print_minutes_button.clicked.connect(self.print_minutes)
        self.print_signin_button = QPushButton(self.tr("打印签到表(&G)…"))
        self.print_signin_button.clicked.connect(self.print_signin)
        self.print_book_button = QPushButton(self.tr("打印年度记录本(&B)…"))
        self.print_book_button.clicked.connect(self.print_book)
        self.table.selectionModel().selectionChanged.connect(self._update_print_buttons)
        self.proxy.modelReset.connect(self._update_print_buttons)
        self.proxy.layoutChanged.connect(self._update_print_buttons)
        print_row = QHBoxLayout()
        print_row.addWidget(self.print_minutes_button)
        print_row.addWidget(self.print_signin_button)
        print_row.addStretch(1)
        print_row.addWidget(self.print_book_button)
        list_layout.addLayout(print_row)
        self.document_dialog = None
        self._update_print_buttons()

        self.tabs = QTabWidget()
        self.tabs.addTab(grid_page, self.tr("年度计划"))
        self.tabs.addTab(list_page, self.tr("会议记录"))
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("会议")))
        top.addWidget(self.year)
        top.addStretch(1)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.hide_when_read_only(self.new_button)

    def wants(self, changes: Changes) -> bool:
        return changes.meetings or changes.members or changes.org or changes.settings

    def reload(self) -> None:
        db, org, year = self.session.db, self.session.org_id, self.year.value()
        items = plan_for_year(db, org, year, self.today)
        self.grid.clearSpans()
        self.grid_model.set_plan(year, items, self.today)
        for row, column, width in self.grid_model.spans():
            self.grid.setSpan(row, column, 1, width)
        held = sum(1 for i in items if i.status == PlanStatus.HELD)
        missing = sum(1 for i in items if i.status == PlanStatus.MISSING)
        self.summary.setText(
            self.tr("%1年应开会议 %2 次：已开 %3 次，未开 %4 次，待开 %5 次。")
            .replace("%1", str(year)).replace("%2", str(len(items))).replace("%3", str(held))
            .replace("%4", str(missing)).replace("%5", str(len(items) - held - missing))
        )
        self.list_model.set_rows(list_meetings(db, org, year=year))

    # -- opening and creating ---------------------------------------------------------------------
    def open_cell(self, index) -> None:
        item = self.grid_model.item(index)
        if item is None:
            return
        ids = item.meetings + item.planned
        if len(ids) == 1:
            self.open_meeting(ids[0])
        elif ids:
            menu = QMenu(self)
            known = {s.id: s for s in (self.list_model.summary(r) for r in range(self.list_model.rowCount()))}
            for meeting_id in ids:
                summary = known.get(meeting_id)
                label = f"{summary.date.isoformat()} {summary.topic}" if summary else meeting_id[:8]
                menu.addAction(label, lambda m=meeting_id: self.open_meeting(m))
            menu.exec(self.grid.viewport().mapToGlobal(self.grid.visualRect(index).center()))
        else:
            self.new_for_item(item)

    def new_for_item(self, item: PlanItem) -> str | None:
        first, last = period_bounds(item.period)
        if item.status == PlanStatus.MISSING:
            return self.new_meeting(item.type, item.group_id, self.today, for_period=item.period)
        on = self.today if first <= self.today <= last else item.due_date
        return self.new_meeting(item.type, item.group_id, on)

    def new_meeting(self, meeting_type=None, group_id=None, on=None, for_period=None) -> str | None:
        if self.read_only:
            return None
        dialog = NewMeetingDialog(self.session, self, today=self.today, meeting_type=meeting_type,
                                  group_id=group_id, on=on, for_period=for_period)
        if dialog.exec() != NewMeetingDialog.Accepted:
            return None
        self.session.announce(Changes(meetings=True))
        self.open_meeting(dialog.meeting_id)
        return dialog.meeting_id

    def open_row(self, index) -> None:
        summary = self.list_model.summary(self.proxy.mapToSource(index).row())
        self.open_meeting(summary.id)

    def open_meeting(self, meeting_id: str) -> None:
        from sanhui.ui.editor import MeetingEditor

        editor = MeetingEditor(self.session, meeting_id, self, today=self.today)
        editor.exec()
        self.session.announce(Changes(meetings=True))

    # -- printing ---------------------------------------------------------------------------------
    def selected_meeting_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.list_model.summary(self.proxy.mapToSource(rows[0]).row()).id

    def _update_print_buttons(self, *args) -> None:
        selected = self.selected_meeting_id() is not None
        self.print_minutes_button.setEnabled(selected)
        self.print_signin_button.setEnabled(selected)

    def print_minutes(self) -> None:
        meeting_id = self.selected_meeting_id()
        if meeting_id:
            self.document_dialog = show(minutes_dialog(self.session, meeting_id, self))

    def print_signin(self) -> None:
        meeting_id = self.selected_meeting_id()
        if meeting_id:
            self.document_dialog = show(signin_dialog(self.session, meeting_id, self))

    def print_book(self) -> None:
        self.document_dialog = show(book_dialog(self.session, self.year.value(), self, today=self.today))
