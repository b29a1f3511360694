"""The first start: what this laptop is (a branch or a township) and its names and codes."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
)

from sanhui.core.model import Role
from sanhui.core.store.org import create_file
from sanhui.errors import SanhuiError
from sanhui.ui.widgets import Checked, heading


class FirstStartDialog(QDialog):
    """Creates the data file at ``path``; after Accepted, ``db`` is the open file."""

    def __init__(self, path: Path, parent=None):
        super().__init__(parent)
        self.path = Path(path)
        self.db = None
        self.setWindowTitle(self.tr("欢迎使用三会一课助手"))
        self.branch = QRadioButton(self.tr("村（社区）党支部"))
        self.township = QRadioButton(self.tr("乡镇（街道）党委"))
        self.branch.setChecked(True)
        roles = QButtonGroup(self)
        roles.addButton(self.branch)
        roles.addButton(self.township)
        self.branch.toggled.connect(self._role_changed)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("例如 中共某某村支部委员会"))
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("组织代码，例如 330102001"))
        self.township_name = QLineEdit()
        self.township_name.setPlaceholderText(self.tr("例如 中共某某镇委员会"))
        self.township_code = QLineEdit()
        self.name_field = Checked(self.name)
        self.code_field = Checked(self.code)
        form = QFormLayout()
        form.addRow(self.tr("本机用于"), self.branch)
        form.addRow("", self.township)
        self.name_label = QLabel(self.tr("支部名称 *"))
        form.addRow(self.name_label, self.name_field)
        form.addRow(self.tr("组织代码 *"), self.code_field)
        self.township_name_label = QLabel(self.tr("所属乡镇党委"))
        self.township_code_label = QLabel(self.tr("乡镇代码"))
        form.addRow(self.township_name_label, self.township_name)
        form.addRow(self.township_code_label, self.township_code)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("开始使用"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("退出"))
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("第一次使用，请填写本单位信息")))
        layout.addWidget(QLabel(self.tr("数据保存在：") + str(self.path)))
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _role_changed(self) -> None:
        branch = self.branch.isChecked()
        self.name_label.setText(self.tr("支部名称 *") if branch else self.tr("乡镇党委名称 *"))
        for widget in (self.township_name, self.township_code, self.township_name_label, self.township_code_label):
            widget.setVisible(branch)

    def create(self) -> None:
        role = Role.BRANCH if self.branch.isChecked() else Role.TOWNSHIP
        self.name_field.show_error("")
        self.code_field.show_error("")
        try:
            self.db = create_file(self.path, role, self.name.text(), self.code.text(),
                                  self.township_name.text(), self.township_code.text())
        except SanhuiError as exc:
            message = str(exc)
            target = self.code_field if "代码" in message else self.name_field
            target.show_error(message)
            return
        self.accept()
