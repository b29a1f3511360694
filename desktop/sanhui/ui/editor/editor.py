"""The record editor (会议记录): one meeting in tabs, saved as it is typed, finalised, corrected.

Every edit restarts a short single-shot timer; when it fires the whole draft
is saved in one go (``save_meeting`` plus 补学 and photo captions) and the
change announced on the session. Closing the dialog saves at once.
"""
from __future__ import annotations

import logging
import sqlite3
from datetime import date, datetime

from PySide6.QtCore import QRect, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QTabWidget, QVBoxLayout

from sanhui.core.model import (
    MEETING_STATUS_NAMES,
    MEETING_TYPE_NAMES,
    Changes,
    MeetingStatus,
    MeetingType,
    Problem,
    VoteKind,
)
from sanhui.core.store.attendance import add_attendee, remove_attendee
from sanhui.core.store.finalize import computed, corrections, finalize, validate_for_final
from sanhui.core.store.meetings import get_meeting, save_meeting
from sanhui.core.store.members import list_members
from sanhui.errors import InvalidInput, SanhuiError
from sanhui.ui.editor.attendance_tab import AttendanceTab
from sanhui.ui.editor.basic_tab import BasicTab
from sanhui.ui.editor.common import GREY, RED, scrolling
from sanhui.ui.editor.content_tab import ContentTab
from sanhui.ui.editor.corrections import CorrectionDialog
from sanhui.ui.editor.makeup_tab import MakeupTab
from sanhui.ui.editor.photos_tab import PhotosTab
from sanhui.ui.editor.problems_dialog import ProblemsDialog
from sanhui.ui.editor.status_panel import Banners, StatusPanel
from sanhui.ui.editor.votes_tab import VotesTab

log = logging.getLogger(__name__)

SAVE_DELAY_MS = 600
MAX_WIDTH, MAX_HEIGHT = 1300, 720
#: The tab (by index) that holds each field a problem may name.
FIELD_TABS = {"attendance": 1, "agenda": 2, "content": 2, "decisions": 2, "no_decision_reason": 2, "votes": 3}


