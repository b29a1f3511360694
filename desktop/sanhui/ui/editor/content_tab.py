"""内容与决议: the agenda, the minutes, the decisions (one per line) or why there were none."""
from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout

from sanhui.core.model import MeetingRecord, Problem
from sanhui.core.store.finalize import DECIDING_TYPES
from sanhui.ui.editor.common import EditorTab, error_label, hint, lines, show_error


def _buddy(text: str, widget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(widget)
    return label


class ContentTab(EditorTab):
    def __init__(self, session, record: MeetingRecord, parent=None):
        super().__init__(session, parent)
        self.type = record.type
        self.agenda = QPlainTextEdit()
        self.agenda.setPlaceholderText(self.tr("每行写一项，例如：\n传达学习上级会议精神\n讨论村里道路硬化方案"))
        self.content = QPlainTextEdit()
        self.content.setPlaceholderText(self.tr(
            "按发言顺序记录：谁讲了什么、大家讨论的意见。\n例如：\n书记 张××：传达了……\n党员 李××：建议……"
        ))
        self.decisions = QPlainTextEdit()
        self.decisions.setPlaceholderText(self.tr("每行写一条决议，例如：\n同意村道路硬化方案，提交村民代表会议表决"))
        self.no_decision_reason = QLineEdit()
        self.no_decision_reason.setPlaceholderText(self.tr("例如：本次会议为学习会议，不作决议"))
        for box in (self.agenda, self.content, self.decisions):
            box.setTabChangesFocus(True)
        self.errors = {name: error_label() for name in ("agenda", "content", "decisions")}

        left = QVBoxLayout()
        left.addWidget(_buddy(self.tr("会议内容（发言记录）(&W)"), self.content))
        left.addWidget(self.content, 1)
        left.addWidget(self.errors["content"])
        right = QVBoxLayout()
        right.addWidget(_buddy(self.tr("议程（每行一项）(&I)"), self.agenda))
        right.addWidget(self.agenda, 2)
        right.addWidget(self.errors["agenda"])
        right.addWidget(_buddy(self.tr("决议（每行一条）(&J)"), self.decisions))
        right.addWidget(self.decisions, 3)
        self.reason_label = _buddy(self.tr("本次会议无决议的原因(&Y)"), self.no_decision_reason)
        right.addWidget(self.reason_label)
        right.addWidget(self.no_decision_reason)
        right.addWidget(self.errors["decisions"])
        if record.type not in DECIDING_TYPES:
            self.reason_label.hide()
            self.no_decision_reason.hide()
            right.addWidget(hint(self.tr("这类会议可以不写决议。")))
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addSpacing(12)
        layout.addLayout(right, 2)

        for box in (self.agenda, self.content, self.decisions):
            box.textChanged.connect(self._edited)
        self.decisions.textChanged.connect(self._decisions_changed)
        self.no_decision_reason.textChanged.connect(self._edited)
        self.load(record)

    def _decisions_changed(self) -> None:
        """The reason for no decision is asked only while there is none."""
        has_decisions = bool(lines(self.decisions.toPlainText()))
        self.no_decision_reason.setEnabled(not has_decisions)
        self.reason_label.setEnabled(not has_decisions)

    def load(self, record: MeetingRecord) -> None:
        self._loading = True
        try:
            self.agenda.setPlainText("\n".join(record.agenda))
            self.content.setPlainText(record.content)
            self.decisions.setPlainText("\n".join(record.decisions))
            self.no_decision_reason.setText(record.no_decision_reason)
            self._decisions_changed()
        finally:
            self._loading = False

    def collect(self, record: MeetingRecord) -> list[Problem]:
        record.agenda = lines(self.agenda.toPlainText())
        record.content = self.content.toPlainText().strip()
        record.decisions = lines(self.decisions.toPlainText())
        record.no_decision_reason = self.no_decision_reason.text().strip()
        return []

    def lockable(self):
        return [self.agenda, self.content, self.decisions, self.no_decision_reason]

    def show_problems(self, problems: list[Problem]) -> None:
        for name, label in self.errors.items():
            show_error(label, "\n".join(p.message for p in problems if p.field == name))

    def focus_field(self, field: str) -> bool:
        widget = {"agenda": self.agenda, "content": self.content, "decisions": self.decisions}.get(field)
        if widget is None:
            return False
        widget.setFocus()
        return True
