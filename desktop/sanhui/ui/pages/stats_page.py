"""统计: the year's completion per type and per period, attendance per member; print or export them."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
)

from sanhui.core.documents.stats_doc import stats_sheets, write_stats_xlsx
from sanhui.core.model import Changes
from sanhui.ui.dialogs.document_dialog import book_dialog, cards_dialog, show, stats_dialog
from sanhui.ui.models.stats_model import SheetModel
from sanhui.ui.ops import error_text, run_task
from sanhui.ui.pages.base import Page
from sanhui.ui.widgets import YearBox, heading


class StatsPage(Page):
    title = "统计"

    def __init__(self, session, parent=None, today: date | None = None):
        super().__init__(session, parent)
        self.today = today or date.today()
        self.year = YearBox(self.today.year)
        self.year.valueChanged.connect(self.reload)
        self.print_button = QPushButton(self.tr("打印统计表(&T)…"))
        self.print_button.clicked.connect(self.print_stats)
        self.export_button = QPushButton(self.tr("导出 Excel(&E)…"))
        self.export_button.clicked.connect(self.export_xlsx)
        self.book_button = QPushButton(self.tr("打印年度记录本(&B)…"))
        self.book_button.clicked.connect(self.print_book)
        self.month = QComboBox()
        for month in range(1, 13):
            self.month.addItem(self.tr("%1月").replace("%1", str(month)), month)
        self.month.setCurrentIndex(self.today.month - 1)
        self.cards_button = QPushButton(self.tr("打印政治生日贺卡(&C)…"))
        self.cards_button.clicked.connect(self.print_cards)
        self.message = QLabel()
        self.message.setTextInteractionFlags(self.message.textInteractionFlags() | Qt.TextSelectableByMouse)
        self.as_of = QLabel()
        self.as_of.setWordWrap(True)
        self.tabs = QTabWidget()
        self.models: list[SheetModel] = []
        self.tables: list[QTableView] = []
        self.dialog = None

        top = QHBoxLayout()
        top.addWidget(heading(self.tr("统计")))
        top.addWidget(self.year)
        top.addStretch(1)
        top.addWidget(self.print_button)
        top.addWidget(self.export_button)
        documents = QHBoxLayout()
        documents.addWidget(QLabel(self.tr("打印：")))
        documents.addWidget(self.book_button)
        documents.addSpacing(24)
        documents.addWidget(QLabel(self.tr("政治生日贺卡")))
        documents.addWidget(self.month)
        documents.addWidget(self.cards_button)
        documents.addStretch(1)
        documents.addWidget(self.message)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.as_of)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(documents)

    def wants(self, changes: Changes) -> bool:
        return changes.meetings or changes.members or changes.org or changes.settings

    def reload(self) -> None:
        sheets = stats_sheets(self.session.db, self.session.org_id, self.year.value(), self.today)
        current = self.tabs.currentIndex()
        while len(self.models) < len(sheets):
            model = SheetModel(self)
            table = QTableView()
            table.setModel(model)
            table.setEditTriggers(QAbstractItemView.NoEditTriggers)
            table.setSelectionBehavior(QAbstractItemView.SelectRows)
            table.setAlternatingRowColors(True)
            table.verticalHeader().hide()
            self.models.append(model)
            self.tables.append(table)
        self.tabs.blockSignals(True)
        self.tabs.clear()
        for sheet, model, table in zip(sheets, self.models, self.tables):
            model.set_sheet(sheet)
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeToContents)
            header.setSectionResizeMode(0, QHeaderView.Stretch if len(sheet.header) < 12 else
                                        QHeaderView.ResizeToContents)
            self.tabs.addTab(table, self.tr(sheet.title))
        self.tabs.setCurrentIndex(max(0, min(current, self.tabs.count() - 1)))
        self.tabs.blockSignals(False)
        last = min(self.today, date(self.year.value(), 12, 31))
        self.as_of.setText(self.tr("统计截至 %1。“未开”为已过期而没有召开的会议；出席率 = 实到人次 ÷ 应到人次。")
                           .replace("%1", last.isoformat()))

    # -- documents --------------------------------------------------------------------------------
    def _open(self, dialog) -> None:
        self.dialog = show(dialog)

    def print_stats(self) -> None:
        self._open(stats_dialog(self.session, self.year.value(), self, today=self.today))

    def print_book(self) -> None:
        self._open(book_dialog(self.session, self.year.value(), self, today=self.today))

    def print_cards(self) -> None:
        self._open(cards_dialog(self.session, self.year.value(), self.month.currentData(), self))

    def export_xlsx(self):
        """Ask where, then write the workbook on the worker thread; returns the task (None if not asked)."""
        year = self.year.value()
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        proposed = str(Path(folder) / self.tr("%1年度三会一课统计表.xlsx").replace("%1", str(year)))
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("导出 Excel"), proposed, self.tr("Excel 工作簿 (*.xlsx)"))
        if not chosen:
            return None
        path = Path(chosen) if chosen.lower().endswith(".xlsx") else Path(chosen + ".xlsx")
        branch_id, today = self.session.org_id, self.today

        def job(db, progress, cancel):
            return write_stats_xlsx(db, branch_id, year, path, today)

        def done(written) -> None:
            self.message.setText(self.tr("已导出：%1").replace("%1", str(written)))

        return run_task(self, self.tr("正在导出 Excel"), job, db_path=self.session.db.path, on_done=done,
                        on_error=lambda e: QMessageBox.warning(self, self.tr("导出 Excel"), error_text(e)),
                        cancellable=False)
