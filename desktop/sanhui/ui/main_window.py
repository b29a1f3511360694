"""The main window: a navigation bar on the left, one page at a time on the right."""
from __future__ import annotations

import importlib
import logging
import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from sanhui.core.model import Role
from sanhui.ui.session import Session


@dataclass(frozen=True)
class PageSpec:
    """A page of the navigation bar, named rather than imported: each page's module is imported and the
    page built the first time it is shown (start-up time, issue 9)."""

    module: str  # under sanhui.ui.pages
    name: str  # the class
    title: str  # the class's ``title`` (a test keeps them equal): the bar shows it before the page exists
    township_only: bool = False
    takes_today: bool = True

    def build(self, session, today: date):
        cls = getattr(importlib.import_module(f"sanhui.ui.pages.{self.module}"), self.name)
        return cls(session, today=today) if self.takes_today else cls(session)


PAGES = (
    PageSpec("home_page", "HomePage", "工作台"),
    PageSpec("branches_page", "BranchesPage", "各支部", township_only=True),
    PageSpec("meetings_page", "MeetingsPage", "会议"),
    PageSpec("members_page", "MembersPage", "党员"),
    PageSpec("birthdays_page", "BirthdaysPage", "政治生日"),
    PageSpec("talks_page", "TalksPage", "谈心谈话"),
    PageSpec("stats_page", "StatsPage", "统计"),
    PageSpec("exchange_page", "ExchangePage", "数据交换"),
    PageSpec("check_page", "CheckPage", "数据检查", takes_today=False),
    PageSpec("settings_page", "SettingsPage", "设置", takes_today=False),
)


log = logging.getLogger(__name__)

LOCK_ARM_MS = 1000  # the idle lock counts minutes: it can start a second after the window

NAV_STYLE = """
QListWidget#nav { background: #8b1a1a; color: white; border: none; outline: none; }
QListWidget#nav::item { padding: 12px 18px; }
QListWidget#nav::item:selected { background: #b22222; color: white; font-weight: bold; }
QListWidget#nav::item:hover { background: #a12020; }
"""