class MeetingEditor(QDialog):
    """Edit one meeting record. ``saved`` carries the ``Changes`` of every save;
    ``finalized`` and ``corrected`` the meeting id."""

    saved = Signal(object)
    finalized = Signal(str)
    corrected = Signal(str)

    def __init__(self, session, meeting_id: str, parent=None, today: date | None = None):
        super().__init__(parent)
        self.session = session
        self.today = today or date.today()
        self.record = get_meeting(session.db, meeting_id)
        self.members = {m.id: m for m in list_members(session.db, self.record.branch_id or session.org_id)}
        self.problems_dialog = None
        self.correction_dialog = None
        self.setSizeGripEnabled(True)

        self.banners = Banners()
        self.final_banner = self.banners.final_banner
        self.returned_banner = self.banners.returned_banner

        record = self.record
        self.basic_tab = BasicTab(session, record)
        self.attendance_tab = AttendanceTab(session, record, self.members)
        self.content_tab = ContentTab(session, record)
        self.votes_tab = VotesTab(session, record, self.members)
        self.photos_tab = PhotosTab(session, record)
        self.makeup_tab = MakeupTab(session, record)
        self.editor_tabs = [
            self.basic_tab, self.attendance_tab, self.content_tab,
            self.votes_tab, self.photos_tab, self.makeup_tab,
        ]
        self.tabs = QTabWidget()
        names = [self.tr("基本信息"), self.tr("签到"), self.tr("内容与决议"), self.tr("表决"), self.tr("照片"),
                 self.tr("补学")]
        for number, (tab, name) in enumerate(zip(self.editor_tabs, names), start=1):
            self.tabs.addTab(scrolling(tab) if tab is self.basic_tab else tab, name)
            self.tabs.setTabToolTip(number - 1, f"Alt+{number}")
            QShortcut(QKeySequence(f"Alt+{number}"), self, lambda i=number - 1: self.tabs.setCurrentIndex(i))
            tab.changed.connect(lambda t=tab: self._edited(t))
            tab.written.connect(self._announce)

        self.status_panel = StatusPanel()
        self.counts_label = self.status_panel.counts_label
        self.quorum_label = self.status_panel.quorum_label
        self.warning_label = self.status_panel.warning_label
        self.save_state = QLabel()
        self.save_state.setStyleSheet(f"color: {GREY};")
        self.finalize_button = QPushButton(self.tr("定稿(&F)…"))
        self.correct_button = QPushButton(self.tr("更正(&C)…"))
        self.close_button = QPushButton(self.tr("关闭"))
        self.print_button = QPushButton(self.tr("打印记录(&P)…"))
        self.signin_button = QPushButton(self.tr("打印签到表(&G)…"))

        buttons = QHBoxLayout()
        buttons.addWidget(self.save_state, 1)
        buttons.addWidget(self.signin_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.finalize_button)
        buttons.addWidget(self.correct_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banners)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status_panel)
        layout.addLayout(buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_now)
        self.attendance_tab.add_requested.connect(self._add_attendee)
        self.attendance_tab.remove_requested.connect(self._remove_attendee)
        self.finalize_button.clicked.connect(self.finalize_record)
        self.correct_button.clicked.connect(self.open_correction)
        self.close_button.clicked.connect(self.accept)
        self.print_button.clicked.connect(lambda: self.print_document("minutes"))
        self.signin_button.clicked.connect(lambda: self.print_document("signin"))
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)  # Enter in a field must not press 添加列席人员 or 定稿
        self._apply_state()
        self._initial_size()

    def _initial_size(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        area = screen.availableGeometry() if screen else QRect(0, 0, 1366, 728)
        self.resize(min(MAX_WIDTH, area.width() - 40), min(MAX_HEIGHT, area.height() - 48))

    # -- state ----------------------------------------------------------------------------------
    def _apply_state(self) -> None:
        """Title, banners, buttons and read-only fields for the record's status."""
        record = self.record
        status = MEETING_STATUS_NAMES[record.status]
        self.setWindowTitle(
            f"{self.tr(MEETING_TYPE_NAMES[record.type])} {record.date.isoformat()}（{self.tr(status)}）"
        )
        self.banners.show_record(record)
        read_only = getattr(self.session, "read_only", False)
        self.finalize_button.setVisible(record.status != MeetingStatus.FINAL and not read_only)
        self.correct_button.setVisible(record.locked and not read_only)
        for tab in self.editor_tabs:
            tab.set_locked(record.locked or read_only)
        self.basic_tab.show_corrections(corrections(self.session.db, record.id) if record.locked else [])
        self.update_status()

    def update_status(self) -> None:
        """The live counts and the quorum under the tabs; the vote results follow them."""
        counts, quorum = self.status_panel.show_record(self.record, self.members)
        self.votes_tab.set_counts(counts, quorum)

    # -- saving ---------------------------------------------------------------------------------
    def _edited(self, tab) -> None:
        if tab in (self.content_tab, self.votes_tab):
            tab.collect(self.record)  # decisions and votes decide the quorum warning
        if tab is self.attendance_tab:
            self.makeup_tab.load(self.record)
        if tab in (self.attendance_tab, self.content_tab):
            tab.show_problems([])  # what 定稿 found missing is being filled in
        self.update_status()
        self.save_state.setText(self.tr("正在输入…"))
        self._timer.start()

    def save_now(self) -> bool:
        """Save everything typed so far; returns False when the file refused it (the message is shown)."""
        self._timer.stop()
        if getattr(self.session, "read_only", False):
            return True  # a township's copy of a branch's record: looked at, never written
        db = self.session.db
        changes = Changes()
        try:
            if not self.record.locked:
                before = (self.record.date, self.record.group_id)
                problems: list[Problem] = []
                for tab in self.editor_tabs:
                    problems += tab.collect(self.record)
                self.basic_tab.show_problems(problems)
                changes |= save_meeting(db, self.record)
                if (self.record.date, self.record.group_id) != before:
                    self._reload_attendance()
            changes |= self.makeup_tab.save()
            changes |= self.photos_tab.save()
        except SanhuiError as exc:
            log.warning("draft not saved: %s (%s)", exc, exc.detail)
            self.save_state.setText(self.tr("没能保存：") + str(exc))
            self.save_state.setStyleSheet(f"color: {RED};")
            return False
        self.save_state.setStyleSheet(f"color: {GREY};")
        if changes:
            self.save_state.setText(self.tr("已自动保存 {0}").format(datetime.now().strftime("%H:%M:%S")))
            self._announce(changes)
        elif self.save_state.text() == self.tr("正在输入…"):
            self.save_state.setText("")
        return True

    def _announce(self, changes: Changes) -> None:
        if changes:
            self.saved.emit(changes)
            self.session.announce(changes)

    def _reload_attendance(self) -> None:
        """The expected set follows a new date or 党小组 (and added or removed attendees)."""
        self.record.attendance = get_meeting(self.session.db, self.record.id).attendance
        self.attendance_tab.load(self.record)
        self.makeup_tab.load(self.record)
        self.update_status()

    def _add_attendee(self, member_id: str) -> None:
        self._change_attendees(add_attendee, member_id)

    def _remove_attendee(self, member_id: str) -> None:
        self._change_attendees(remove_attendee, member_id)

    def _change_attendees(self, change, member_id: str) -> None:
        if not self.save_now():
            return
        try:
            changes = change(self.session.db, self.record.id, member_id)
        except SanhuiError as exc:
            self.attendance_tab.show_problems([Problem("attendance", str(exc))])
            return
        self._reload_attendance()
        self._announce(changes)

    def done(self, result: int) -> None:  # noqa: D401 - Qt name
        """Closing saves at once; a refused save is shown and the user may stay."""
        try:
            saved = self.save_now()
        except sqlite3.Error:  # the file went away under us: nothing more can be done here
            log.exception("saving on close failed")
            saved = True
        if not saved and self.isVisible():
            answer = QMessageBox.question(
                self, self.tr("有内容没能保存"),
                self.save_state.text() + "\n\n" + self.tr("仍然关闭吗？没能保存的内容会丢失。"),
                QMessageBox.Yes | QMessageBox.No, QMessageBox.No,
            )
            if answer != QMessageBox.Yes:
                return
        super().done(result)

    def closeEvent(self, event):  # noqa: N802 - Qt name
        if not self.isVisible():  # a visible dialog saves in done(); a hidden one never gets there
            self.save_now()
        super().closeEvent(event)

    # -- finalising and correcting --------------------------------------------------------------
    def _confirm(self, title: str, text: str) -> bool:
        box = QMessageBox(QMessageBox.Question, title, text, QMessageBox.NoButton, self)
        yes = box.addButton(self.tr("定稿(&F)"), QMessageBox.AcceptRole)
        box.addButton(self.tr("取消"), QMessageBox.RejectRole)
        box.exec()
        return box.clickedButton() is yes

    def finalize_record(self) -> bool:
        """定稿: check, confirm, lock. Problems are listed and the first one is shown."""
        if not self.save_now():
            return False
        db = self.session.db
        record = get_meeting(db, self.record.id)
        problems = validate_for_final(record, computed(db, record, self.members))
        if problems:
            self.show_problems(problems)
            return False
        if not self._confirm(self.tr("定稿"), self.tr(
            "定稿后记录将被锁定，只能以注明日期和原因的更正方式修改。确定定稿吗？"
        )):
            return False
        try:
            changes = finalize(db, self.record.id, self.today)
        except InvalidInput as exc:
            self.show_problems(exc.problems or [Problem("", str(exc))])
            return False
        except SanhuiError as exc:
            QMessageBox.warning(self, self.tr("不能定稿"), str(exc))
            return False
        self.reload()
        self._announce(changes)
        self.offer_full_membership()
        self.finalized.emit(self.record.id)
        return True

    def print_document(self, kind: str):
        """Save what is typed, then preview, print or save the record (``minutes``) or its sign-in sheet."""
        from sanhui.ui.dialogs.document_dialog import minutes_dialog, show, signin_dialog

        if not self.save_now():
            return None
        make = minutes_dialog if kind == "minutes" else signin_dialog
        return show(make(self.session, self.record.id, self))

    def confirmations_to_apply(self) -> list:
        """Passed 转正 votes of a final 支部党员大会 whose candidate is still a 预备党员."""
        if self.record.type != MeetingType.GENERAL_MEETING or not self.record.locked:
            return []
        db = self.session.db
        result = computed(db, self.record, self.members)
        passed = {i for i, v in enumerate(result["votes"]) if v.get("passed")}
        found = []
        for index, vote in enumerate(self.record.votes):
            member = self.members.get(vote.candidate_id) if vote.candidate_id else None
            if (vote.kind == VoteKind.CONFIRMATION and member is not None and index in passed
                    and member.is_probationary(self.record.date)):
                found.append(member)
        return found

    def offer_full_membership(self) -> list[str]:
        """After a 转正 vote passed: offer to record the member as a full member (转正日期)."""
        from sanhui.core.store.reminders import confirm_full_membership

        done = []
        for member in self.confirmations_to_apply():
            question = self.tr("本次支部党员大会通过了 %1 同志转为正式党员。现在把他（她）登记为正式党员，并填写转正日期吗？")
            if not self._confirm(self.tr("预备党员转正"), question.replace("%1", member.name)):
                continue
            try:
                self._announce(confirm_full_membership(self.session.db, member.id, self.record.date))
            except SanhuiError as exc:
                QMessageBox.warning(self, self.tr("没有登记转正"), str(exc))
                continue
            done.append(member.id)
        if done:
            self.members = {m.id: m for m in list_members(self.session.db, self.record.branch_id or self.session.org_id)}
        return done

    def show_problems(self, problems: list[Problem]) -> None:
        for tab in self.editor_tabs:
            tab.show_problems(problems)
        first = problems[0].field
        self.tabs.setCurrentIndex(FIELD_TABS.get(first, 0))
        self.problems_dialog = ProblemsDialog(problems, self)
        self.problems_dialog.finished.connect(lambda _result: self._focus(first))
        self.problems_dialog.open()

    def _focus(self, field: str) -> None:
        self.tabs.setCurrentIndex(FIELD_TABS.get(field, 0))
        for tab in self.editor_tabs:
            if tab.focus_field(field):
                return

    def open_correction(self) -> CorrectionDialog:
        """The 更正 dialog, window-modal; the editor reloads when it is accepted."""
        self.save_now()
        dialog = CorrectionDialog(self.session, self.record, self.members, self)
        dialog.accepted.connect(lambda: self._corrected(dialog))
        self.correction_dialog = dialog
        dialog.open()
        return dialog

    def _corrected(self, dialog: CorrectionDialog) -> None:
        self.reload()
        self._announce(dialog.changes or Changes())
        self.corrected.emit(self.record.id)

    def reload(self) -> None:
        """Refill every tab from the file (after finalising or a correction)."""
        self.record = get_meeting(self.session.db, self.record.id)
        for tab in self.editor_tabs:
            tab.load(self.record)
        self._apply_state()
