"""What stops a record from being final, as a list the user works through."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QVBoxLayout

from sanhui.core.model import Problem
from sanhui.ui.widgets import heading


class ProblemsDialog(QDialog):
    """The problems of ``validate_for_final`` (or of ``finalize``), one per line."""

    def __init__(self, problems: list[Problem], parent=None):
        super().__init__(parent)
        self.problems = problems
        self.setWindowTitle(self.tr("还不能定稿"))
        self.list = QListWidget()
        self.list.setWordWrap(True)
        for number, problem in enumerate(problems, start=1):
            self.list.addItem(f"{number}. {problem.message}")
        buttons = QDialogButtonBox(QDialogButtonBox.Ok)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("去补充(&G)"))
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("这条记录还有 {0} 处需要补充").format(len(problems))))
        layout.addWidget(QLabel(self.tr("补充完整后再点“定稿”。关闭后会跳到第一处要补充的地方。")))
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(680, 420)