class MainWindow(QMainWindow):
    reopened = Signal()  # the data file was closed and opened again (after a restore): new session, new pages

    def __init__(self, db, today: date | None = None):
        super().__init__()
        self.session = Session(db, self)
        self.today = today or date.today()
        self._set_title()
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setStyleSheet(NAV_STYLE)
        self.nav.setFocusPolicy(Qt.StrongFocus)
        self.stack = QStackedWidget()
        self._set_pages()
        self.nav.currentRowChanged.connect(self._show_row)
        self.nav.setCurrentRow(0)
        self.nav.setFixedWidth(self.nav.sizeHintForColumn(0) + 40)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._menus()
        self._lock = None
        QTimer.singleShot(LOCK_ARM_MS, self, self._arm_lock)  # once the window is up and shown

    def _arm_lock(self) -> None:
        if self._lock is None and self.isVisible():
            try:
                self.lock  # noqa: B018 - made for its timer and settings
            except sqlite3.ProgrammingError:  # the file was closed meanwhile: nothing to lock
                log.info("idle lock not armed: the data file is closed")

    @property
    def lock(self):
        """The password asked again after the idle time set in 设置 (made on first use: start-up time)."""
        if self._lock is None:
            from sanhui.ui.lock import IdleLock

            self._lock = IdleLock(self)
        return self._lock

    def _set_title(self) -> None:
        role = self.tr("乡镇") if self.session.role == Role.TOWNSHIP else self.tr("支部")
        self.setWindowTitle(self.tr("三会一课助手") + f" — {self.session.org.name}（{role}）")

    def _set_pages(self) -> None:
        """The navigation bar and one empty place in the stack per page of this role; nothing built yet."""
        township = self.session.role == Role.TOWNSHIP
        self.specs = [spec for spec in PAGES if township or not spec.township_only]
        self._built: dict[int, object] = {}
        for index, spec in enumerate(self.specs):
            item = QListWidgetItem(QCoreApplication.translate(spec.name, spec.title))
            if index < 9:
                item.setToolTip(f"Ctrl+{index + 1}")
            self.nav.addItem(item)
            self.stack.addWidget(QWidget())  # stands in until the page is first shown

    def _build(self, index: int):
        """The page at ``index``, built (and put in its place in the stack) on first use."""
        page = self._built.get(index)
        if page is None:
            page = self.specs[index].build(self.session, self.today)
            self._built[index] = page
            placeholder = self.stack.widget(index)
            self.stack.insertWidget(index, page)
            if self.stack.currentWidget() is placeholder:  # so that removing it shows no other page meanwhile
                self.stack.setCurrentWidget(page)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self._connect(page)
        return page

    def _show_row(self, row: int) -> None:
        if row >= 0:
            self._build(row)
            self.stack.setCurrentIndex(row)

    def _connect(self, page) -> None:
        name = type(page).__name__
        if name == "HomePage":
            page.open_item.connect(self.open_plan_item)
            page.print_cards.connect(self.print_cards)
        elif name == "CheckPage":
            page.restore_requested.connect(self.restore_backup)
        elif name == "ExchangePage":
            page.open_meeting.connect(self.open_meeting)

    @property
    def pages(self) -> list:
        """Every page of the bar, in order (each built now if it was not yet)."""
        return [self._build(index) for index in range(len(self.specs))]

    def open_meeting(self, meeting_id: str) -> None:
        """A record named by another page (e.g. one the township returned): shown on the meetings page."""
        self.show_page("MeetingsPage").open_meeting(meeting_id)

    def release_db(self) -> None:
        """Let go of the data file: wait for the background worker, then close the connection."""
        from sanhui.ui.ops import worker_pool

        worker_pool().waitForDone(30_000)
        self.session.db.close()

    def reopen(self, db_path) -> None:
        """Open ``db_path`` in place of the file shown, and build every page again over it."""
        from sanhui.core.store import open_db

        db = open_db(db_path)
        shown = self.specs[max(self.nav.currentRow(), 0)].name  # the same page again (its row may differ)
        old_widgets = [self.stack.widget(i) for i in range(self.stack.count())]
        old_session = self.session
        self.session = Session(db, self)
        self.nav.blockSignals(True)
        self.nav.clear()
        self._set_pages()  # after the old pages in the stack, for now
        row = next((i for i, spec in enumerate(self.specs) if spec.name == shown), 0)
        self.stack.setCurrentIndex(len(old_widgets) + row)  # a placeholder: nothing over the closed file shows
        for widget in old_widgets:  # the new placeholders move down to 0..n-1
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self.nav.setCurrentRow(row)
        self._show_row(row)
        self.nav.blockSignals(False)
        old_session.deleteLater()
        self._set_title()
        self._menus()
        self.reopened.emit()

    def restore_backup(self, source) -> Path | None:
        """Put a backup copy in place of the data file (the current one kept aside first), then reopen it.

        The file is closed while it is replaced, and opened again whatever happens; returns where the
        current file was kept, or None when the restore was refused (the file is then unchanged).
        """
        from PySide6.QtWidgets import QApplication

        from sanhui.core.backup import restore
        from sanhui.errors import SanhuiError

        path = Path(self.session.db.path)
        QApplication.setOverrideCursor(Qt.WaitCursor)
        self.release_db()
        try:
            kept = restore(path, source)
        except SanhuiError as exc:
            kept, error = None, exc
        finally:
            self.reopen(path)
            QApplication.restoreOverrideCursor()
        from PySide6.QtWidgets import QMessageBox

        if kept is None:
            QMessageBox.warning(self, self.tr("恢复没有完成"), str(error))
            return None
        QMessageBox.information(self, self.tr("恢复完成"),
                                self.tr("已用备份恢复数据。恢复前的数据另存为：") + str(kept))
        return kept

    def index_of(self, name: str) -> int:
        return next(i for i, spec in enumerate(self.specs) if spec.name == name)

    def page(self, cls):
        """The page of class ``cls`` (or its name), built if it was not yet."""
        return self._build(self.index_of(cls if isinstance(cls, str) else cls.__name__))

    def show_page(self, cls):
        index = self.index_of(cls if isinstance(cls, str) else cls.__name__)
        self.nav.setCurrentRow(index)
        return self._build(index)

    def notify_due(self) -> bool:
        """Once a day at start: one system-tray message if something is due today or overdue."""
        from sanhui.core.store.settings import get_setting, set_setting

        home = self.page("HomePage")
        home.reminders.reload()
        due = home.reminders.count_due()
        db, org = self.session.db, self.session.org_id
        if not due or get_setting(db, org, "last_notified") == self.today.isoformat():
            return False
        set_setting(db, org, "last_notified", self.today.isoformat())
        from PySide6.QtWidgets import QSystemTrayIcon

        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(self.windowIcon(), self)
            self.tray.show()
            self.tray.showMessage(
                self.tr("三会一课助手"),
                self.tr("今天有 %1 件事到期或已逾期，请在“工作台”查看。").replace("%1", str(due)),
            )
        return True

    def print_cards(self, year: int, month: int):
        """The political-birthday cards of a month, previewed and ready to print."""
        from sanhui.ui.dialogs.document_dialog import cards_dialog, show

        return show(cards_dialog(self.session, year, month, self))

    def open_plan_item(self, item) -> None:
        """From the home page's to-do list: open the period's record, or start one."""
        if item is None or isinstance(item, str):
            return
        page = self.show_page("MeetingsPage")
        ids = item.meetings + item.planned
        if ids:
            page.open_meeting(ids[0])
        else:
            page.new_for_item(item)

    def _menus(self) -> None:
        self.menuBar().clear()  # made again after a restore: the other role's file has other pages
        file_menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        backup = QAction(self.tr("备份数据(&B)…"), self)
        backup.triggered.connect(lambda: self.show_page("SettingsPage").choose_backup())
        file_menu.addAction(backup)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("退出(&Q)"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        go_menu = self.menuBar().addMenu(self.tr("页面(&P)"))
        for index, spec in enumerate(self.specs):
            action = QAction(QCoreApplication.translate(spec.name, spec.title), self)
            if index < 9:
                action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda checked=False, i=index: self.nav.setCurrentRow(i))
            go_menu.addAction(action)
        help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        guide = QAction(self.tr("使用说明(&H)"), self)
        guide.setShortcut(QKeySequence("F1"))
        guide.setShortcutContext(Qt.ApplicationShortcut)
        guide.triggered.connect(self.show_help)
        help_menu.addAction(guide)
        about = QAction(self.tr("关于三会一课助手(&A)"), self)
        about.triggered.connect(self.about)
        help_menu.addAction(about)

    def show_help(self):
        """使用说明 (F1): one window, raised again when it is already open."""
        from sanhui.ui.dialogs.help_dialog import HelpDialog

        if getattr(self, "help_dialog", None) is None:
            self.help_dialog = HelpDialog(self)
        self.help_dialog.show()
        self.help_dialog.raise_()
        self.help_dialog.activateWindow()
        return self.help_dialog

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from sanhui import __version__

        QMessageBox.about(
            self,
            self.tr("关于"),
            self.tr("三会一课助手 ") + __version__ + "\n" + self.tr("村党支部三会一课、主题党日、组织生活记录工具。全部数据保存在本机，不联网。"),
        )
