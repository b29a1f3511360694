"""工作台: the branch at a glance — who is on the roster and what is due."""
from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout

from sanhui.core.store.members import list_members
from sanhui.core.store.org import list_groups
from sanhui.ui.pages.base import Page
from sanhui.ui.widgets import heading


def _card(title: str) -> tuple[QFrame, QLabel]:
    frame = QFrame()
    frame.setFrameShape(QFrame.StyledPanel)
    frame.setStyleSheet("QFrame { background: #fffaf5; border: 1px solid #e0c8b0; border-radius: 6px; }")
    layout = QVBoxLayout(frame)
    caption = QLabel(title)
    caption.setStyleSheet("border: none; color: #8b1a1a; font-weight: bold;")
    value = QLabel()
    value.setStyleSheet("border: none;")
    value.setWordWrap(True)
    layout.addWidget(caption)
    layout.addWidget(value, 1)
    return frame, value


class HomePage(Page):
    title = "工作台"

    def __init__(self, session, parent=None, today: date | None = None):
        super().__init__(session, parent)
        self.today = today or date.today()
        self.title_label = heading("")
        self.subtitle = QLabel()
        grid = QGridLayout()
        roster_card, self.roster_text = _card(self.tr("党员队伍"))
        grid.addWidget(roster_card, 0, 0)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.subtitle)
        layout.addLayout(grid)
        layout.addStretch(1)

    def reload(self) -> None:
        org = self.session.org
        self.title_label.setText(org.name)
        township = f"　上级：{org.township_name}" if org.township_name else ""
        self.subtitle.setText(self.tr("代码：") + org.code + township + "　" + self.today.isoformat())
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
