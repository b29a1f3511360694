"""各支部 (township only): one row per branch — completion, attendance, warnings — and what is sent down (下发)."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from sanhui.core.model import Changes
from sanhui.ui.models.branches_model import BranchesModel, BranchesProxy
from sanhui.ui.ops import error_text, run_task
from sanhui.ui.pages.base import Page
from sanhui.ui.widgets import ERROR_STYLE, YearBox, heading

#: Up to this many branches without figures kept in the file are computed on the GUI thread (about 2 ms
#: each); more (a county's file after an import) go to the worker thread with a progress dialog.
COMPUTE_ON_GUI_THREAD = 60
MAX_COLUMN_WIDTH = 360  # pixels: a very long name is cut (its tooltip and the Excel file have it whole)


class BranchesPage(Page):
    title = "各支部"

    def __init__(self, session, parent=None, today: date | None = None):
        super().__init__(session, parent)
        self.today = today or date.today()
        self.dialog = None
        self.task = None
        self._wanted = None
        self.year = YearBox(self.today.year)
        self.year.valueChanged.connect(self.reload)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("按支部名称或代码查找"))
        self.search.setClearButtonEnabled(True)
        self.model = BranchesModel(self)
        self.proxy = BranchesProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search.textChanged.connect(self.proxy.set_text)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.AscendingOrder)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.export_button = QPushButton(self.tr("导出 Excel(&E)…"))
        self.export_button.clicked.connect(self.export_xlsx)
        self.theme_button = QPushButton(self.tr("下发主题党日主题(&T)…"))
        self.theme_button.clicked.connect(self.set_theme)
        self.notice_button = QPushButton(self.tr("下发通知(&N)…"))
        self.notice_button.clicked.connect(self.add_notice)
        self.plan_button = QPushButton(self.tr("下发年度计划(&Y)…"))
        self.plan_button.clicked.connect(self.set_year_plan)
        self.return_button = QPushButton(self.tr("退回会议记录(&R)…"))
        self.return_button.clicked.connect(self.return_record)
        self.packages_button = QPushButton(self.tr("导出下发数据包(&X)…"))
        self.packages_button.clicked.connect(self.export_packages)
        self.view_button = QPushButton(self.tr("查看支部记录(&V)…"))
        self.view_button.setToolTip(self.tr("以只读方式打开选中支部的会议、党员、谈话和统计"))
        self.view_button.clicked.connect(self.view_branch)
        self.table.doubleClicked.connect(self.view_branch)

        top = QHBoxLayout()
        top.addWidget(heading(self.tr("各支部")))
        top.addWidget(self.year)
        top.addWidget(self.search, 1)
        top.addWidget(self.view_button)
        top.addWidget(self.export_button)
        send = QHBoxLayout()
        send.addWidget(QLabel(self.tr("下发：")))
        for button in (self.theme_button, self.notice_button, self.plan_button, self.return_button,
                       self.packages_button):
            send.addWidget(button)
        send.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(send)
        layout.addWidget(self.message)

    def wants(self, changes: Changes) -> bool:
        return changes.meetings or changes.org or changes.members

    def reload(self) -> None:
        """Fill the table: at once from the figures kept in the file, or, when many branches must be computed
        first (a county's file after an import, a year not shown before), off the GUI thread with progress."""
        from sanhui.core.exchange.township import branch_overview

        year, today = self.year.value(), self.today
        self._wanted = year
        rows = branch_overview(self.session.db, today=today, year=year, compute_at_most=COMPUTE_ON_GUI_THREAD)
        if rows is not None:
            self.show_rows(rows)
            return
        self.summary.setText(self.tr("正在计算各支部的完成情况和出勤率……"))

        def job(db, progress, cancel):
            return branch_overview(db, today=today, year=year, progress=progress, cancel=cancel)

        self.task = run_task(self, self.tr("正在计算各支部的完成情况"), job, db_path=self.session.db.path,
                             on_done=lambda rows: self._computed(year, rows),
                             on_cancelled=lambda: self.summary.setText(self.tr("已取消计算。换一个年份或重新打开本页时再算。")))

    def _computed(self, year: int, rows) -> None:
        if year == self._wanted:  # not a year the user has left meanwhile
            self.show_rows(rows)

    def show_rows(self, rows) -> None:
        self.model.set_rows(rows)
        self._fit_columns()
        weak = sum(1 for r in rows if r.weak_candidate)
        silent = sum(1 for r in rows if r.silent)
        returned = sum(1 for r in rows if r.returned_open)
        self.summary.setText(
            self.tr("共 %1 个支部；静默 30 天 %2 个；有退回未改的 %3 个；软弱涣散候选（完成率末尾十分之一，红底）%4 个。"
                    "完成 = 已开/应开（到期的）。")
            .replace("%1", str(len(rows))).replace("%2", str(silent)).replace("%3", str(returned))
            .replace("%4", str(weak)))
        has_rows = bool(rows)
        self.return_button.setEnabled(has_rows)
        self.packages_button.setEnabled(has_rows)

    def _fit_columns(self) -> None:
        """Each column as wide as its header or its longest text (by font metrics, over a few candidates:
        measuring every cell through the model, as ResizeToContents does, is slow for thousands of rows)."""
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        values = self.model.values
        for column, title in enumerate(self.model.header):
            longest = sorted({row[column] for row in values}, key=len, reverse=True)[:3]
            width = max(metrics.horizontalAdvance(text) for text in [self.tr(title), *longest])
            header.resizeSection(column, min(width + 3 * metrics.averageCharWidth(), MAX_COLUMN_WIDTH))

    def view_branch(self, *args):
        """Open the selected branch's pages read-only, in a window of their own."""
        from sanhui.ui.branch_view import BranchView

        branch_id = self.selected_branch_id()
        if branch_id is None:
            self._say(self.tr("请先在表格里选中一个支部。"), error=True)
            return None
        view = BranchView(self.session.db, branch_id, self.window(), today=self.today)
        view.setAttribute(Qt.WA_DeleteOnClose, True)
        view.show()
        return view

    def selected_branch_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row()).org_id

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)

    # -- 下发 -------------------------------------------------------------------------------------
    def _open(self, dialog) -> None:
        """Show ``dialog`` (modeless, so tests and the keyboard can drive it); reload when it is accepted."""
        self.dialog = dialog
        dialog.setAttribute(Qt.WA_DeleteOnClose, False)
        dialog.accepted.connect(lambda: self._after(dialog))
        dialog.setWindowModality(Qt.WindowModal)
        dialog.show()

    def _after(self, dialog) -> None:
        from sanhui.ui.dialogs.directive_dialogs import NoticeDialog, ReturnDialog, ThemeDialog

        words = {ThemeDialog: self.tr("已设置主题党日主题，下次导出下发数据包时带给各支部。"),
                 NoticeDialog: self.tr("已添加通知，下次导出下发数据包时带给支部。"),
                 ReturnDialog: self.tr("已退回会议记录，下次给该支部导出下发数据包时带上。")}
        self._say(words.get(type(dialog), ""))
        self.session.announce(Changes(meetings=True))

    def set_theme(self):
        from sanhui.ui.dialogs.directive_dialogs import ThemeDialog

        self._open(ThemeDialog(self.session, self, today=self.today))
        return self.dialog

    def add_notice(self):
        from sanhui.ui.dialogs.directive_dialogs import NoticeDialog

        self._open(NoticeDialog(self.session, [(r.code, r.name) for r in self.model.rows], self))
        return self.dialog

    def set_year_plan(self):
        from sanhui.ui.dialogs.directive_dialogs import PlanDialog

        self._open(PlanDialog(self.session, self, today=self.today))
        return self.dialog

    def return_record(self):
        from sanhui.ui.dialogs.directive_dialogs import ReturnDialog

        branches = [(r.org_id, r.code, r.name) for r in self.model.rows]
        self._open(ReturnDialog(self.session, branches, self.year.value(), self, branch_id=self.selected_branch_id()))
        return self.dialog

    # -- files ------------------------------------------------------------------------------------
    def export_packages(self):
        """下发数据包: one reply per accepted branch into a chosen folder (a USB stick). Returns the task."""
        from sanhui.core.exchange.export import export_packages
        from sanhui.ui.pages.exchange_page import removable_targets

        targets = removable_targets()
        start = targets[0][1] if targets else ""
        chosen = QFileDialog.getExistingDirectory(self, self.tr("把下发数据包写到哪里（选择U盘）"), start)
        if not chosen:
            return None
        folder = Path(chosen)

        def job(db, progress, cancel):
            return export_packages(db, folder)

        def done(results) -> None:
            self._say(self.tr("已写入 %1 个下发数据包：").replace("%1", str(len(results)))
                      + "；".join(r.path.name for r in results) + self.tr("（在 %1）").replace("%1", str(folder)))

        def failed(error) -> None:
            self._say(error_text(error), error=True)
            QMessageBox.warning(self, self.tr("导出没有完成"), error_text(error))

        return run_task(self, self.tr("正在导出下发数据包"), job, db_path=self.session.db.path, on_done=done,
                        on_error=failed, cancellable=False)

    def export_xlsx(self):
        """Ask where, then write the workbook on the worker thread; returns the task (None if not asked)."""
        from sanhui.core.exchange.township_xlsx import write_branches_xlsx

        year, today = self.year.value(), self.today
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        proposed = str(Path(folder) / self.tr("%1年各支部三会一课情况.xlsx").replace("%1", str(year)))
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("导出 Excel"), proposed, self.tr("Excel 工作簿 (*.xlsx)"))
        if not chosen:
            return None
        path = Path(chosen) if chosen.lower().endswith(".xlsx") else Path(chosen + ".xlsx")

        def job(db, progress, cancel):
            return write_branches_xlsx(db, path, today=today, year=year)

        return run_task(self, self.tr("正在导出 Excel"), job, db_path=self.session.db.path,
                        on_done=lambda written: self._say(self.tr("已导出：%1").replace("%1", str(written))),
                        on_error=lambda e: (self._say(error_text(e), error=True),
                                            QMessageBox.warning(self, self.tr("导出 Excel"), error_text(e))),
                        cancellable=False)
