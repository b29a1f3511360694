"""What the editor shows around its tabs: the banners of a final or returned record above,
the live counts (应到, 实到, 请假, 缺席, with voting rights) and the quorum below."""
from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from sanhui.core.model import MeetingRecord, MeetingStatus, MeetingType, Member
from sanhui.core.rules import Counts, quorum_met
from sanhui.core.store.attendance import record_counts
from sanhui.ui.editor.common import (
    FINAL_BANNER_STYLE,
    GREEN,
    GREY,
    RED,
    RETURNED_BANNER_STYLE,
    scaled_font,
)


class Banners(QWidget):
    """Green: 已定稿 with the time and fingerprint. Yellow: returned by the township, with its comment."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.final_banner = QLabel()
        self.final_banner.setStyleSheet(FINAL_BANNER_STYLE)
        self.returned_banner = QLabel()
        self.returned_banner.setStyleSheet(RETURNED_BANNER_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for banner in (self.returned_banner, self.final_banner):
            banner.setWordWrap(True)
            layout.addWidget(banner)

    def show_record(self, record: MeetingRecord) -> None:
        if record.fingerprint:
            when = (record.finalized_at or "")[:16].replace("T", " ")
            self.final_banner.setText(
                self.tr("已定稿 {0} 指纹 {1}").format(when, record.fingerprint.upper())
                + self.tr("　记录已锁定；如确需修改，请点“更正”，写明更正原因。")
            )
        self.final_banner.setVisible(record.status == MeetingStatus.FINAL)
        self.returned_banner.setText(
            self.tr("乡镇退回了这条记录，意见：{0}").format(record.returned_comment or self.tr("（未写意见）"))
            + self.tr("　记录仍然锁定：请按意见点“更正”（写明原因），改好后再点“定稿”。")
        )
        self.returned_banner.setVisible(record.status == MeetingStatus.RETURNED)
        self.setVisible(record.locked)


class StatusPanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.counts_label = QLabel()
        self.counts_label.setFont(scaled_font(self, 1.1))
        self.unmarked_label = QLabel()
        self.unmarked_label.setStyleSheet(f"color: {GREY};")
        self.quorum_label = QLabel()
        self.quorum_label.setFont(scaled_font(self, 1.1, bold=True))
        self.warning_label = QLabel()
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet(f"color: {RED}; font-weight: bold;")
        row = QHBoxLayout()
        row.addWidget(self.counts_label)
        row.addWidget(self.unmarked_label)
        row.addStretch(1)
        row.addWidget(self.quorum_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.warning_label)

    def show_record(self, record: MeetingRecord, members: Mapping[str, Member]) -> tuple[Counts, bool | None]:
        """Show the counts and quorum of ``record`` as it stands; returns them."""
        counts = record_counts(record, members)
        quorum = quorum_met(record.type, counts)
        self.counts_label.setText(self.tr(
            "应到 {0} 人，实到 {1} 人，请假 {2} 人，缺席 {3} 人；有表决权应到 {4} 人，实到 {5} 人"
        ).format(counts.expected, counts.present, counts.leave, counts.absent, counts.expected_voting,
                 counts.present_voting))
        unmarked = sum(1 for row in record.attendance if row.status is None)
        self.unmarked_label.setText(self.tr("（还有 {0} 人未登记，按缺席计）").format(unmarked) if unmarked else "")
        self.quorum_label.setVisible(quorum is not None)
        if quorum:
            self.quorum_label.setText(self.tr("符合法定人数"))
            self.quorum_label.setStyleSheet(f"color: {GREEN};")
        elif quorum is False:
            self.quorum_label.setText(self.tr("未达到法定人数：决议无效"))
            self.quorum_label.setStyleSheet(f"color: {RED};")
        deciding = bool(record.decisions or record.votes)
        warn = quorum is False and deciding and record.type == MeetingType.GENERAL_MEETING
        self.warning_label.setText(self.tr(
            "注意：到会的有表决权党员没有超过应到的半数，这次支部党员大会作出的决议和表决无效。"
            "请核对签到；如确实人数不够，应另行召开会议再作决定。"
        ) if warn else "")
        self.warning_label.setVisible(warn)
        return counts, quorum
