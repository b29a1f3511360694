"""The main window: a navigation bar on the left, one page at a time on the right."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QSystemTrayIcon,
    QWidget,
)

from sanhui.core.model import Role
from sanhui.ui.lock import IdleLock
from sanhui.ui.pages.birthdays_page import BirthdaysPage
from sanhui.ui.pages.branches_page import BranchesPage
from sanhui.ui.pages.check_page import CheckPage
from sanhui.ui.pages.exchange_page import ExchangePage
from sanhui.ui.pages.home_page import HomePage
from sanhui.ui.pages.meetings_page import MeetingsPage
from sanhui.ui.pages.members_page import MembersPage
from sanhui.ui.pages.settings_page import SettingsPage
from sanhui.ui.pages.stats_page import StatsPage
from sanhui.ui.pages.talks_page import TalksPage
from sanhui.ui.session import Session

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
        self.pages = []
        for page in self.make_pages():
            self.add_page(page)
        self._connect_pages()
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
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
        self.lock = IdleLock(self)  # the password asked again after the idle time set in 设置

    def _set_title(self) -> None:
        role = self.tr("乡镇") if self.session.role == Role.TOWNSHIP else self.tr("支部")
        self.setWindowTitle(self.tr("三会一课助手") + f" — {self.session.org.name}（{role}）")

    def _connect_pages(self) -> None:
        self.page(HomePage).open_item.connect(self.open_plan_item)
        self.page(HomePage).print_cards.connect(self.print_cards)
        self.page(CheckPage).restore_requested.connect(self.restore_backup)
        self.page(ExchangePage).open_meeting.connect(self.open_meeting)

    def make_pages(self):
        township = self.session.role == Role.TOWNSHIP
        return [
            HomePage(self.session, today=self.today),
            *([BranchesPage(self.session, today=self.today)] if township else []),
            MeetingsPage(self.session, today=self.today),
            MembersPage(self.session, today=self.today),
            BirthdaysPage(self.session, today=self.today),
            TalksPage(self.session, today=self.today),
            StatsPage(self.session, today=self.today),
            ExchangePage(self.session, today=self.today),
            CheckPage(self.session),
            SettingsPage(self.session),
        ]

    def open_meeting(self, meeting_id: str) -> None:
        """A record named by another page (e.g. one the township returned): shown on the meetings page."""
        self.show_page(MeetingsPage).open_meeting(meeting_id)

    def release_db(self) -> None:
        """Let go of the data file: wait for the background worker, then close the connection."""
        from sanhui.ui.ops import worker_pool

        worker_pool().waitForDone(30_000)
        self.session.db.close()

    def reopen(self, db_path) -> None:
        """Open ``db_path`` in place of the file shown, and build every page again over it."""
        from sanhui.core.store import open_db

        db = open_db(db_path)
        row = max(self.nav.currentRow(), 0)
        old_pages, old_session = self.pages, self.session
        self.session = Session(db, self)
        self.nav.blockSignals(True)
        self.nav.clear()
        self.pages = []
        for page in self.make_pages():
            self.add_page(page)  # after the old pages in the stack, for now
        row = min(row, len(self.pages) - 1)
        self.stack.setCurrentWidget(self.pages[row])
        for page in old_pages:  # none is shown now, so taking them out shows no old page over the closed file
            self.stack.removeWidget(page)
            page.deleteLater()
        self.nav.setCurrentRow(row)
        self.nav.blockSignals(False)
        old_session.deleteLater()
        self._connect_pages()
        self._set_title()
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
        if kept is None:
            QMessageBox.warning(self, self.tr("恢复没有完成"), str(error))
            return None
        QMessageBox.information(self, self.tr("恢复完成"),
                                self.tr("已用备份恢复数据。恢复前的数据另存为：") + str(kept))
        return kept

    def add_page(self, page) -> None:
        index = len(self.pages)
        self.pages.append(page)
        item = QListWidgetItem(page.tr(page.title))
        if index < 9:
            item.setToolTip(f"Ctrl+{index + 1}")
        self.nav.addItem(item)
        self.stack.addWidget(page)

    def page(self, cls):
        return next(p for p in self.pages if isinstance(p, cls))

    def show_page(self, cls):
        page = self.page(cls)
        self.nav.setCurrentRow(self.pages.index(page))
        return page

    def notify_due(self) -> bool:
        """Once a day at start: one system-tray message if something is due today or overdue."""
        from sanhui.core.store.settings import get_setting, set_setting

        home = self.page(HomePage)
        home.reminders.reload()
        due = home.reminders.count_due()
        db, org = self.session.db, self.session.org_id
        if not due or get_setting(db, org, "last_notified") == self.today.isoformat():
            return False
        set_setting(db, org, "last_notified", self.today.isoformat())
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
        page = self.show_page(MeetingsPage)
        ids = item.meetings + item.planned
        if ids:
            page.open_meeting(ids[0])
        else:
            page.new_for_item(item)

    def _menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        backup = QAction(self.tr("备份数据(&B)…"), self)
        backup.triggered.connect(lambda: self.show_page(SettingsPage).choose_backup())
        file_menu.addAction(backup)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("退出(&Q)"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        go_menu = self.menuBar().addMenu(self.tr("页面(&P)"))
        for index, page in enumerate(self.pages):
            action = QAction(page.tr(page.title), self)
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
        from sanhui import __version__

        QMessageBox.about(
            self,
            self.tr("关于"),
            self.tr("三会一课助手 ") + __version__ + "\n" + self.tr("村党支部三会一课、主题党日、组织生活记录工具。全部数据保存在本机，不联网。"),
        )
