"""表决: the votes of a meeting with their live result (通过 / 未通过 and why).

Counts that cannot be right (more votes than voters present) are refused at
the row with ``rules.validate_vote``'s message and never reach the record.
"""
from __future__ import annotations

import dataclasses
import enum
from collections.abc import Mapping

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from sanhui.core.model import VOTE_KIND_NAMES, Member, Vote, VoteKind
from sanhui.core.rules import Counts, election_quorum_met, validate_vote
from sanhui.core.store.finalize import vote_passed


class VoteColumn(enum.IntEnum):
    MOTION = 0
    KIND = 1
    CANDIDATE = 2
    FOR = 3
    AGAINST = 4
    ABSTAIN = 5
    WRITTEN = 6
    RESULT = 7


VOTE_HEADERS = {
    VoteColumn.MOTION: "表决事项",
    VoteColumn.KIND: "类型",
    VoteColumn.CANDIDATE: "对象（党员）",
    VoteColumn.FOR: "同意",
    VoteColumn.AGAINST: "反对",
    VoteColumn.ABSTAIN: "弃权",
    VoteColumn.WRITTEN: "书面意见",
    VoteColumn.RESULT: "结果",
}
COUNT_FIELDS = {
    VoteColumn.FOR: "votes_for",
    VoteColumn.AGAINST: "votes_against",
    VoteColumn.ABSTAIN: "abstain",
    VoteColumn.WRITTEN: "written",
}
NO_COUNTS = Counts(0, 0, 0, 0, 0, 0)


def failure_reason(vote: Vote, counts: Counts, quorum: bool | None) -> str:
    """Why a vote did not pass, in Chinese (the rules of store.finalize.vote_passed)."""
    if quorum is False:
        return "到会人数未达到法定人数"
    if vote.kind == VoteKind.ELECTION and not election_quorum_met(counts):
        return f"选举须有超过五分之四的有表决权党员到会（应到 {counts.expected_voting} 人，实到 {counts.present_voting} 人）"
    return f"同意 {vote.votes_for} 票，未超过应到会有表决权党员 {counts.expected_voting} 人的半数"


