"""A township looks at one of its branches: the branch's own pages over the township's copy, read-only."""
from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from sanhui.ui.main_window import NAV_STYLE
from sanhui.ui.pages.meetings_page import MeetingsPage
from sanhui.ui.pages.members_page import MembersPage
from sanhui.ui.pages.stats_page import StatsPage
from sanhui.ui.pages.talks_page import TalksPage
from sanhui.ui.session import Session

BANNER_STYLE = "background: #fff3cd; color: #6b4e00; padding: 6px; border-bottom: 1px solid #e0c070;"


class BranchView(QMainWindow):
    """The 会议, 党员, 谈心谈话 and 统计 pages of ``branch_id``, as the township received them."""

    def __init__(self, db, branch_id: str, parent=None, today: date | None = None):
        super().__init__(parent)
        self.session = Session(db, self, org_id=branch_id, read_only=True)
        self.today = today or date.today()
        org = self.session.org
        self.setWindowTitle(self.tr("查看支部：") + org.name + self.tr("（只读）"))
        banner = QLabel(self.tr("这是 %1 报送到乡镇的数据，只能查看和打印，不能修改。").replace("%1", org.name))
        banner.setStyleSheet(BANNER_STYLE)
        self.pages = [
            MeetingsPage(self.session, today=self.today),
            MembersPage(self.session, today=self.today),
            TalksPage(self.session, today=self.today),
            StatsPage(self.session, today=self.today),
        ]
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setStyleSheet(NAV_STYLE)
        self.stack = QStackedWidget()
        for page in self.pages:
            self.nav.addItem(page.tr(page.title))
            self.stack.addWidget(page)
        self.nav.setFixedWidth(self.nav.sizeHintForColumn(0) + 40)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.setCurrentRow(0)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(banner)
        layout.addLayout(body, 1)
        self.setCentralWidget(central)
        self.resize(1280, 720)
