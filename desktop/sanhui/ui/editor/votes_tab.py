"""表决: one row per vote; the result is worked out as the counts are typed."""
from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
)

from sanhui.core.model import VOTE_KIND_NAMES, MeetingRecord, Member, Problem
from sanhui.core.rules import Counts
from sanhui.ui.editor.common import (
    EditorTab,
    committee_first,
    error_label,
    hint,
    remember_edit_triggers,
    show_error,
)
from sanhui.ui.editor.votes_model import COUNT_FIELDS, VoteColumn, VotesModel


class VoteDelegate(QStyledItemDelegate):
    """A list for the type and the member, a number box for the counts, text for the motion."""

    def __init__(self, candidates: list[Member], parent=None):
        super().__init__(parent)
        self.candidates = candidates

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt name
        column = VoteColumn(index.column())
        if column == VoteColumn.KIND:
            combo = QComboBox(parent)
            for kind, name in VOTE_KIND_NAMES.items():
                combo.addItem(self.tr(name), kind.value)
            return combo
        if column == VoteColumn.CANDIDATE:
            combo = QComboBox(parent)
            combo.addItem(self.tr("（请选择）"), None)
            for member in self.candidates:
                combo.addItem(member.name, member.id)
            return combo
        if column in COUNT_FIELDS:
            spin = QSpinBox(parent)
            spin.setRange(0, 9999)
            return spin
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor, index):  # noqa: N802 - Qt name
        value = index.data(Qt.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(value), 0))
            return
        if isinstance(editor, QSpinBox):
            editor.setValue(int(value or 0))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor, model, index):  # noqa: N802 - Qt name
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif isinstance(editor, QSpinBox):
            editor.interpretText()
            model.setData(index, editor.value())
        else:
            super().setModelData(editor, model, index)


class VotesTab(EditorTab):
    def __init__(self, session, record: MeetingRecord, members: Mapping[str, Member], parent=None):
        super().__init__(session, parent)
        self.members = members
        self.model = VotesModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegate(VoteDelegate(committee_first(members.values(), record.date), self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setWordWrap(True)
        remember_edit_triggers(self.table, QAbstractItemView.AllEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(VoteColumn.MOTION, QHeaderView.Stretch)
        header.setSectionResizeMode(VoteColumn.RESULT, QHeaderView.Stretch)
        header.setMinimumSectionSize(56)
        for signal in (self.model.dataChanged, self.model.rowsInserted, self.model.modelReset):
            signal.connect(self._fit_rows)
        self.add_button = QPushButton(self.tr("添加表决(&N)"))
        self.remove_button = QPushButton(self.tr("删除表决(&E)"))
        self.error = error_label()
        self.rule_hint = hint("")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.rule_hint)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(hint(self.tr(
            "接收预备党员、预备党员转正要逐个表决，在“对象”中选择是哪一名党员；选举须有超过五分之四的有表决权党员到会。"
            "书面意见：未到会的有表决权党员在会前交来的意见，可以计入票数。"
        )))
        self.model.edited.connect(self._edited)
        self.model.edited.connect(lambda: show_error(self.error, ""))
        self.model.refused.connect(self._refused)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.load(record)

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text, QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
        return answer == QMessageBox.Yes

    def load(self, record: MeetingRecord) -> None:
        self._loading = True
        try:
            self.model.set_votes(record.votes, self.members)
        finally:
            self._loading = False

    def collect(self, record: MeetingRecord) -> list[Problem]:
        record.votes = [vote for vote in self.model.votes]
        return []

    def set_counts(self, counts: Counts, quorum: bool | None) -> None:
        self.model.set_counts(counts, quorum)
        self.rule_hint.setText(self.tr(
            "本次会议应到会有表决权党员 {0} 人，实到 {1} 人。同意票超过 {0} 人的半数（至少 {2} 票）才算通过。"
        ).format(counts.expected_voting, counts.present_voting, counts.expected_voting // 2 + 1))

    def _fit_rows(self, *_args) -> None:
        """Long results wrap onto a second line rather than being cut off."""
        self.table.resizeRowsToContents()

    def _refused(self, row: int, message: str) -> None:
        show_error(self.error, self.tr("第 {0} 项表决没有保存这个票数：").format(row + 1) + message)

    def _add(self) -> None:
        index = self.model.add()
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    def _remove(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        vote = self.model.votes[index.row()]
        if vote.motion or vote.votes_for or vote.votes_against or vote.abstain:
            text = self.tr("删除表决“{0}”吗？").format(vote.motion or index.row() + 1)
            if not self.confirm(self.tr("删除表决"), text):
                return
        self.model.remove(index.row())

    def lockable(self):
        return [self.table, self.add_button, self.remove_button]

    def set_locked(self, locked: bool) -> None:
        super().set_locked(locked)
        self.model.locked = locked

    def show_problems(self, problems: list[Problem]) -> None:
        show_error(self.error, "\n".join(p.message for p in problems if p.field == "votes"))

    def focus_field(self, field: str) -> bool:
        if field != "votes":
            return False
        self.table.setFocus()
        return True