class VotesModel(QAbstractTableModel):
    edited = Signal()
    refused = Signal(int, str)  # row, message

    def __init__(self, parent=None):
        super().__init__(parent)
        self.votes: list[Vote] = []
        self.members: Mapping[str, Member] = {}
        self.counts = NO_COUNTS
        self.quorum: bool | None = None
        self.locked = False
        self.refusals: dict[int, str] = {}

    def set_votes(self, votes: list[Vote], members: Mapping[str, Member]) -> None:
        self.beginResetModel()
        self.votes = [dataclasses.replace(v) for v in votes]
        self.members = members
        self.refusals = {}
        self.endResetModel()

    def set_counts(self, counts: Counts, quorum: bool | None) -> None:
        """New attendance counts: the results change."""
        self.counts, self.quorum = counts, quorum
        if self.votes:
            last = len(self.votes) - 1
            self.dataChanged.emit(self.index(0, VoteColumn.RESULT), self.index(last, VoteColumn.RESULT))

    def rowCount(self, parent=QModelIndex()):  # noqa: N802 - Qt name
        return 0 if parent.isValid() else len(self.votes)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802 - Qt name
        return 0 if parent.isValid() else len(VoteColumn)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802 - Qt name
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return self.tr(VOTE_HEADERS[VoteColumn(section)])
        if orientation == Qt.Vertical and role == Qt.DisplayRole:
            return str(section + 1)
        return None

    # -- reading --------------------------------------------------------------------------------
    def problem(self, row: int) -> str | None:
        """The message of a refused edit, or of counts that no longer fit the attendance."""
        if row in self.refusals:
            return self.refusals[row]
        vote = self.votes[row]
        return validate_vote(vote.votes_for, vote.votes_against, vote.abstain, self.counts, vote.written)

    def result(self, row: int) -> tuple[str, str]:
        """(text, colour) of the 结果 cell."""
        problem = self.problem(row)
        if problem:
            return self.tr("票数有误：") + problem, "#c0392b"
        vote = self.votes[row]
        if not (vote.votes_for or vote.votes_against or vote.abstain):
            return self.tr("（请填写票数）"), "#6c757d"
        if vote_passed(vote, self.counts, self.quorum):
            return self.tr("通过"), "#1e7e34"
        return self.tr("未通过：") + self.tr(failure_reason(vote, self.counts, self.quorum)), "#c0392b"

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        vote = self.votes[index.row()]
        column = VoteColumn(index.column())
        if column == VoteColumn.RESULT:
            text, colour = self.result(index.row())
            if role in (Qt.DisplayRole, Qt.ToolTipRole):
                return text
            if role == Qt.ForegroundRole:
                return QBrush(QColor(colour))
            return None
        if role == Qt.TextAlignmentRole and column in COUNT_FIELDS:
            return int(Qt.AlignCenter)
        if role == Qt.EditRole:
            if column == VoteColumn.KIND:
                return vote.kind.value
            if column == VoteColumn.CANDIDATE:
                return vote.candidate_id
        if role not in (Qt.DisplayRole, Qt.EditRole):
            return None
        if column == VoteColumn.MOTION:
            return vote.motion
        if column == VoteColumn.KIND:
            return self.tr(VOTE_KIND_NAMES[vote.kind])
        if column == VoteColumn.CANDIDATE:
            if vote.kind == VoteKind.MOTION:
                return "—"
            member = self.members.get(vote.candidate_id or "")
            return member.name if member else self.tr("（请选择）")
        return getattr(vote, COUNT_FIELDS[column])

    def flags(self, index):
        flags = Qt.ItemIsEnabled | Qt.ItemIsSelectable
        if not index.isValid() or self.locked or index.column() == VoteColumn.RESULT:
            return flags
        if index.column() == VoteColumn.CANDIDATE and self.votes[index.row()].kind == VoteKind.MOTION:
            return flags
        return flags | Qt.ItemIsEditable

    # -- editing --------------------------------------------------------------------------------
    def setData(self, index, value, role=Qt.EditRole):  # noqa: N802 - Qt name
        if self.locked or role != Qt.EditRole or not index.isValid():
            return False
        row = index.row()
        vote = self.votes[row]
        column = VoteColumn(index.column())
        if column == VoteColumn.MOTION:
            changed = dataclasses.replace(vote, motion=str(value or "").strip())
        elif column == VoteColumn.KIND:
            kind = VoteKind(value)
            changed = dataclasses.replace(
                vote, kind=kind, candidate_id=None if kind == VoteKind.MOTION else vote.candidate_id
            )
        elif column == VoteColumn.CANDIDATE:
            changed = dataclasses.replace(vote, candidate_id=value or None)
        elif column in COUNT_FIELDS:
            try:
                number = int(str(value).strip() or 0)
            except ValueError:
                return self._refuse(row, self.tr("票数要填写整数，例如 8。"))
            changed = dataclasses.replace(vote, **{COUNT_FIELDS[column]: number})
            message = validate_vote(
                changed.votes_for, changed.votes_against, changed.abstain, self.counts, changed.written
            )
            if message:
                return self._refuse(row, message)
        else:
            return False
        self.votes[row] = changed
        self.refusals.pop(row, None)
        self._row_changed(row)
        self.edited.emit()
        return True

    def _refuse(self, row: int, message: str) -> bool:
        self.refusals[row] = message
        self._row_changed(row)
        self.refused.emit(row, message)
        return False

    def add(self) -> QModelIndex:
        row = len(self.votes)
        self.beginInsertRows(QModelIndex(), row, row)
        self.votes.append(Vote(motion=""))
        self.endInsertRows()
        self.edited.emit()
        return self.index(row, VoteColumn.MOTION)

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.votes):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.votes[row]
            self.refusals = {r - (r > row): m for r, m in self.refusals.items() if r != row}
            self.endRemoveRows()
            self.edited.emit()

    def _row_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(VoteColumn) - 1))
